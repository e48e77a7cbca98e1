/**
 * The RACI view of clause 5.3 (roles, responsibilities and authorities), derived from the
 * content rather than kept as a second, drifting table: whoever approves or answers for an
 * area's entries is Accountable, whoever owns its work is Responsible, the governance
 * committee is Consulted, and everyone else with a role is Informed.
 */
import type { CollectionName } from '../schemas/index.ts';
import type { AudienceView, ViewEntry } from '../views/audience.ts';
import { links } from './links.ts';

export type Letter = 'R' | 'A' | 'C' | 'I';

/** For each area, which referencing fields make a person Accountable and which Responsible. */
export const RACI_FIELDS = {
	policies: { A: ['approver'], R: ['owner'] },
	systems: { A: ['accountableExecutive'], R: ['owner', 'accountability'] },
	risks: { A: ['owner'], R: ['actions'] },
	'impact-assessments': { A: ['approvedBy'], R: ['assessor'] },
	controls: { A: ['owner'], R: [] },
	datasets: { A: ['owner'], R: [] },
	audits: { A: [], R: ['findings'] },
	incidents: { A: [], R: ['correctiveActions'] },
	trainings: { A: ['owner'], R: [] },
	roadmap: { A: [], R: ['milestones'] },
} as const satisfies Partial<
	Record<CollectionName, { A: readonly string[]; R: readonly string[] }>
>;

export type RaciArea = keyof typeof RACI_FIELDS;
export const RACI_AREAS = Object.keys(RACI_FIELDS) as RaciArea[];

export interface RaciRow {
	area: RaciArea;
	/** Person id → letters, in R, A, C, I order (“R”, “A”, “RA”, “C” or “I”). */
	cells: Record<string, string>;
}

export function raci(view: AudienceView): { people: ViewEntry<'people'>[]; rows: RaciRow[] } {
	const people = view.entries.people;
	const index = links(view);
	const letters = new Map<string, Set<Letter>>();
	for (const person of people) {
		for (const link of index.incoming(person)) {
			const fields = RACI_FIELDS[link.from.collection as RaciArea] as
				{ A: readonly string[]; R: readonly string[] } | undefined;
			if (!fields) continue;
			const cell = `${link.from.collection}\0${person.id}`;
			const set = letters.get(cell) ?? new Set<Letter>();
			if (fields.R.includes(link.field)) set.add('R');
			if (fields.A.includes(link.field)) set.add('A');
			letters.set(cell, set);
		}
	}
	const rows = RACI_AREAS.map((area) => ({
		area,
		cells: Object.fromEntries(
			people.map((person) => {
				const set = letters.get(`${area}\0${person.id}`);
				const held = (['R', 'A'] as const).filter((letter) => set?.has(letter)).join('');
				return [person.id, held || (person.data.committee ? 'C' : 'I')];
			}),
		),
	}));
	return { people, rows };
}
