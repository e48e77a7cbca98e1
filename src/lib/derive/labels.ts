/** How an entry of any collection is named in lists. */
import { requirementTitle } from '../reference/index.ts';
import type { ViewEntry } from '../views/audience.ts';

export function entryLabel(entry: ViewEntry): string {
	const data = entry.data as Record<string, unknown>;
	if (entry.collection === 'controls') {
		const id = String(data.requirement);
		return `${id} ${requirementTitle(id) ?? ''}`.trim();
	}
	for (const key of ['title', 'name', 'question'])
		if (typeof data[key] === 'string') return data[key];
	return entry.id;
}
