import { z } from 'astro/zod';
import { ACTION_STATUSES, annexAControl, audience, isoDate, refTo, score, text } from './fields.ts';

export const RISK_CATEGORIES = [
	'bias-fairness',
	'explainability',
	'data-quality',
	'societal-impact',
	'adversarial-security',
	'privacy',
	'safety',
	'legal',
	'third-party',
] as const;
export const TREATMENTS = ['mitigate', 'accept', 'transfer', 'avoid'] as const;
export const RISK_STATUSES = ['open', 'treating', 'accepted', 'closed'] as const;

const treatmentAction = z.strictObject({
	action: text.describe('What will be done.'),
	owner: refTo('people').describe('Who does it.'),
	due: isoDate.describe('When it is due.'),
	status: z.enum(ACTION_STATUSES).describe('open, in-progress, done or cancelled.'),
});

const rating = z.strictObject({
	likelihood: score.describe('1 rare … 5 almost certain.'),
	impact: score.describe('1 negligible … 5 severe.'),
});

/** One risk in the AI risk register (clauses 6.1.2, 6.1.3, 8.2, 8.3). The body holds the analysis. */
export const risksSchema = z.strictObject({
	audience: audience,
	title: text.describe('The risk in one line: cause, event, consequence.'),
	category: z.enum(RISK_CATEGORIES).describe('Risk category.'),
	systems: z.array(refTo('systems')).default([]).describe('AI systems this risk concerns.'),
	inherent: rating.describe('Likelihood and impact before treatment.'),
	treatment: z.enum(TREATMENTS).describe('How the risk is treated.'),
	treatmentPlan: text.describe('The treatment plan in a few sentences.'),
	actions: z.array(treatmentAction).default([]).describe('Treatment actions.'),
	residual: rating.describe(
		'Likelihood and impact after treatment; never above the inherent rating.',
	),
	controls: z.array(annexAControl).default([]).describe('Annex A controls that treat it.'),
	owner: refTo('people').describe('Risk owner.'),
	status: z.enum(RISK_STATUSES).describe('open, treating, accepted or closed.'),
	identifiedOn: isoDate.describe('When the risk was recorded.'),
	nextReview: isoDate.describe('When it must be reviewed again.'),
});

export type Risk = z.output<typeof risksSchema>;
