/**
 * The one place an entry's Markdown or MDX body is rendered, for both kinds of site. The
 * content store holds the view of the site being built (astro-loader.ts), so nothing above the
 * site's audience can be rendered: an entry outside the view is an error, never a fallback.
 */
import { getEntry, render } from 'astro:content';
import type { CollectionName } from '../lib/schemas/index.ts';

export type RenderedBody = Awaited<ReturnType<typeof render>>;

async function storedEntry(collection: CollectionName, id: string) {
	const entry = await getEntry(collection, id);
	if (!entry) throw new Error(`${collection}/${id} is in the view but not in the content store`);
	return entry;
}

/** An entry's rendered body: its `Content` component and its headings. */
export async function renderBody(collection: CollectionName, id: string): Promise<RenderedBody> {
	return render(await storedEntry(collection, id));
}

/** The rendered body, or undefined when the entry has no body text (so no section is drawn for it). */
export async function renderBodyIfAny(
	collection: CollectionName,
	id: string,
): Promise<RenderedBody | undefined> {
	const entry = await storedEntry(collection, id);
	// A Markdown entry is stored rendered (its text stays in the view); an MDX one by its text.
	const text = entry.rendered ? entry.rendered.html : entry.body;
	return text?.trim() ? render(entry) : undefined;
}

/** The `Content` components of several entries' bodies, in the order given. */
export function renderBodies(collection: CollectionName, ids: readonly string[]) {
	return Promise.all(ids.map(async (id) => (await renderBody(collection, id)).Content));
}
