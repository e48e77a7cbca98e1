/**
 * Links in Markdown and MDX bodies obey the audience rule that references in front matter
 * obey (./references.ts): a body may not link to the page of an entry its readers cannot see.
 * Such a link is broken on the entry's own site and publishes the target's identifier. A
 * body below the handbook's audience may not link into the handbook at all: its address is a
 * staff-only field. Images must be files of the repository (relative paths, no query):
 * Astro turns a body's image into an import, and `x.yaml?raw` would import a file's text.
 */
import type { RuleId } from '../rule-ids.ts';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Entry } from '../content/validate.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { isRepositoryImage } from '../render/sanitize-body.ts';
import { basePathOf, sitePath } from '../routes.ts';
import { AUDIENCES } from '../schemas/fields.ts';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/index.ts';
import type { RuleContext, Rule } from './context.ts';

const rank = (audience: string) => AUDIENCES.indexOf(audience as (typeof AUDIENCES)[number]);
/** The trust center's route segments that differ from the collection's name. */
const TRUST_SEGMENTS: Readonly<Record<string, CollectionName>> = { 'ai-systems': 'systems' };
const SELF = 'https://aims-page.invalid';

interface BodyLink {
	url: string;
	line?: number;
	/** An image's source rather than a link's target. */
	image: boolean;
}

interface Node {
	type: string;
	name?: string | null;
	url?: string;
	value?: unknown;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
	position?: { start: { line: number } };
}

export const bodyLinks: Rule = (context) => {
	const org = context.all('organization')[0]?.data;
	const handbook = parseUrl(org?.handbookUrl);
	// Each site's address, whose path is the base its pages are under (https://example.com/trust/).
	const siteAddresses = [org?.trustCenterUrl, org?.privateTrustCenterUrl, org?.handbookUrl]
		.map(parseUrl)
		.filter((url) => url !== undefined);
	return context.entries.flatMap((entry) =>
		linksOf(entry).flatMap((link): Diagnostic[] => {
			const resolved = URL.parse(link.url, `${SELF}/${entry.collection}/${entry.id}/`);
			if (!resolved) return [];
			const report = (
				message: string,
				fix: string,
				rule: RuleId = 'body-link-audience',
			): Diagnostic[] => [
				{ severity: 'error', file: entry.file, line: link.line, rule, message, fix },
			];
			if (link.image && !isRepositoryImage(link.url)) {
				return report(
					`the image "${link.url.slice(0, 80)}" is not an image file of the repository`,
					'put the image next to the entry and write its relative path (./chart.png; .png, .jpg, .gif, .webp, .avif or .svg, no ?query)',
					'body-image',
				);
			}
			if (
				handbook &&
				pathUnder(handbook, resolved) !== undefined &&
				entry.data.audience !== 'internal'
			) {
				return report(
					`links to the internal handbook (${link.url}): ${entry.data.audience} readers would see its address and could not open it`,
					'remove the link, or make this entry internal',
				);
			}
			const path =
				resolved.origin === SELF ? resolved.pathname : pathOnSite(siteAddresses, resolved);
			if (path === undefined) return [];
			const target = entryAt(context, path);
			if (!target || rank(target.data.audience) <= rank(entry.data.audience)) return [];
			return report(
				`links to ${target.collection}/${target.id} (${link.url}), which is ${target.data.audience}: ${entry.data.audience} readers would see a broken link and the entry's identifier`,
				`remove the link, or make ${target.file} ${entry.data.audience} (audience: ${entry.data.audience})`,
			);
		}),
	);
};

function parseUrl(url: string | undefined): URL | undefined {
	return url ? (URL.parse(url) ?? undefined) : undefined;
}

/** The site path `url` names on the site served at `address` (on its host, under its base path), if any. */
function pathUnder(address: URL, url: URL): string | undefined {
	if (url.host !== address.host) return undefined;
	const base = basePathOf(address.href);
	const pathname = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
	return pathname.startsWith(base) ? sitePath(url.pathname, base) : undefined;
}

/** The site path an absolute URL names on one of the sites, the one with the longest base path first. */
function pathOnSite(addresses: readonly URL[], url: URL): string | undefined {
	const [site] = addresses
		.filter((address) => pathUnder(address, url) !== undefined)
		.sort((a, b) => b.pathname.length - a.pathname.length);
	return site && pathUnder(site, url);
}

/** The entry whose page is at `path` on a trust center or the handbook, if any. */
function entryAt(context: RuleContext, path: string): Entry | undefined {
	const [segment, id] = path
		.split('/')
		.filter(Boolean)
		.map((part) => safeDecode(part));
	if (!segment || !id) return undefined;
	if (segment === 'documents') return context.all('documents').find((d) => d.data.file === id);
	const collection =
		TRUST_SEGMENTS[segment] ??
		(COLLECTION_NAMES as readonly string[]).find((name) => name === segment);
	return collection ? context.get(collection as CollectionName, id) : undefined;
}

function safeDecode(part: string): string {
	try {
		return decodeURIComponent(part);
	} catch {
		return part;
	}
}

/** Every link and image target in a body, with its line in the file. */
export function linksOf(entry: Pick<Entry, 'format' | 'body' | 'bodyLine'>): BodyLink[] {
	if (!entry.body?.trim() || entry.format === 'yaml') return [];
	let tree: Node;
	try {
		tree = (entry.format === 'mdx'
			? mdxToMdast(entry.body)
			: markdownToMdast(entry.body)) as unknown as Node;
	} catch {
		return []; // An MDX syntax error is reported by the MDX check.
	}
	const offset = (entry.bodyLine ?? 1) - 1;
	const links: BodyLink[] = [];
	const visit = (node: Node): void => {
		const line = node.position ? node.position.start.line + offset : undefined;
		if (typeof node.url === 'string')
			links.push({
				url: node.url,
				line,
				image: node.type === 'image' || node.type === 'imageReference',
			});
		if (node.type === 'html' && typeof node.value === 'string') {
			// Other elements' sources (frames, scripts) are removed by the sanitiser; images are kept.
			for (const tag of node.value.matchAll(/<([a-z][a-z0-9]*)\b[^>]*>/gi)) {
				for (const match of tag[0].matchAll(
					/\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi,
				)) {
					const isSrc = match[1]!.toLowerCase() === 'src';
					if (!isSrc || tag[1]!.toLowerCase() === 'img')
						links.push({ url: match[2] ?? match[3] ?? match[4]!, line, image: isSrc });
				}
			}
		}
		for (const attribute of node.attributes ?? []) {
			const isSrc = attribute.name?.toLowerCase() === 'src';
			if (
				(attribute.name?.toLowerCase() === 'href' || (isSrc && node.name === 'img')) &&
				typeof attribute.value === 'string'
			)
				links.push({ url: attribute.value, line, image: isSrc });
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(tree);
	return links;
}
