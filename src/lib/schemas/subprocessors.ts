import { z } from 'astro/zod';
import { audience, isoDate, text, url } from './fields.ts';

/** A vendor or AI provider that processes customer data. */
export const subprocessorsSchema = z.strictObject({
	audience: audience,
	name: text.describe('Vendor name.'),
	purpose: text.describe('What they do for us.'),
	dataProcessed: z.array(text).min(1).describe('Categories of data they process.'),
	locations: z.array(text).min(1).describe('Where the data is processed.'),
	aiProvider: z.boolean().default(false).describe('Provides an AI model or AI service.'),
	website: url.optional().describe('Vendor website.'),
	since: isoDate.optional().describe('Engaged since.'),
});

export type Subprocessor = z.output<typeof subprocessorsSchema>;
