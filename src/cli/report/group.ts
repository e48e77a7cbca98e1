/** Items grouped by the person they fall to, with names resolved; "unassigned" last. */
import type { Entry } from '../../lib/content/validate.ts';
import type { Item, Status } from './collect.ts';

export interface OwnerGroup {
	/** Person identifier, or undefined for the unassigned group. */
	owner?: string;
	/** Display name: the person's name, the bare identifier if they are not in people/, or "unassigned". */
	name: string;
	items: Item[];
}

const ORDER: Record<Status, number> = {
	overdue: 0,
	expired: 1,
	gap: 2,
	'due-soon': 3,
	expiring: 4,
};

/** Groups items by owner, each group sorted: overdue and expired first, then gaps, then upcoming by date. */
export function groupByOwner(items: readonly Item[], entries: readonly Entry[]): OwnerGroup[] {
	const names = new Map(
		entries
			.filter((e) => e.collection === 'people')
			.map((e) => [e.id, (e.data as { name: string }).name]),
	);
	const groups = new Map<string, OwnerGroup>();
	for (const item of items) {
		const key = item.owner ?? '';
		const group = groups.get(key) ?? {
			owner: item.owner,
			name: item.owner ? (names.get(item.owner) ?? item.owner) : 'unassigned',
			items: [],
		};
		group.items.push(item);
		groups.set(key, group);
	}
	for (const group of groups.values()) group.items.sort(compareItems);
	return [...groups.values()].sort(
		(a, b) =>
			(a.owner ? 0 : 1) - (b.owner ? 0 : 1) ||
			a.name.localeCompare(b.name) ||
			(a.owner ?? '').localeCompare(b.owner ?? ''),
	);
}

function compareItems(a: Item, b: Item): number {
	return (
		ORDER[a.status] - ORDER[b.status] ||
		(a.date ?? '').localeCompare(b.date ?? '') ||
		a.file.localeCompare(b.file) ||
		(a.field ?? '').localeCompare(b.field ?? '')
	);
}

/** How many items of each status. */
export function countByStatus(items: readonly Item[]): Record<Status, number> {
	const counts: Record<Status, number> = {
		overdue: 0,
		expired: 0,
		gap: 0,
		'due-soon': 0,
		expiring: 0,
	};
	for (const item of items) counts[item.status]++;
	return counts;
}
