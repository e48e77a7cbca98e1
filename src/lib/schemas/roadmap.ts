import { z } from 'astro/zod';
import { audience, internalOnly, isoDate, refTo, text } from './fields.ts';

export const PHASE_STATUSES = ['not-started', 'in-progress', 'done'] as const;

/** One implementation phase, with its milestones and the AI objectives (clause 6.2) it serves. */
export const roadmapSchema = z.strictObject({
	audience: audience,
	phase: z.number().int().min(1).describe('Phase number; phases are shown in this order.'),
	title: text.describe('Name of the phase.'),
	start: isoDate.describe('Planned start.'),
	end: isoDate.describe('Planned end.'),
	status: z.enum(PHASE_STATUSES).describe('not-started, in-progress or done.'),
	objectives: z
		.array(
			z.strictObject({
				objective: text,
				measure: text.describe('How achievement is measured.'),
				target: text,
			}),
		)
		.default([])
		.describe('AI objectives (clause 6.2) this phase serves.'),
	milestones: z
		.array(
			z.strictObject({
				title: text,
				due: isoDate,
				status: z.enum(PHASE_STATUSES),
				owner: internalOnly(refTo('people').optional()),
			}),
		)
		.default([])
		.describe('Milestones with target dates.'),
});

export type Phase = z.output<typeof roadmapSchema>;
