/**
 * The content model: every collection, its schema and the file formats it accepts.
 * `src/content.config.ts`, the loader, the rules and the CLI all read this one table.
 */
import type { z } from 'astro/zod';
import { answersSchema } from './answers.ts';
import { auditsSchema } from './audits.ts';
import { certificationsSchema } from './certifications.ts';
import { controlsSchema } from './controls.ts';
import { datasetsSchema } from './datasets.ts';
import { documentsSchema } from './documents.ts';
import { impactAssessmentsSchema } from './impact-assessments.ts';
import { incidentsSchema } from './incidents.ts';
import type { CollectionName } from './names.ts';
import { organizationSchema } from './organization.ts';
import { peopleSchema } from './people.ts';
import { policiesSchema } from './policies.ts';
import { risksSchema } from './risks.ts';
import { roadmapSchema } from './roadmap.ts';
import { subprocessorsSchema } from './subprocessors.ts';
import { systemsSchema } from './systems.ts';
import { trainingsSchema } from './trainings.ts';
import { updatesSchema } from './updates.ts';

export { COLLECTION_NAMES, type CollectionName } from './names.ts';
export { AUDIENCES, type Audience } from './fields.ts';

/** File extensions an entry may have: YAML data, or Markdown / MDX with YAML front matter. */
export type Format = 'yaml' | 'md' | 'mdx';

export interface CollectionSpec {
	schema: z.ZodObject;
	formats: readonly Format[];
	/** What the Markdown body holds, where the collection has one; shown in errors and the authoring guide. */
	body?: string;
}

const DATA = ['yaml'] as const;
const PROSE = ['md', 'mdx'] as const;

export const COLLECTIONS = {
	organization: { schema: organizationSchema, formats: DATA },
	policies: { schema: policiesSchema, formats: PROSE, body: 'the full text of the policy' },
	systems: {
		schema: systemsSchema,
		formats: [...PROSE, 'yaml'],
		body: 'notes on the system (optional)',
	},
	datasets: { schema: datasetsSchema, formats: [...DATA, 'md'] },
	risks: { schema: risksSchema, formats: [...PROSE, 'yaml'], body: 'the risk analysis (optional)' },
	'impact-assessments': {
		schema: impactAssessmentsSchema,
		formats: [...PROSE, 'yaml'],
		body: 'the assessment narrative (optional)',
	},
	controls: { schema: controlsSchema, formats: DATA },
	certifications: { schema: certificationsSchema, formats: DATA },
	people: { schema: peopleSchema, formats: DATA },
	audits: {
		schema: auditsSchema,
		formats: [...PROSE, 'yaml'],
		body: 'the audit report (optional)',
	},
	roadmap: { schema: roadmapSchema, formats: DATA },
	incidents: {
		schema: incidentsSchema,
		formats: [...PROSE, 'yaml'],
		body: 'the post-incident review (optional)',
	},
	trainings: { schema: trainingsSchema, formats: DATA },
	answers: { schema: answersSchema, formats: PROSE, body: 'the answer' },
	subprocessors: { schema: subprocessorsSchema, formats: DATA },
	updates: { schema: updatesSchema, formats: PROSE, body: 'the full update' },
	documents: { schema: documentsSchema, formats: DATA },
} as const satisfies Record<CollectionName, CollectionSpec>;

type Schemas = typeof COLLECTIONS;
/** The schema of a collection. */
export type SchemaOf<C extends CollectionName> = Schemas[C]['schema'];
/** What an entry of a collection holds once validated. */
export type EntryData<C extends CollectionName> = z.output<Schemas[C]['schema']>;
