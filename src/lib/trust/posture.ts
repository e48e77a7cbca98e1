/**
 * The trust center's headline figures, derived once from the view: the stat tiles of the
 * overview, the summary of /controls/ and /security/, and the controls-by-category chart all
 * read this one object, so no two pages can disagree (issue 13: the overview's sentence once
 * counted Annex A while the chips below it counted Annex A and the clauses together).
 */
import { ANNEX_A_CONTROLS, ANNEX_A_OBJECTIVES, CLAUSES, isAnnexA } from '../reference/index.ts';
import { IMPLEMENTATION_STATUSES } from '../schemas/controls.ts';
import type { AudienceView, ViewEntry } from '../views/audience.ts';
import { isHeld, isInProgress } from './certifications.ts';

type Status = (typeof IMPLEMENTATION_STATUSES)[number];

/** One part of the Statement of Applicability (Annex A, or clauses 4–10) as this audience sees it. */
export interface SoaFigures {
	/** Requirements in the catalogue: 38 Annex A controls, 32 clause requirements. */
	total: number;
	/** Lines this audience may read. */
	disclosed: number;
	/** Lines in the catalogue this audience may not read (shared under NDA). */
	undisclosed: number;
	/** Disclosed lines that apply (all but not-applicable). */
	applicable: number;
	byStatus: Record<Status, number>;
}

/** One Annex A objective with its disclosed lines counted by status, for the by-category summary. */
export interface CategoryFigures {
	id: string;
	title: string;
	total: number;
	byStatus: Record<Status, number>;
	undisclosed: number;
}

export interface Posture {
	annexA: SoaFigures;
	clauses: SoaFigures;
	categories: CategoryFigures[];
	systems: number;
	/** The most recent SoA review date among disclosed lines. */
	lastReview: string | undefined;
	/** Open audit findings, only when this audience may read audits at all. */
	openFindings: number | undefined;
	certifications: { held: number; inProgress: number };
}

const zero = (): Record<Status, number> =>
	Object.fromEntries(IMPLEMENTATION_STATUSES.map((s) => [s, 0])) as Record<Status, number>;

function figures(lines: readonly ViewEntry<'controls'>[], total: number): SoaFigures {
	const byStatus = zero();
	for (const line of lines) byStatus[line.data.status]++;
	return {
		total,
		disclosed: lines.length,
		undisclosed: total - lines.length,
		applicable: lines.length - byStatus['not-applicable'],
		byStatus,
	};
}

/** A finding is open while its corrective action runs, or while a nonconformity has none yet. */
function isOpen(finding: ViewEntry<'audits'>['data']['findings'][number]): boolean {
	const action = finding.correctiveAction;
	return action
		? action.status === 'open' || action.status === 'in-progress'
		: finding.type.endsWith('nonconformity');
}

const cache = new WeakMap<AudienceView, Posture>();

export function posture(view: AudienceView): Posture {
	const cached = cache.get(view);
	if (cached) return cached;
	const { controls, systems, audits, certifications } = view.entries;
	const annex = controls.filter((c) => isAnnexA(c.data.requirement));
	const clauses = controls.filter((c) => !isAnnexA(c.data.requirement));
	const byRequirement = new Map(annex.map((c) => [c.data.requirement, c]));
	const categories = ANNEX_A_OBJECTIVES.map((objective) => {
		const ids = ANNEX_A_CONTROLS.filter((c) => c.objective === objective.id).map((c) => c.id);
		const byStatus = zero();
		let undisclosed = 0;
		for (const id of ids) {
			const line = byRequirement.get(id);
			if (line) byStatus[line.data.status]++;
			else undisclosed++;
		}
		return { id: objective.id, title: objective.title, total: ids.length, byStatus, undisclosed };
	});
	const result: Posture = {
		annexA: figures(annex, ANNEX_A_CONTROLS.length),
		clauses: figures(clauses, CLAUSES.length),
		categories,
		systems: systems.length,
		lastReview: controls.reduce<string | undefined>(
			(latest, c) =>
				latest === undefined || c.data.lastReview > latest ? c.data.lastReview : latest,
			undefined,
		),
		openFindings:
			audits.length === 0
				? undefined
				: audits.flatMap((a) => a.data.findings).filter(isOpen).length,
		certifications: {
			held: certifications.filter((c) => isHeld(c.data.status)).length,
			inProgress: certifications.filter((c) => isInProgress(c.data.status)).length,
		},
	};
	cache.set(view, result);
	return result;
}

/** Implemented, counting an alternative measure that meets the control's aim. */
export const inPlace = (f: Pick<SoaFigures, 'byStatus'>): number =>
	f.byStatus.implemented + f.byStatus.alternative;
