/**
 * What an entry's rendered body may contain: the schema of the body sanitiser
 * (hast-util-sanitize, the engine of rehype-sanitize). It starts from the library's default,
 * which follows what GitHub keeps in rendered Markdown, and narrows it:
 * - links: `https:`, `mailto:` and relative targets only (no `http:`, `javascript:`, `data:`,
 *   `vbscript:`, …); images: relative paths only, so every image comes from the repository;
 * - no `<script>`, `<style>`, `<iframe>`, `<object>`, `<embed>`, `<form>` or any other element
 *   outside the list below, and `<script>`/`<style>` lose their text too;
 * - no `style` or `on…` attribute; no `class` except Markdown's own (code languages, task
 *   lists, footnotes);
 * - author-written `id`s get a `user-content-` prefix so they cannot clobber the page's own.
 * Heading ids are added after sanitising, by Astro, so they stay as they are.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

/** The element MDX components stand in for while their children are sanitised. */
export const COMPONENT_PLACEHOLDER = 'aims-content-component';

const defaultTags = defaultSchema.tagNames ?? [];

/** HTML elements a body may hold, whether written as Markdown, raw HTML or MDX JSX. */
export const BODY_TAG_NAMES: ReadonlySet<string> = new Set(defaultTags);

export const BODY_SCHEMA: Schema = {
	...defaultSchema,
	tagNames: [...defaultTags, COMPONENT_PLACEHOLDER],
	attributes: {
		...defaultSchema.attributes,
		[COMPONENT_PLACEHOLDER]: ['dataIndex'],
	},
	protocols: {
		cite: ['https'],
		href: ['https', 'mailto'],
		longDesc: ['https'],
		// A list no real URL scheme matches, so only relative paths pass: an empty list would
		// let every scheme through (hast-util-sanitize reads it as "no restriction").
		src: ['relative-paths-only'],
	},
	// Removed with their content, not just unwrapped: their text is code, not prose.
	strip: [
		'script',
		'style',
		'template',
		'noscript',
		'textarea',
		'title',
		'xmp',
		'iframe',
		'noembed',
		'noframes',
		'plaintext',
	],
};
