import { z } from 'astro/zod';
import { audience, isoDate, text } from './fields.ts';

/**
 * What a document is, for its icon, its group on /documents/ and the security overview. Beyond
 * certificates and reports, the papers buyers ask for in every review: the data processing
 * agreement, the privacy policy, the terms, the insurance certificate, the pen-test letter.
 */
export const DOCUMENT_KINDS = [
	'certificate',
	'report',
	'pen-test-letter',
	'assessment',
	'policy',
	'dpa',
	'privacy-policy',
	'terms',
	'insurance-certificate',
	'whitepaper',
	'other',
] as const;

/**
 * A downloadable document. `audience` says who receives the file; `listPublicly` lets a private
 * document appear on the public trust center as a title with a request-access link.
 */
export const documentsSchema = z.strictObject({
	audience: audience,
	title: text.describe('Title of the document.'),
	description: text.describe('What it is, in one sentence.'),
	kind: z
		.enum(DOCUMENT_KINDS)
		.describe(
			'Kind of document: certificate, report (an audit or attestation report), pen-test-letter (the tester’s letter of attestation), assessment, policy, dpa (data processing agreement), privacy-policy, terms (terms of service), insurance-certificate (cyber or professional liability cover), whitepaper or other.',
		),
	file: z
		.string()
		.regex(/^[a-z0-9][a-z0-9._-]*\.(pdf|txt|csv|xlsx|docx|json)$/, {
			error:
				'must be a file name in src/content/documents/files/, lower-case, such as soc2-report-2026.pdf',
		})
		.describe('File name under src/content/documents/files/.'),
	date: isoDate.describe('Date of the document.'),
	listPublicly: z
		.boolean()
		.default(false)
		.describe(
			'For a private document: list its title and description on the public site with a request-access link.',
		),
});

export type Document = z.output<typeof documentsSchema>;
