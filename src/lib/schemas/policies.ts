import { z } from 'astro/zod';
import { documentVersion, revisions } from './document-control.ts';
import { annexAControl, audience, clause, internalOnly, isoDate, refTo, text } from './fields.ts';

export const POLICY_STATUSES = ['draft', 'approved', 'retired'] as const;

/** A policy or procedure (MDX). The body is the full text; `summary` is what the trust center shows. */
export const policiesSchema = z.strictObject({
	audience: audience,
	title: text.describe('Title of the policy.'),
	docId: z
		.string()
		.regex(/^[A-Z][A-Z0-9-]+$/, {
			error: 'must be a document number in capitals, for example POL-AI-001',
		})
		.describe('Document-control number (ISO 42001 7.5.3), unique across policies.'),
	version: documentVersion.describe(
		'Version of the current text; `revisions` must have a row for it.',
	),
	status: z
		.enum(POLICY_STATUSES)
		.describe('draft: being written; approved: in force; retired: kept for the record.'),
	owner: internalOnly(refTo('people').describe('Person who maintains the policy (staff only).')),
	approver: internalOnly(
		refTo('people').describe('Person or committee chair who approved it (staff only).'),
	),
	approvedOn: isoDate.optional().describe('Date of approval; required once approved.'),
	effective: isoDate.optional().describe('Date the policy takes effect.'),
	reviewIntervalMonths: z
		.number()
		.int()
		.min(1)
		.max(36)
		.default(12)
		.describe('How often it must be reviewed, in months.'),
	nextReview: isoDate.describe(
		'When the next review is due. Overdue reviews are warnings, errors under --strict.',
	),
	clauses: z
		.array(clause)
		.default([])
		.describe('ISO 42001 clauses this policy implements, for example 5.2.'),
	controls: z
		.array(annexAControl)
		.default([])
		.describe('Annex A controls this policy implements, for example A.2.2.'),
	revisions: internalOnly(revisions),
	summary: text.describe('One paragraph in plain language; the trust center shows it to buyers.'),
});

export type Policy = z.output<typeof policiesSchema>;
