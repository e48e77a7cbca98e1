/** Where each entry lives in the handbook. Collections without their own pages return undefined. */
import type { CollectionName } from '../schemas/index.ts';

export const DETAIL_COLLECTIONS = [
	'policies',
	'systems',
	'risks',
	'controls',
	'impact-assessments',
	'datasets',
	'audits',
	'incidents',
	'roadmap',
	'trainings',
	'people',
	'certifications',
] as const satisfies readonly CollectionName[];

const detail = new Set<string>(DETAIL_COLLECTIONS);

export function hrefOf(entry: { collection: CollectionName; id: string }): string | undefined {
	return detail.has(entry.collection) ? `/${entry.collection}/${entry.id}/` : undefined;
}

/** Link to a person page by id. */
export const personHref = (id: string) => `/people/${id}/`;

/**
 * The fragment of one audit finding on its audit's page. Finding numbers are unique across
 * audits (an integrity rule) and written in capitals (IA-2026-01); the fragment keeps them as
 * written, behind a prefix no heading slug starts with.
 */
export const findingAnchor = (findingId: string) => `finding-${findingId}`;

/** Link to one finding, wherever findings are listed (corrective actions, dashboard, controls). */
export const findingHref = (auditId: string, findingId: string) =>
	`/audits/${auditId}/#${findingAnchor(findingId)}`;
