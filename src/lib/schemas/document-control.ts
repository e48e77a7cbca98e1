/**
 * Document control (ISO/IEC 42001 clause 7.5.2 and 7.5.3): the revision history a controlled
 * document carries in its own content, so an auditor sees for every version who approved it,
 * when, and what changed. Used by policies and by the Statement of Applicability's own record
 * (`soa` in organization.yaml). Git history stays beside it as supporting evidence; the rule
 * `src/lib/rules/document-control.ts` cross-checks the two.
 */
import { z } from 'astro/zod';
import { isoDate, refTo, text } from './fields.ts';

export const documentVersion = z
	.string()
	.regex(/^\d+\.\d+(\.\d+)?$/, { error: 'must be a version such as 1.0 or 2.1.3' });

/** One row of a revision table. */
export const revision = z.strictObject({
	version: documentVersion.describe(
		'Version this row records, for example 2.1. Every version the document has had gets a row.',
	),
	date: isoDate
		.optional()
		.describe(
			'Date this version was approved. Leave it out only while the version is still a draft: an approved document whose current version has no dated approval is an error.',
		),
	approver: refTo('people')
		.optional()
		.describe('Person or committee chair who approved this version; required with the date.'),
	summary: text.describe(
		'What changed in this version, in a sentence or two, for example “Added the rule on generative AI in customer communication.”',
	),
});

export type Revision = z.output<typeof revision>;

/**
 * The revision table: newest version first. Staff only (the trust center shows the version and
 * the summary, never who approved what).
 */
export const revisions = z
	.array(revision)
	.default([])
	.describe(
		'Revision history, newest first: one row per version with its approval date, approver and a summary of the change (ISO 42001 7.5.3). The current version must have a dated, approved row.',
	);

/** The Statement of Applicability's own document control: the SoA lines are entries, the document around them is recorded here. */
export const soaDocument = z
	.strictObject({
		docId: z
			.string()
			.regex(/^[A-Z][A-Z0-9-]+$/, {
				error: 'must be a document number in capitals, for example AIMS-SOA-001',
			})
			.describe('Document-control number of the SoA, for example AIMS-SOA-001.'),
		version: documentVersion.describe('Current version of the SoA.'),
		owner: refTo('people').describe('Person who maintains the SoA.'),
		approver: refTo('people').describe('Person who approved the current version.'),
		approvedOn: isoDate.describe('Date the current version was approved.'),
		reviewIntervalMonths: z
			.number()
			.int()
			.min(1)
			.max(36)
			.default(12)
			.describe('How often the SoA must be reviewed, in months.'),
		nextReview: isoDate.describe('When the SoA is next reviewed.'),
		revisions: revisions,
	})
	.describe(
		'Document control of the Statement of Applicability (clause 6.1.3 d, 7.5): number, version, approval and revision history.',
	);

export type SoaDocument = z.output<typeof soaDocument>;
