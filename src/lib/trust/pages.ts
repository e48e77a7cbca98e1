/**
 * Every HTML page of the trust center, with its title and description: one list that the
 * sitemap and the Open Graph images are generated from, so neither can miss a page. The
 * build test checks it against the HTML files actually written.
 */
import { compareIds } from '../order.ts';
import { SHARED_PATHS } from '../routes.ts';
import { UPDATE_CATEGORIES } from '../schemas/updates.ts';
import { siteFor } from '../sites.ts';
import type { AudienceView } from '../views/audience.ts';
import { statusCounts } from './controls.ts';
import { CONTROL_STATUS_LABELS, UPDATE_CATEGORY_LABELS } from './labels.ts';
import { TRUST_PATHS } from './routes.ts';

export interface PageMeta {
	/** Path with leading and trailing slash. */
	path: string;
	title: string;
	description: string;
	/**
	 * For an entry's page (an AI system, a policy, an update): the section page whose Open
	 * Graph card it shares. Sections get a card of their own; entries share their section's, so
	 * the build renders a few dozen images instead of one per entry (each costs about 20 ms and
	 * 40 KB). Link previews still show the entry's own title and description, from its
	 * `og:title` and `og:description`.
	 */
	card?: string;
}

/** The path of the page whose card a page shows: its own, or its section's. */
export const cardOf = (page: PageMeta): string => page.card ?? page.path;

/** Update categories that have at least one update, in the schema's order. */
export function updateCategories(view: AudienceView) {
	return UPDATE_CATEGORIES.filter((category) =>
		view.entries.updates.some((u) => u.data.category === category),
	);
}

const cache = new WeakMap<AudienceView, PageMeta[]>();
const byPath = new WeakMap<AudienceView, Map<string, PageMeta>>();

/** Every page, sorted by path; computed once per view, so each page's lookup stays cheap. */
export function trustPages(view: AudienceView): PageMeta[] {
	const cached = cache.get(view);
	if (cached) return cached;
	const org = view.organization.data;
	const { systems, policies, updates, controls } = view.entries;
	const pages: PageMeta[] = [
		{
			path: SHARED_PATHS.home(),
			title: 'Overview',
			description: `${org.name}: certifications, AI governance and security posture. ${org.tagline}`,
		},
		{
			path: TRUST_PATHS.certifications(),
			title: 'Certifications',
			description: `Certifications and attestations ${org.name} holds or is working towards, with scope, validity and how to verify them.`,
		},
		{
			path: TRUST_PATHS.controls(),
			title: 'Controls',
			description: `${org.name}'s ISO/IEC 42001 Statement of Applicability: Annex A controls and clause 4–10 requirements with their status.`,
		},
		...statusCounts(controls)
			.filter((s) => s.count > 0)
			.map((s) => ({
				path: TRUST_PATHS.controlsWithStatus(s.status),
				title: `Controls: ${CONTROL_STATUS_LABELS[s.status].toLowerCase()}`,
				description: `ISO/IEC 42001 requirements ${org.name} reports as ${CONTROL_STATUS_LABELS[s.status].toLowerCase()}.`,
			})),
		{
			path: TRUST_PATHS.ai(),
			title: 'AI governance',
			description: `How ${org.name} governs AI: ISO/IEC 42001 certification, AI principles, EU AI Act classification and human oversight.`,
		},
		{
			path: TRUST_PATHS.systems(),
			title: 'AI systems register',
			description: `The AI systems ${org.name} uses and offers: purpose, EU AI Act tier, human oversight and known limitations.`,
		},
		...systems.map((s) => ({
			path: TRUST_PATHS.system(s.id),
			title: s.data.title,
			description: s.data.purpose,
			card: TRUST_PATHS.systems(),
		})),
		{
			path: TRUST_PATHS.answers(),
			title: 'Security and AI questionnaire answers',
			description: `Answers to the questions buyers ask ${org.name} about security, privacy and AI, with the controls and policies behind them.`,
		},
		{
			path: TRUST_PATHS.policies(),
			title: 'Policies',
			description: `Policies ${org.name} publishes, with their document numbers, versions and summaries.`,
		},
		...policies.map((p) => ({
			path: TRUST_PATHS.policy(p.id),
			title: p.data.title,
			description: p.data.summary,
			card: TRUST_PATHS.policies(),
		})),
		{
			path: TRUST_PATHS.subprocessors(),
			title: 'Subprocessors',
			description: `Vendors and AI providers that process data for ${org.name}.`,
		},
		{
			path: SHARED_PATHS.exports(),
			title: 'Machine-readable exports',
			description: `${org.name}'s posture as data: questionnaire answers in CSV, Excel and JSON, the AI inventory as a CycloneDX ML-BOM, the Statement of Applicability in OSCAL.`,
		},
		{
			path: TRUST_PATHS.documents(),
			title: 'Documents',
			description: `Certificates, reports and other documents from ${org.name}, and how to request those shared under NDA.`,
		},
		{
			path: TRUST_PATHS.security(),
			title: 'Security',
			description: `${org.name}'s security programme: certifications, policies, controls by category, testing, incident response and how to report a vulnerability.`,
		},
		...(org.vulnerabilityDisclosure
			? [
					{
						path: TRUST_PATHS.disclosurePolicy(),
						title: 'Vulnerability disclosure policy',
						description: `How to report a security vulnerability to ${org.name}: scope, safe harbour and what to expect.`,
						card: TRUST_PATHS.security(),
					},
				]
			: []),
		{
			path: TRUST_PATHS.requestAccess(),
			title: siteFor(view.audience).requestLabel!,
			description: `How customers and prospects get ${org.name}'s audit reports and other documents shared under NDA.`,
		},
		{
			path: SHARED_PATHS.search(),
			title: 'Search',
			description: `Search the ${org.name} trust center.`,
			card: SHARED_PATHS.home(),
		},
		{
			path: TRUST_PATHS.updates(),
			title: 'Updates',
			description: `News from the ${org.name} trust center.`,
		},
		...updateCategories(view).map((c) => ({
			path: TRUST_PATHS.updates(c),
			title: `Updates: ${UPDATE_CATEGORY_LABELS[c]}`,
			description: `${UPDATE_CATEGORY_LABELS[c]} updates from the ${org.name} trust center.`,
		})),
		...updates.map((u) => ({
			path: TRUST_PATHS.update(u.id),
			title: u.data.title,
			description: u.data.summary,
			card: TRUST_PATHS.updates(),
		})),
	];
	pages.sort((a, b) => compareIds(a.path, b.path));
	cache.set(view, pages);
	return pages;
}

/** The registry entry of one page; throws so a page missing from the registry fails the build. */
export function pageMeta(view: AudienceView, path: string): PageMeta {
	// A map, not a search of the list: every page looks itself up, and the list grows with the content.
	let index = byPath.get(view);
	if (!index) byPath.set(view, (index = new Map(trustPages(view).map((p) => [p.path, p]))));
	const meta = index.get(path);
	if (!meta)
		throw new Error(
			`${path} is not in the trust center's page list (src/lib/trust/pages.ts); add it there so it gets a sitemap entry and an image`,
		);
	return meta;
}
