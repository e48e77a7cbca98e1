/**
 * Where each page of the handbook lives: the only place its paths are spelt. `HANDBOOK_PATHS`
 * gives a page's path within the site (the sidebar's areas are keyed by them); each `…Href()`
 * is the same page as a link, under the site's base (`withBase`). Routes both kinds of site
 * have (home, exports, search) are in src/lib/routes.ts.
 */
import { withBase } from '../routes.ts';
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

export type DetailCollection = (typeof DETAIL_COLLECTIONS)[number];

/**
 * The fragment of one audit finding on its audit's page. Finding numbers are unique across
 * audits (an integrity rule) and written in capitals (IA-2026-01); the fragment keeps them as
 * written, behind a prefix no heading slug starts with.
 */
export const findingAnchor = (findingId: string) => `finding-${findingId}`;

/** Site paths of the handbook's pages and files. Section paths are literal types: the sidebar's areas are keyed by them. */
export const HANDBOOK_PATHS = {
	/** An entry's own page (`/systems/<id>/`). */
	entry: (collection: DetailCollection, id: string) => `/${collection}/${id}/`,
	/** The index page of a collection; SoA lines (controls) are listed on the SoA. */
	section: (collection: DetailCollection) =>
		collection === 'controls' ? HANDBOOK_PATHS.soa() : `/${collection}/`,
	policies: () => '/policies/' as const,
	systems: () => '/systems/' as const,
	/** The systems that share one value of a facet (`/systems/tier/minimal/`). */
	systemFacet: (facet: string, value: string) => `/systems/${facet}/${value}/`,
	/** The inventory as data, for the in-page filter. */
	systemsData: () => '/systems/index.json',
	risks: () => '/risks/' as const,
	soa: () => '/soa/' as const,
	clauses: () => '/soa/clauses/' as const,
	assessments: () => '/impact-assessments/' as const,
	datasets: () => '/datasets/' as const,
	audits: () => '/audits/' as const,
	finding: (auditId: string, findingId: string) =>
		`/audits/${auditId}/#${findingAnchor(findingId)}`,
	incidents: () => '/incidents/' as const,
	roadmap: () => '/roadmap/' as const,
	trainings: () => '/trainings/' as const,
	people: () => '/people/' as const,
	certifications: () => '/certifications/' as const,
	auditPack: () => '/audit-pack/' as const,
};

const detail = new Set<string>(DETAIL_COLLECTIONS);

/** An entry's page, or undefined for collections without pages of their own. */
export function hrefOf(entry: { collection: CollectionName; id: string }): string | undefined {
	return detail.has(entry.collection)
		? withBase(HANDBOOK_PATHS.entry(entry.collection as DetailCollection, entry.id))
		: undefined;
}

/** An entry's page, for an entry of a collection known to have pages. */
export const entryHref = (collection: DetailCollection, id: string) =>
	withBase(HANDBOOK_PATHS.entry(collection, id));
export const policyHref = (id: string) => withBase(HANDBOOK_PATHS.entry('policies', id));
export const systemHref = (id: string) => withBase(HANDBOOK_PATHS.entry('systems', id));
export const riskHref = (id: string) => withBase(HANDBOOK_PATHS.entry('risks', id));
/** An SoA line's page, by its entry id (`a.5.4`, `clause-4.1`). */
export const controlHref = (id: string) => withBase(HANDBOOK_PATHS.entry('controls', id));
export const assessmentHref = (id: string) =>
	withBase(HANDBOOK_PATHS.entry('impact-assessments', id));
export const datasetHref = (id: string) => withBase(HANDBOOK_PATHS.entry('datasets', id));
export const auditHref = (id: string) => withBase(HANDBOOK_PATHS.entry('audits', id));
export const incidentHref = (id: string) => withBase(HANDBOOK_PATHS.entry('incidents', id));
export const phaseHref = (id: string) => withBase(HANDBOOK_PATHS.entry('roadmap', id));
export const trainingHref = (id: string) => withBase(HANDBOOK_PATHS.entry('trainings', id));
/** Link to a person page by id. */
export const personHref = (id: string) => withBase(HANDBOOK_PATHS.entry('people', id));
export const certificationHref = (id: string) =>
	withBase(HANDBOOK_PATHS.entry('certifications', id));
/** Link to one finding, wherever findings are listed (corrective actions, dashboard, controls). */
export const findingHref = (auditId: string, findingId: string) =>
	withBase(HANDBOOK_PATHS.finding(auditId, findingId));

/** A collection's index page (controls: the SoA). */
export const sectionHref = (collection: DetailCollection) =>
	withBase(HANDBOOK_PATHS.section(collection));
/** A sidebar area's page, by its path (`AREAS[].href`). */
export const areaHref = (path: string) => withBase(path);
export const policiesHref = () => withBase(HANDBOOK_PATHS.policies());
export const systemsHref = () => withBase(HANDBOOK_PATHS.systems());
export const systemFacetHref = (facet: string, value: string) =>
	withBase(HANDBOOK_PATHS.systemFacet(facet, value));
export const systemsDataHref = () => withBase(HANDBOOK_PATHS.systemsData());
export const risksHref = () => withBase(HANDBOOK_PATHS.risks());
export const soaHref = () => withBase(HANDBOOK_PATHS.soa());
export const clausesHref = () => withBase(HANDBOOK_PATHS.clauses());
export const assessmentsHref = () => withBase(HANDBOOK_PATHS.assessments());
export const datasetsHref = () => withBase(HANDBOOK_PATHS.datasets());
export const peopleHref = () => withBase(HANDBOOK_PATHS.people());
export const auditPackHref = () => withBase(HANDBOOK_PATHS.auditPack());
