/** Explicit orders for lists, so output never depends on file-system or collection order. */
import { compareIds } from '../order.ts';
import type { ViewEntry } from '../views/audience.ts';

/** Updates newest first; the same day by identifier. */
export function newestFirst(updates: readonly ViewEntry<'updates'>[]): ViewEntry<'updates'>[] {
	return [...updates].sort(
		(a, b) => b.data.date.localeCompare(a.data.date) || compareIds(a.id, b.id),
	);
}

/** Groups items by a key, in the order `keys` gives, dropping empty groups. */
export function groupBy<T, K extends string>(
	items: readonly T[],
	keys: readonly K[],
	keyOf: (item: T) => K,
): { key: K; items: T[] }[] {
	return keys
		.map((key) => ({ key, items: items.filter((item) => keyOf(item) === key) }))
		.filter((group) => group.items.length > 0);
}
