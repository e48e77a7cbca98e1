/** Who an item falls to, and reading a value back from an entry by its field path. */
import type { Entry } from '../../lib/content/validate.ts';

/** Fields that name the person answerable for an entry, by collection. */
const OWNER_FIELD: Record<string, string> = {
	policies: 'owner',
	risks: 'owner',
	controls: 'owner',
	systems: 'owner',
	datasets: 'owner',
	trainings: 'owner',
	'impact-assessments': 'assessor',
};

/**
 * The person for an item: the owner of the action when the field is inside one (a treatment
 * or corrective action names its own owner), else the entry's owner, else nobody.
 */
export function ownerOf(entry: Entry, field?: string): string | undefined {
	const action = field?.match(/^(.*\])(?:\.due)?$/)?.[1];
	const holder = action ? valueAt(entry.data, action) : undefined;
	if (
		holder &&
		typeof holder === 'object' &&
		typeof (holder as { owner?: unknown }).owner === 'string'
	)
		return (holder as { owner: string }).owner;
	if (field?.startsWith('findings')) {
		const finding = valueAt(
			entry.data,
			field.replace(/\.correctiveAction\.due$/, '.correctiveAction'),
		);
		if (finding && typeof (finding as { owner?: unknown }).owner === 'string')
			return (finding as { owner: string }).owner;
	}
	const key = OWNER_FIELD[entry.collection];
	const owner = key ? (entry.data as Record<string, unknown>)[key] : undefined;
	return typeof owner === 'string' ? owner : undefined;
}

/** The value at a diagnostic's field path, such as `actions[0].due` or `securityTxt.expires`. */
export function valueAt(data: unknown, field: string): unknown {
	const keys = field.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
	let node: unknown = data;
	for (const key of keys)
		node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
	return node;
}
