import { z } from 'astro/zod';
import { audience, internalOnly, isoDate, refTo, text } from './fields.ts';

export const DATA_ORIGINS = [
	'internal',
	'customer',
	'licensed',
	'public',
	'synthetic',
	'vendor',
] as const;

/** A dataset used to train, tune, evaluate or run an AI system (ISO 42001 A.7). */
export const datasetsSchema = z.strictObject({
	audience: audience,
	title: text.describe('Name of the dataset.'),
	description: text.describe('What it contains.'),
	provenance: z
		.strictObject({
			origin: z.enum(DATA_ORIGINS).describe('Where it comes from.'),
			source: text.describe('The system, supplier or publication it comes from (A.7.5).'),
		})
		.describe('Data provenance.'),
	licence: text.describe('Licence or contractual basis for its use.'),
	collectionPeriod: z
		.strictObject({ from: isoDate, to: isoDate.optional() })
		.describe('When the data was collected.'),
	qualityChecks: z.array(text).default([]).describe('Quality checks applied (A.7.4).'),
	biasChecks: z.array(text).default([]).describe('Bias and representativeness checks applied.'),
	personalData: z
		.strictObject({
			contains: z.boolean().describe('Whether it holds personal data.'),
			categories: z.array(text).default([]).describe('Categories of personal data.'),
			lawfulBasis: text.optional().describe('Lawful basis for processing, where GDPR applies.'),
		})
		.describe('Personal data in the dataset.'),
	retention: text.describe('How long it is kept and how it is disposed of.'),
	owner: internalOnly(refTo('people').describe('Data owner.')),
});

export type Dataset = z.output<typeof datasetsSchema>;
