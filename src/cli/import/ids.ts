/**
 * Identifiers for imported rows. A row keeps the slug of its own identifier when that is
 * present and unique in the sheet; a blank or repeated one gets `<title slug>-<hash>`, the
 * hash taken from the row's identity columns, so a re-run of the same sheet finds the same files.
 */
import { shortHash, slugify } from './values.ts';

export interface IdSource {
	sourceId: string | undefined;
	title: string | undefined;
	hashKey: string;
}

export interface AssignedId {
	id: string;
	/** Why the identifier was generated, when it was. */
	generated?: 'blank' | 'repeated' | 'unusable';
}

/** Why a row's identifier was generated: none in the sheet, one on several rows, or one without letters or digits. */
function whyGenerated(
	sourceId: string | undefined,
	base: string,
): NonNullable<AssignedId['generated']> {
	if (!sourceId) return 'blank';
	return base ? 'repeated' : 'unusable';
}

/** One identifier per row, in sheet order; see the module comment for the rules. */
export function assignIds(rows: readonly IdSource[]): AssignedId[] {
	const bases = rows.map((r) => (r.sourceId ? slugify(r.sourceId, 80) : ''));
	const counts = new Map<string, number>();
	for (const base of bases) if (base) counts.set(base, (counts.get(base) ?? 0) + 1);
	const used = new Set(bases.filter((b) => b && counts.get(b) === 1));
	return rows.map((row, index) => {
		const base = bases[index]!;
		if (base && counts.get(base) === 1) return { id: base };
		const generated = whyGenerated(row.sourceId, base);
		const stem = `${slugify(row.title ?? '', 50) || 'system'}-${shortHash(row.hashKey)}`;
		// Identical rows hash alike; number them in sheet order, which is all that tells them apart.
		let id = stem;
		for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
		used.add(id);
		return { id, generated };
	});
}
