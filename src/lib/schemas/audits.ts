import { z } from 'astro/zod';
import { ACTION_STATUSES, audience, isoDate, refTo, requirement, text } from './fields.ts';

export const AUDIT_KINDS = [
	'internal-audit',
	'stage-1',
	'stage-2',
	'surveillance',
	'management-review',
] as const;
export const AUDIT_STATUSES = ['planned', 'in-progress', 'completed'] as const;
export const FINDING_TYPES = [
	'major-nonconformity',
	'minor-nonconformity',
	'observation',
	'opportunity',
] as const;

/** An internal audit, a certification audit or a management review (clauses 9.2, 9.3, 10.2). */
export const auditsSchema = z.strictObject({
	audience: audience,
	title: text.describe('Title of the audit or review.'),
	kind: z.enum(AUDIT_KINDS).describe('Kind of audit.'),
	status: z.enum(AUDIT_STATUSES).describe('planned, in-progress or completed.'),
	date: isoDate.describe('Date it started or is planned.'),
	auditor: text.describe('Who audits: a person, a team or a certification body.'),
	scope: text.describe('What it covers.'),
	findings: z
		.array(
			z.strictObject({
				id: z
					.string()
					.regex(/^[A-Z0-9-]+$/, {
						error: 'must be a finding number in capitals such as IA-2026-01',
					})
					.describe('Finding number, unique across audits.'),
				type: z
					.enum(FINDING_TYPES)
					.describe('Nonconformity, observation or opportunity for improvement.'),
				requirement: requirement.optional().describe('Clause or Annex A control concerned.'),
				description: text.describe('What was found.'),
				correctiveAction: z
					.strictObject({
						action: text,
						owner: refTo('people'),
						due: isoDate,
						status: z.enum(ACTION_STATUSES),
					})
					.optional()
					.describe('Corrective action; required for nonconformities (10.2).'),
			}),
		)
		.default([])
		.describe('Findings.'),
});

export type Audit = z.output<typeof auditsSchema>;
