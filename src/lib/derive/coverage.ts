/** Statement of Applicability coverage: how many requirements stand at each status. */
import { IMPLEMENTATION_STATUSES } from '../schemas/controls.ts';
import { ANNEX_A_CONTROLS, isAnnexA } from '../reference/index.ts';
import type { ViewEntry } from '../views/audience.ts';

export type Status = (typeof IMPLEMENTATION_STATUSES)[number];

export interface Coverage {
	/** Requirements in the catalogue (38 for Annex A). */
	total: number;
	/** Requirements whose SoA line this audience can read. */
	disclosed: number;
	byStatus: Record<Status, number>;
}

export function annexACoverage(controls: readonly ViewEntry<'controls'>[]): Coverage {
	const byStatus = Object.fromEntries(IMPLEMENTATION_STATUSES.map((s) => [s, 0])) as Record<Status, number>;
	const annex = controls.filter((c) => isAnnexA(c.data.requirement));
	for (const control of annex) byStatus[control.data.status]++;
	return { total: ANNEX_A_CONTROLS.length, disclosed: annex.length, byStatus };
}

/** “34 of 38 Annex A controls implemented, 2 not applicable”. */
export function coverageSentence(coverage: Coverage): string {
	const parts = [`${coverage.byStatus.implemented} of ${coverage.total} ISO 42001 Annex A controls implemented`];
	if (coverage.byStatus.partial) parts.push(`${coverage.byStatus.partial} partially`);
	if (coverage.byStatus.planned) parts.push(`${coverage.byStatus.planned} planned`);
	if (coverage.byStatus['not-applicable']) parts.push(`${coverage.byStatus['not-applicable']} not applicable`);
	return parts.join(', ');
}
