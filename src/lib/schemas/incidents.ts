import { z } from 'astro/zod';
import { ACTION_STATUSES, audience, isoDate, refTo, text } from './fields.ts';
import { SEVERITIES } from './impact-assessments.ts';

export const INCIDENT_KINDS = ['incident', 'near-miss'] as const;
export const INCIDENT_STATUSES = ['open', 'contained', 'resolved'] as const;

/** An AI incident or near miss (A.8.4; EU AI Act Art. 73 serious-incident reporting). */
export const incidentsSchema = z.strictObject({
	audience: audience,
	title: text.describe('What happened, in one line.'),
	kind: z.enum(INCIDENT_KINDS).describe('incident or near-miss.'),
	system: refTo('systems').describe('The AI system involved.'),
	date: isoDate.describe('When it happened.'),
	severity: z.enum(SEVERITIES).describe('low, medium, high or critical.'),
	seriousIncident: z
		.boolean()
		.default(false)
		.describe('Meets the EU AI Act definition of a serious incident (Art. 3(49)).'),
	description: text.describe('What happened and what it affected.'),
	notified: z
		.array(
			z.strictObject({
				party: text.describe('Who was informed: customers, a regulator, affected people.'),
				date: isoDate,
			}),
		)
		.default([])
		.describe('Who was informed and when.'),
	correctiveActions: z
		.array(
			z.strictObject({
				action: text,
				owner: refTo('people'),
				due: isoDate,
				status: z.enum(ACTION_STATUSES),
			}),
		)
		.default([])
		.describe('Corrective actions.'),
	status: z.enum(INCIDENT_STATUSES).describe('open, contained or resolved.'),
});

export type Incident = z.output<typeof incidentsSchema>;
