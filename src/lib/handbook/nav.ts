/**
 * The handbook's areas: the sidebar, breadcrumbs and search filters all read this one list.
 * The sidebar lists areas, never entries: a list of every entry repeated on every page makes
 * the output grow with the square of the page count.
 */
import { homeHref, SHARED_PATHS } from '../routes.ts';
import { areaHref, HANDBOOK_PATHS } from './routes.ts';

export interface Area {
	/** Site path of the area's index, with a trailing slash (a link to it is `areaHref(href)`). */
	href: string;
	label: string;
	/** Singular page type shown in search results and used as the `type` search filter. */
	type: string;
	/** ISO/IEC 42001 clauses the area evidences, for the reader and for docs/handbook.md. */
	clauses: readonly string[];
}

export const AREAS = [
	{ href: SHARED_PATHS.home(), label: 'Dashboard', type: 'Dashboard', clauses: ['9.1'] },
	{ href: HANDBOOK_PATHS.policies(), label: 'Policies', type: 'Policy', clauses: ['5.2', '7.5'] },
	{
		href: HANDBOOK_PATHS.systems(),
		label: 'AI systems',
		type: 'AI system',
		clauses: ['4.3', '8.1'],
	},
	{
		href: HANDBOOK_PATHS.risks(),
		label: 'Risk register',
		type: 'Risk',
		clauses: ['6.1.2', '6.1.3', '8.2', '8.3'],
	},
	{
		href: HANDBOOK_PATHS.soa(),
		label: 'Statement of Applicability',
		type: 'Control',
		clauses: ['6.1.3'],
	},
	{
		href: HANDBOOK_PATHS.clauses(),
		label: 'Gap analysis (clauses 4–10)',
		type: 'Clause',
		clauses: ['4.1', '10.2'],
	},
	{
		href: HANDBOOK_PATHS.assessments(),
		label: 'Impact assessments',
		type: 'Impact assessment',
		clauses: ['6.1.4', '8.4'],
	},
	{ href: HANDBOOK_PATHS.datasets(), label: 'Datasets', type: 'Dataset', clauses: ['8.1'] },
	{
		href: HANDBOOK_PATHS.audits(),
		label: 'Audits and corrective actions',
		type: 'Audit',
		clauses: ['9.2', '9.3', '10.2'],
	},
	{ href: HANDBOOK_PATHS.incidents(), label: 'Incidents', type: 'Incident', clauses: ['10.2'] },
	{
		href: HANDBOOK_PATHS.roadmap(),
		label: 'Roadmap and objectives',
		type: 'Roadmap phase',
		clauses: ['6.2'],
	},
	{
		href: HANDBOOK_PATHS.trainings(),
		label: 'Training',
		type: 'Training',
		clauses: ['7.2', '7.3'],
	},
	{
		href: HANDBOOK_PATHS.people(),
		label: 'People and RACI',
		type: 'Person',
		clauses: ['5.1', '5.3'],
	},
	{
		href: HANDBOOK_PATHS.certifications(),
		label: 'Certifications',
		type: 'Certification',
		clauses: ['9.2'],
	},
	{
		href: HANDBOOK_PATHS.auditPack(),
		label: 'Audit pack (printable)',
		type: 'Audit pack',
		clauses: ['7.5', '9.2'],
	},
	{
		href: SHARED_PATHS.exports(),
		label: 'Exports (OSCAL, CycloneDX, CSV, XLSX)',
		type: 'Export',
		clauses: ['7.5'],
	},
] as const satisfies readonly Area[];

export type AreaHref = (typeof AREAS)[number]['href'];

export function area(href: AreaHref): Area {
	return AREAS.find((a) => a.href === href)!;
}

export interface Crumb {
	label: string;
	href?: string;
}

/** Home › area › page: the page itself has no link. */
export function crumbs(areaPath: AreaHref | undefined, page?: string): Crumb[] {
	const out: Crumb[] = [{ label: 'Handbook', href: homeHref() }];
	if (areaPath && areaPath !== SHARED_PATHS.home()) {
		const { label, href } = area(areaPath);
		out.push(page ? { label, href: areaHref(href) } : { label });
	}
	if (page) out.push({ label: page });
	return out;
}

/** The current area in the sidebar: the longest area path the page (a site path) sits under. */
export function currentArea(pathname: string): string | undefined {
	const matches = AREAS.filter((a) =>
		a.href === '/' ? pathname === '/' : pathname.startsWith(a.href),
	);
	// Control pages belong with the SoA.
	if (pathname.startsWith('/controls/'))
		return pathname.includes('/clause-') ? '/soa/clauses/' : '/soa/';
	return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
