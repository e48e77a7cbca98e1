/**
 * The Statement of Applicability as buyers read it: Annex A grouped by objective, then the
 * clause 4–10 requirements, each catalogue line paired with the SoA entry this site may show.
 */
import { IMPLEMENTATION_STATUSES } from '../schemas/controls.ts';
import { ANNEX_A_CONTROLS, ANNEX_A_OBJECTIVES, CLAUSES } from '../reference/index.ts';
import type { ViewEntry } from '../views/audience.ts';

export type ControlStatus = (typeof IMPLEMENTATION_STATUSES)[number];

export interface RequirementRow {
	id: string;
	title: string;
	/** The SoA line, when this audience may read it; absent lines show as not published. */
	entry?: ViewEntry<'controls'>;
}

export interface ObjectiveGroup {
	id: string;
	title: string;
	rows: RequirementRow[];
}

function byRequirement(
	controls: readonly ViewEntry<'controls'>[],
): Map<string, ViewEntry<'controls'>> {
	return new Map(controls.map((c) => [c.data.requirement, c]));
}

/** Annex A in catalogue order, grouped by its nine objectives. */
export function annexAGroups(
	controls: readonly ViewEntry<'controls'>[],
	status?: ControlStatus,
): ObjectiveGroup[] {
	const index = byRequirement(controls);
	return ANNEX_A_OBJECTIVES.map((objective) => ({
		id: objective.id,
		title: objective.title,
		rows: ANNEX_A_CONTROLS.filter((c) => c.objective === objective.id)
			.map((c) => ({ id: c.id, title: c.title, entry: index.get(c.id) }))
			.filter((row) => status === undefined || row.entry?.data.status === status),
	})).filter((group) => group.rows.length > 0);
}

/** Clauses 4–10 in order, grouped by clause number. */
export function clauseGroups(
	controls: readonly ViewEntry<'controls'>[],
	status?: ControlStatus,
): ObjectiveGroup[] {
	const index = byRequirement(controls);
	const groups = new Map<string, ObjectiveGroup>();
	for (const clause of CLAUSES) {
		const entry = index.get(clause.id);
		if (status !== undefined && entry?.data.status !== status) continue;
		const top = clause.id.split('.')[0]!;
		const group = groups.get(top) ?? { id: `clause-${top}`, title: `Clause ${top}`, rows: [] };
		group.rows.push({ id: clause.id, title: clause.title, entry });
		groups.set(top, group);
	}
	return [...groups.values()];
}

/** How many disclosed SoA lines (Annex A and clauses) stand at each status, in the schema's order. */
export function statusCounts(
	controls: readonly ViewEntry<'controls'>[],
): { status: ControlStatus; count: number }[] {
	return IMPLEMENTATION_STATUSES.map((status) => ({
		status,
		count: controls.filter((c) => c.data.status === status).length,
	}));
}

/** The framework mappings an SoA line carries, only those authored. */
export function mappingsOf(entry: ViewEntry<'controls'>): { framework: string; items: string[] }[] {
	const { euAiAct, nistAiRmf, iso27001 } = entry.data.mappings;
	return [
		{ framework: 'EU AI Act', items: euAiAct },
		{ framework: 'NIST AI RMF', items: nistAiRmf },
		{ framework: 'ISO/IEC 27001:2022', items: iso27001 },
	].filter((m) => m.items.length > 0);
}

/** Anchor id for a requirement: `A.6.2.4` → `a-6-2-4`, `6.1.3` → `clause-6-1-3`. */
export function requirementAnchor(id: string): string {
	return id.startsWith('A.')
		? id.toLowerCase().replaceAll('.', '-')
		: `clause-${id.replaceAll('.', '-')}`;
}
