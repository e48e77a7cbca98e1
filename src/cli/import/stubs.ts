/**
 * What the importer starts for a high-risk system the sheet says little about: a human review
 * point and a draft impact assessment, both marked as placeholders. They keep the content
 * valid, and `npm run report` lists every one of them until someone writes the real thing.
 */
import { importBlock } from './markdown.ts';
import { PLACEHOLDER, type Section } from './transform.ts';

/**
 * The sheet's answers about a high-impact system (its `hi_*` columns) as the assessment's
 * import block: a re-import rewrites it when the sheet changes, and keeps it, reporting a
 * conflict, when someone has edited it by hand.
 */
export function assessmentBlock(answers: readonly Section[]): string {
	return importBlock(answers, [], [], 'What the inventory says');
}

/** A human review point whose every field is the placeholder. */
export function reviewPointPlaceholder(): { role: string; reviews: string; before: string } {
	return { role: PLACEHOLDER, reviews: PLACEHOLDER, before: PLACEHOLDER };
}

/** A draft assessment of `system`, dated the day of the import, due in 30 days. */
export function impactAssessmentStub(
	system: string,
	title: string,
	assessor: string,
	severity: 'high' | 'critical',
	date: string,
	nextReview: string,
	answers: readonly Section[] = [],
): { data: Record<string, unknown>; body: string } {
	return {
		data: {
			audience: 'internal',
			title: `Impact assessment: ${title}`,
			system,
			status: 'draft',
			individuals: [PLACEHOLDER],
			harms: [{ harm: PLACEHOLDER, severity, mitigation: PLACEHOLDER }],
			severity,
			assessor,
			date,
			nextReview,
		},
		body: `Started by \`npm run import\` because the inventory marks ${system} as high-impact. Replace every "${PLACEHOLDER}" and set the real assessment date.\n${answers.length ? `\n${assessmentBlock(answers)}` : ''}`,
	};
}

/** `date` plus `days`, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
