import { z } from 'astro/zod';
import {
	audience,
	internalOnly,
	isoDate,
	privateOnly,
	refTo,
	requirement,
	text,
} from './fields.ts';

export const IMPLEMENTATION_STATUSES = [
	'implemented',
	'partial',
	'planned',
	'alternative',
	'not-applicable',
] as const;

const evidence = z.strictObject({
	title: text.describe('What the evidence is.'),
	link: text.describe('URL or repository path where an auditor finds it.'),
	date: isoDate.describe('When it was produced.'),
	expires: isoDate.optional().describe('When it stops being valid; expired evidence is a warning.'),
});

/**
 * One line of the Statement of Applicability: an Annex A control, or a clause 4–10 requirement
 * for the gap analysis. The SoA must hold every Annex A control.
 */
export const controlsSchema = z.strictObject({
	audience: audience,
	requirement: requirement.describe(
		'The Annex A control (A.6.2.4) or clause (6.1.3) this entry covers.',
	),
	applicable: z.boolean().describe('Whether the control is applicable.'),
	justification: text.describe(
		'Why it is included or excluded; required both ways (clause 6.1.3).',
	),
	status: z
		.enum(IMPLEMENTATION_STATUSES)
		.describe('implemented, partial, planned, alternative or not-applicable.'),
	owner: internalOnly(refTo('people').describe('Control owner.')),
	policies: z.array(refTo('policies')).default([]).describe('Policies that implement it.'),
	implementation: privateOnly(
		text.optional().describe('How it is implemented, for NDA readers and auditors.'),
	),
	evidence: internalOnly(z.array(evidence).default([]).describe('Evidence of operation.')),
	systems: internalOnly(
		z.array(refTo('systems')).default([]).describe('AI systems it applies to most directly.'),
	),
	risks: internalOnly(z.array(refTo('risks')).default([]).describe('Risks it treats.')),
	lastReview: isoDate.describe('When it was last reviewed.'),
	nextReview: isoDate.optional().describe('When it is due for review.'),
	mappings: z
		.strictObject({
			euAiAct: z.array(text).default([]).describe('EU AI Act articles, for example “Art. 9”.'),
			nistAiRmf: z
				.array(
					z.string().regex(/^(GOVERN|MAP|MEASURE|MANAGE) \d+(\.\d+)?$/, {
						error: 'must be a NIST AI RMF subcategory such as “GOVERN 1.1” or “MAP 2.3”',
					}),
				)
				.default([])
				.describe('NIST AI RMF subcategories.'),
			iso27001: z
				.array(text)
				.default([])
				.describe('ISO/IEC 27001:2022 clauses or controls, for example “5.2” or “A.5.1”.'),
		})
		.default({ euAiAct: [], nistAiRmf: [], iso27001: [] })
		.describe('Mappings to other frameworks.'),
	summary: text.describe('One or two sentences a buyer can read: what is in place.'),
});

export type Control = z.output<typeof controlsSchema>;
