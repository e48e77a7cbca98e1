import { z } from 'astro/zod';
import { annexAControl, audience, isoDate, refTo, text } from './fields.ts';

export const ANSWER_CATEGORIES = ['ai-governance', 'ai-development', 'data', 'privacy', 'security', 'compliance', 'third-party', 'incident-response'] as const;
export const SHORT_ANSWERS = ['yes', 'no', 'partial', 'not-applicable'] as const;

/** One questionnaire answer in the knowledge base. The Markdown body is the answer. */
export const answersSchema = z.strictObject({
	audience: audience,
	question: text.describe('The question as buyers usually ask it.'),
	aliases: z.array(text).default([]).describe('Other wordings of the same question, to help search and autofill.'),
	category: z.enum(ANSWER_CATEGORIES).describe('Section of the knowledge base.'),
	response: z.enum(SHORT_ANSWERS).optional().describe('Short answer for yes/no questionnaire columns.'),
	controls: z.array(annexAControl).default([]).describe('Annex A controls that back the answer.'),
	policies: z.array(refTo('policies')).default([]).describe('Policies that back the answer.'),
	lastReviewed: isoDate.describe('When the answer was last checked.'),
	nextReview: isoDate.optional().describe('When it must be checked again.'),
});

export type Answer = z.output<typeof answersSchema>;
