/**
 * The components MDX content may use: the allow-list of the MDX model (docs/security.md).
 * Each lives in src/components/content/ and takes only the props listed here, each a literal
 * string. Adding a component is a code change reviewed like any other, never a content change.
 */

/** What a prop accepts: any text, or one of a few words. */
export type PropSpec = 'text' | readonly string[];

export interface ContentComponent {
	/** The props an author may write, with what each accepts. */
	props: Readonly<Record<string, PropSpec>>;
	/** What the component is for, for diagnostics and docs. */
	purpose: string;
}

/** Component name → its spec. The file is src/components/content/<name>.astro. */
export const CONTENT_COMPONENTS: Readonly<Record<string, ContentComponent>> = {
	Callout: {
		props: { type: ['note', 'warning'], title: 'text' },
		purpose: 'a highlighted note or warning',
	},
};

/** The folder of the allow-listed components, relative to the project root. */
export const CONTENT_COMPONENTS_DIR = 'src/components/content';
