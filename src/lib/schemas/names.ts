/** Every content collection, in the order the handbook presents them. */
export const COLLECTION_NAMES = [
	'organization',
	'policies',
	'systems',
	'datasets',
	'risks',
	'impact-assessments',
	'controls',
	'certifications',
	'people',
	'audits',
	'roadmap',
	'incidents',
	'trainings',
	'answers',
	'subprocessors',
	'updates',
	'documents',
] as const;

export type CollectionName = (typeof COLLECTION_NAMES)[number];
