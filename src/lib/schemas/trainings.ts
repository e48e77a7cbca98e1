import { z } from 'astro/zod';
import { audience, clause, isoDate, refTo, text } from './fields.ts';

/** A course for competence and awareness (clauses 7.2, 7.3). */
export const trainingsSchema = z.strictObject({
	audience: audience,
	title: text.describe('Name of the course.'),
	description: text.describe('What it teaches.'),
	requiredFor: z.array(text).min(1).describe('Who must take it: roles or teams.'),
	clauses: z.array(clause).default([]).describe('Clauses it serves, usually 7.2 and 7.3.'),
	owner: refTo('people').describe('Who runs it.'),
	assigned: z.number().int().min(0).describe('People it is assigned to.'),
	completed: z.number().int().min(0).describe('People who have completed it.'),
	due: isoDate.describe('When the current cycle must be complete.'),
	frequencyMonths: z.number().int().min(1).optional().describe('How often it repeats.'),
});

export type Training = z.output<typeof trainingsSchema>;
