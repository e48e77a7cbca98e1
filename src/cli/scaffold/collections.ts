/** What an author may type for a collection: its name, its singular, or a common short form. */
import { closest } from '../../lib/diagnostics.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../lib/schemas/index.ts';

const ALIASES: Record<string, CollectionName> = {
	organisation: 'organization',
	org: 'organization',
	policy: 'policies',
	procedure: 'policies',
	system: 'systems',
	'ai-system': 'systems',
	dataset: 'datasets',
	risk: 'risks',
	'impact-assessment': 'impact-assessments',
	assessment: 'impact-assessments',
	aia: 'impact-assessments',
	control: 'controls',
	soa: 'controls',
	certification: 'certifications',
	certificate: 'certifications',
	person: 'people',
	audit: 'audits',
	review: 'audits',
	phase: 'roadmap',
	milestone: 'roadmap',
	incident: 'incidents',
	training: 'trainings',
	course: 'trainings',
	answer: 'answers',
	question: 'answers',
	subprocessor: 'subprocessors',
	vendor: 'subprocessors',
	update: 'updates',
	document: 'documents',
	doc: 'documents',
};

/** The collection an author means by `type`, or an error that lists the choices. */
export function resolveCollection(
	type: string,
): { collection: CollectionName } | { error: string } {
	const key = type
		.trim()
		.toLowerCase()
		.replace(/[\s_]+/g, '-');
	if ((COLLECTION_NAMES as readonly string[]).includes(key))
		return { collection: key as CollectionName };
	if (ALIASES[key]) return { collection: ALIASES[key] };
	const guess = closest(key, [...COLLECTION_NAMES, ...Object.keys(ALIASES)]);
	return {
		error: `"${type}" is not a kind of entry${guess ? `; did you mean "${guess}"?` : ''} The kinds are: ${COLLECTION_NAMES.join(', ')} (singular works too).`,
	};
}
