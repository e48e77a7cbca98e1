import { z } from 'astro/zod';
import { audience, email, internalOnly, text } from './fields.ts';

export const GOVERNANCE_ROLES = [
	'executive',
	'legal',
	'engineering',
	'product',
	'ethics',
	'security',
	'privacy',
	'data',
	'risk',
	'governance',
] as const;

/** A person who holds a governance role: committee members, owners, approvers, assessors. */
export const peopleSchema = z.strictObject({
	audience: audience,
	name: text.describe('Full name.'),
	title: text.describe('Job title, for example “VP Engineering”.'),
	roles: z
		.array(z.enum(GOVERNANCE_ROLES))
		.min(1)
		.describe(
			'Which perspectives this person represents on the governance committee and in RACI views.',
		),
	committee: z.boolean().default(false).describe('Sits on the AI governance committee.'),
	email: internalOnly(email.optional().describe('Work e-mail, for staff only.')),
	responsibilities: z
		.array(text)
		.default([])
		.describe('What this person is accountable for in the AIMS (clause 5.3).'),
});

export type Person = z.output<typeof peopleSchema>;
