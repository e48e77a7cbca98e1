// Renders the Markdown or MDX body of entries of this site's view. The content store holds
// the same audience view as trustView(), so nothing above the audience can be rendered.
import { getEntry, render } from 'astro:content';
import type { CollectionName } from '../../lib/schemas/index.ts';

export async function renderBody(collection: CollectionName, id: string) {
	const entry = await getEntry(collection, id);
	if (!entry) throw new Error(`${collection}/${id} is in the view but not in the content store`);
	return (await render(entry)).Content;
}

/** Bodies of several entries, in the order given. */
export function renderBodies(collection: CollectionName, ids: readonly string[]) {
	return Promise.all(ids.map((id) => renderBody(collection, id)));
}
