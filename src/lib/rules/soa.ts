import { ANNEX_A_CONTROLS, CLAUSES, isAnnexA } from '../reference/index.ts';
import { at, type Rule } from './context.ts';

/** The Statement of Applicability covers every Annex A control; the gap analysis every clause. */
export const soaComplete: Rule = (context) => {
	const covered = new Set<string>(context.all('controls').map((e) => e.data.requirement));
	const missing = (ids: readonly { id: string; title: string }[]) =>
		ids.filter((c) => !covered.has(c.id));
	return [
		...missing(ANNEX_A_CONTROLS).map((c) => ({
			severity: 'error' as const,
			file: context.contentFile('controls'),
			rule: 'soa-complete' as const,
			message: `the Statement of Applicability has no entry for ${c.id} ${c.title}`,
			fix: `add ${context.contentFile('controls', `${c.id.toLowerCase()}.yaml`)} with requirement: ${c.id}, applicable, justification and status; an excluded control still needs an entry with its justification`,
		})),
		...missing(CLAUSES).map((c) => ({
			severity: 'warning' as const,
			file: context.contentFile('controls'),
			rule: 'gap-analysis-complete' as const,
			message: `the clause gap analysis has no entry for ${c.id} ${c.title}`,
			fix: `add ${context.contentFile('controls', `clause-${c.id}.yaml`)} with requirement: "${c.id}"`,
		})),
	];
};

/** Applicability and status agree: an excluded control is not-applicable and nothing else is; clauses cannot be excluded. */
export const applicability: Rule = (context) =>
	context.all('controls').flatMap((entry) => {
		const { applicable, status, requirement } = entry.data;
		if (!isAnnexA(requirement) && !applicable) {
			return [
				at(
					entry,
					['applicable'],
					'applicability',
					`clause ${requirement} cannot be excluded: clauses 4–10 are mandatory for certification`,
					'set applicable: true and record the gap in status',
				),
			];
		}
		if (!applicable && status !== 'not-applicable') {
			return [
				at(
					entry,
					['status'],
					'applicability',
					`an excluded control has status "${status}"`,
					'set status: not-applicable, or applicable: true',
				),
			];
		}
		if (applicable && status === 'not-applicable') {
			return [
				at(
					entry,
					['status'],
					'applicability',
					'an applicable control cannot be not-applicable',
					'set applicable: false with the justification for excluding it, or choose implemented, partial, planned or alternative',
				),
			];
		}
		return [];
	});
