import { z } from 'astro/zod';
import { audience, isoDate, text } from './fields.ts';

export const UPDATE_CATEGORIES = [
	'general',
	'compliance',
	'security',
	'privacy',
	'ai',
	'incident',
	'subprocessor',
] as const;

/** A dated trust-center update. The Markdown body is the full note. */
export const updatesSchema = z.strictObject({
	audience: audience,
	title: text.describe('Headline.'),
	date: isoDate.describe('Publication date.'),
	category: z.enum(UPDATE_CATEGORIES).describe('Category, for feed filters.'),
	summary: text.describe('One or two sentences for lists and feeds.'),
});

export type Update = z.output<typeof updatesSchema>;
