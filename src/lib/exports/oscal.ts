/**
 * NIST OSCAL 1.0.6 (JSON): the Annex A catalogue as an OSCAL catalog, and the Statement of
 * Applicability as an OSCAL System Security Plan, whose `implemented-requirements` are the
 * natural home of an SoA line (status, justification, where it is implemented).
 * Pure: a view in, a plain object out; the caller serialises it. Only identifiers and titles
 * of ISO controls are emitted, never ISO text (copyright).
 * Schemas: https://github.com/usnistgov/OSCAL/releases/tag/v1.0.6 (json/schema/).
 */
import { ANNEX_A_CONTROLS, ANNEX_A_OBJECTIVES, isAnnexA } from '../reference/index.ts';
import type { Organization } from '../schemas/organization.ts';
import type { AudienceView, ViewEntry } from '../views/audience.ts';
import { sitePages, type SitePages } from './site-pages.ts';
import { contentDate, dateTime } from './stamp.ts';
import { revisionUuid, stableUuid } from './uuid.ts';

export const OSCAL_VERSION = '1.0.6';

/**
 * Namespace of the properties we add ourselves (a name without `ns` is NIST's). OSCAL asks for
 * a URI the organisation controls, and tools such as compliance-trestle accept only an
 * absolute URL with a host, so a URN is not enough: the organisation's own `exportNamespace`,
 * or its trust center address followed by /ns/oscal.
 */
export function oscalNamespace(
	org: Pick<Organization, 'exportNamespace' | 'trustCenterUrl'>,
): string {
	return org.exportNamespace ?? new URL('/ns/oscal', org.trustCenterUrl).href;
}
/** Our catalogue changes only when the reference data does; its date is part of that data. */
const CATALOG_DATE = '2023-12-18';

type Json = Record<string, unknown>;
interface Link {
	href: string;
	rel?: string;
	'media-type'?: string;
	text?: string;
}

/** OSCAL identifiers are conventionally lower case (`ac-1`); the printed label keeps ISO's spelling. */
export function oscalControlId(annexId: string): string {
	return annexId.toLowerCase();
}

const label = (value: string) => ({ name: 'label', value });

/** The 38 Annex A controls in their 9 objectives: identifiers and titles only. */
export function annexACatalog(): { catalog: Json } {
	return {
		catalog: {
			uuid: stableUuid('catalog:iso-iec-42001-2023-annex-a'),
			metadata: {
				title: 'ISO/IEC 42001:2023 Annex A reference controls (identifiers and titles)',
				'last-modified': dateTime(CATALOG_DATE),
				version: '2023',
				'oscal-version': OSCAL_VERSION,
				remarks:
					'Identifiers and titles only. The text of the controls is copyrighted by ISO; read it in the standard.',
			},
			groups: ANNEX_A_OBJECTIVES.map((objective) => ({
				id: oscalControlId(objective.id),
				title: objective.title,
				props: [label(objective.id)],
				controls: ANNEX_A_CONTROLS.filter((c) => c.objective === objective.id).map((c) => ({
					id: oscalControlId(c.id),
					title: c.title,
					props: [label(c.id)],
				})),
			})),
		},
	};
}

export interface SspOptions {
	/** Where the catalog export sits relative to the SSP; the SSP imports all of it. */
	catalogHref?: string;
}

/**
 * The Statement of Applicability as an OSCAL SSP, restricted to what the view shows: one
 * implemented requirement per Annex A control (all 38, so a reader sees which lines this
 * audience was not shown), with status, justification, policies, evidence and owner where the
 * view holds them.
 */
export function statementOfApplicabilitySsp(
	view: AudienceView,
	{ catalogHref = 'oscal-catalog.json' }: SspOptions = {},
): { 'system-security-plan': Json } {
	const org = view.organization.data;
	const stamp = dateTime(contentDate(view));
	const systemUuid = stableUuid('component:this-system');
	const lines = new Map(
		view.entries.controls
			.filter((c) => isAnnexA(c.data.requirement))
			.map((c) => [c.data.requirement, c]),
	);
	const policies = new Map(view.entries.policies.map((p) => [p.id, p]));
	const people = new Map(view.entries.people.map((p) => [p.id, p]));
	const orgUuid = stableUuid('party:organization');
	const ns = oscalNamespace(org);
	const pages = sitePages(view);

	const resources = [...policies.values()].map((p) => {
		const page = pages.policy(p.id);
		return {
			uuid: stableUuid(`policy:${p.id}`),
			title: p.data.title,
			description: p.data.summary,
			props: [
				{ name: 'version', value: p.data.version },
				{ name: 'document-id', ns, value: p.data.docId },
				{ name: 'status', ns, value: p.data.status },
			],
			...(page && { rlinks: [{ href: page, 'media-type': 'text/html' }] }),
		};
	});

	const requirements = ANNEX_A_CONTROLS.map((control) => {
		const line = lines.get(control.id);
		const base = {
			uuid: stableUuid(`requirement:${control.id}`),
			'control-id': oscalControlId(control.id),
		};
		if (!line)
			return {
				...base,
				remarks:
					'This line of the Statement of Applicability is not disclosed at this audience level.',
			};
		const owner = line.data.owner ? people.get(line.data.owner) : undefined;
		const links = [
			publishedLine(line, pages),
			...policyLinks(line, policies),
			...evidenceLinks(line),
		];
		return {
			...base,
			props: [{ name: 'applicable', ns, value: line.data.applicable ? 'yes' : 'no' }],
			...(links.length > 0 && { links }),
			'responsible-roles': [
				{
					'role-id': 'control-owner',
					...(owner && { 'party-uuids': [stableUuid(`party:person:${owner.id}`)] }),
				},
			],
			'by-components': [
				{
					'component-uuid': systemUuid,
					uuid: stableUuid(`by-component:${control.id}`),
					description: [line.data.summary, line.data.implementation].filter(Boolean).join('\n\n'),
					'implementation-status': { state: line.data.status },
					remarks: line.data.justification,
				},
			],
		};
	});

	const plan = {
		metadata: {
			title: `${org.name}: Statement of Applicability, ISO/IEC 42001:2023 Annex A`,
			'last-modified': stamp,
			version: contentDate(view),
			'oscal-version': OSCAL_VERSION,
			links: [
				{
					href: pages.exportFile('oscal-ssp.json'),
					rel: 'canonical',
					'media-type': 'application/json',
				},
			],
			roles: [
				{ id: 'control-owner', title: 'Control owner' },
				{ id: 'ai-governance', title: 'AI governance lead' },
			],
			parties: [
				{
					uuid: orgUuid,
					type: 'organization',
					name: org.legalName ?? org.name,
					'email-addresses': [org.contacts.aiGovernance.email],
				},
				...[...people.values()].map((p) => ({
					uuid: stableUuid(`party:person:${p.id}`),
					type: 'person',
					name: p.data.name,
					props: [{ name: 'job-title', value: p.data.title }],
				})),
			],
			'responsible-parties': [{ 'role-id': 'ai-governance', 'party-uuids': [orgUuid] }],
			remarks: `Shown to the ${view.audience} audience: fields and lines above that audience are left out.`,
		},
		'import-profile': {
			href: catalogHref,
			remarks:
				'Every Annex A control is in scope of the Statement of Applicability, so the catalogue is imported whole.',
		},
		'system-characteristics': {
			'system-ids': [
				{ 'identifier-type': 'https://ietf.org/rfc/rfc4122', id: stableUuid('system:aims') },
			],
			'system-name': `${org.name} AI management system`,
			description: org.aimsScope,
			// An AIMS is not a FIPS 199 categorised information system; say so rather than invent levels.
			'security-sensitivity-level': 'not-categorized',
			'system-information': {
				'information-types': [
					{
						uuid: stableUuid('information-type:aims-records'),
						title: 'AI management system records',
						description:
							'Policies, AI system inventory, risk register, impact assessments and their evidence.',
						'confidentiality-impact': { base: 'not-categorized' },
						'integrity-impact': { base: 'not-categorized' },
						'availability-impact': { base: 'not-categorized' },
					},
				],
			},
			'security-impact-level': {
				'security-objective-confidentiality': 'not-categorized',
				'security-objective-integrity': 'not-categorized',
				'security-objective-availability': 'not-categorized',
			},
			status: { state: 'operational' },
			'authorization-boundary': { description: org.aimsScope },
		},
		'system-implementation': {
			users: [
				{
					uuid: stableUuid('user:staff'),
					title: 'Staff who build, buy, operate or oversee AI systems in scope',
				},
			],
			components: [
				{
					uuid: systemUuid,
					type: 'this-system',
					title: `${org.name} AI management system`,
					description: org.aimsScope,
					status: { state: 'operational' },
				},
			],
		},
		'control-implementation': {
			description:
				'Statement of Applicability (ISO/IEC 42001:2023, clause 6.1.3): every Annex A control, applicable or not, with its justification and implementation status.',
			'implemented-requirements': requirements,
		},
		...(resources.length > 0 && { 'back-matter': { resources } }),
	};
	return { 'system-security-plan': { uuid: revisionUuid('ssp', plan), ...plan } };
}

/** The line as the site publishes it: its row of the trust center's table, or its handbook page. */
function publishedLine(line: ViewEntry<'controls'>, pages: SitePages): Link {
	return {
		href: pages.control(line),
		rel: 'reference',
		text: `${line.data.requirement} as published on ${pages.base}`,
	};
}

function policyLinks(
	line: ViewEntry<'controls'>,
	policies: Map<string, ViewEntry<'policies'>>,
): Link[] {
	return line.data.policies
		.filter((id) => policies.has(id))
		.map((id) => ({
			href: `#${stableUuid(`policy:${id}`)}`,
			rel: 'implemented-by',
			text: policies.get(id)!.data.title,
		}));
}

/** Evidence is internal-only: the view has already removed it below the handbook. */
function evidenceLinks(line: ViewEntry<'controls'>): Link[] {
	return (line.data.evidence ?? []).map((e) => ({
		href: uriReference(e.link),
		rel: 'evidence',
		text: `${e.title} (${e.date})`,
	}));
}

/** Authors write evidence links as they see them (spaces, accents); OSCAL wants a URI reference. Existing %-escapes are kept. */
function uriReference(link: string): string {
	return link.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/g, (ch) => encodeURIComponent(ch));
}
