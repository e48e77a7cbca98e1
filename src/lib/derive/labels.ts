/** How an entry of any collection is named in lists. */
import { requirementLabel } from '../reference/index.ts';
import type { ViewEntry } from '../views/audience.ts';

export function entryLabel(entry: ViewEntry): string {
	const data = entry.data as Record<string, unknown>;
	if (entry.collection === 'controls') {
		return requirementLabel(String(data.requirement));
	}
	for (const key of ['title', 'name', 'question'])
		if (typeof data[key] === 'string') return data[key];
	return entry.id;
}
