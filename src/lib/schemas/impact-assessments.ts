import { z } from 'astro/zod';
import { audience, isoDate, refTo, text } from './fields.ts';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const ASSESSMENT_STATUSES = ['draft', 'approved', 'superseded'] as const;

/** An AI system impact assessment (clause 6.1.4, 8.4; Annex A.5). The body holds the narrative. */
export const impactAssessmentsSchema = z.strictObject({
	audience: audience,
	title: text.describe('Title of the assessment.'),
	system: refTo('systems').describe('The AI system assessed.'),
	status: z.enum(ASSESSMENT_STATUSES).describe('draft, approved or superseded.'),
	individuals: z.array(text).min(1).describe('Impacts on individuals considered (A.5.4).'),
	groups: z.array(text).default([]).describe('Impacts on groups considered (A.5.4).'),
	societal: z.array(text).default([]).describe('Societal impacts considered (A.5.5).'),
	harms: z
		.array(z.strictObject({ harm: text, severity: z.enum(SEVERITIES), mitigation: text }))
		.min(1)
		.describe('Potential harms, their severity and mitigation.'),
	benefits: z.array(text).default([]).describe('Benefits the system brings.'),
	severity: z.enum(SEVERITIES).describe('Overall severity after mitigation.'),
	fundamentalRights: z
		.boolean()
		.default(false)
		.describe('Also serves as the EU AI Act Art. 27 fundamental-rights impact assessment.'),
	assessor: refTo('people').describe('Who carried it out.'),
	approvedBy: refTo('people').optional().describe('Who approved it; required once approved.'),
	date: isoDate.describe('Date of the assessment.'),
	nextReview: isoDate.describe('When it must be reassessed.'),
});

export type ImpactAssessment = z.output<typeof impactAssessmentsSchema>;
