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
	const byStatus = Object.fromEntries(IMPLEMENTATION_STATUSES.map((s) => [s, 0])) as Record<
		Status,
		number
	>;
	const annex = controls.filter((c) => isAnnexA(c.data.requirement));
	for (const control of annex) byStatus[control.data.status]++;
	return { total: ANNEX_A_CONTROLS.length, disclosed: annex.length, byStatus };
}

/**
 * “34 of 38 ISO 42001 Annex A controls implemented, 2 not applicable”. When the reader's
 * audience sees only part of the Statement of Applicability, the sentence says so rather
 * than counting undisclosed lines as not implemented.
 */
export function coverageSentence(coverage: Coverage): string {
	const undisclosed = coverage.total - coverage.disclosed;
	const of = undisclosed > 0 ? `${coverage.disclosed} published` : `${coverage.total}`;
	const parts = [
		`${coverage.byStatus.implemented} of ${of} ISO 42001 Annex A controls implemented`,
	];
	if (coverage.byStatus.alternative)
		parts.push(`${coverage.byStatus.alternative} by alternative means`);
	if (coverage.byStatus.partial) parts.push(`${coverage.byStatus.partial} partially`);
	if (coverage.byStatus.planned) parts.push(`${coverage.byStatus.planned} planned`);
	if (coverage.byStatus['not-applicable'])
		parts.push(`${coverage.byStatus['not-applicable']} not applicable`);
	if (undisclosed > 0) parts.push(`${undisclosed} more shared under NDA`);
	return parts.join(', ');
}
