/**
 * The sites one content repository publishes, and every decision that differs between them.
 * Each site has an audience: it is built from that audience's view of the content and nothing
 * else. Pages, layouts and endpoints read these fields; none of them compares audiences to
 * decide what a site is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContent } from './content/parse.ts';
import { basePathOf } from './routes.ts';
import type { Audience } from './schemas/index.ts';
import type { Organization } from './schemas/organization.ts';

/** The organisation's addresses as a site's view holds them: the handbook's only in the handbook's own view. */
type Addresses = Pick<Organization, 'trustCenterUrl'> &
	Partial<Pick<Organization, 'privateTrustCenterUrl' | 'handbookUrl'>>;

export interface SiteDecisions {
	/** The audience whose view of the content the site is built from. */
	audience: Audience;
	/** Which set of pages it is: a trust center (public or under NDA) or the handbook. */
	kind: 'trust' | 'handbook';
	/** Its name in page titles and the header, after the organisation's name. */
	title: string;
	/**
	 * Search engines may crawl and index it: robots.txt allows crawling, pages carry canonical
	 * URLs and no `noindex`. Only the public trust center.
	 */
	indexable: boolean;
	/** The note at the top of every page telling readers not to forward it, or undefined for none. */
	banner: string | undefined;
	/** The label of the trust center's way to documents under NDA (its /request-access/ page), or undefined on the handbook. */
	requestLabel: string | undefined;
	/** What a trust center writes where a Statement of Applicability line is not shown to its reader; undefined on the handbook, which shows every line. */
	withheldLabel: string | undefined;
	/** What its exports hold, in words, for its exports page. */
	exportsScope: string;
	/**
	 * The address the organisation serves it at, when the organisation entry names one. Used
	 * wherever only the real address will do (security.txt's Canonical); its path is the
	 * site's base path (`siteBasePath`).
	 */
	address(org: Addresses): string | undefined;
}

export const SITES = {
	trust: {
		audience: 'public',
		kind: 'trust',
		title: 'Trust Center',
		indexable: true,
		banner: undefined,
		requestLabel: 'Request access',
		withheldLabel: 'Shared under NDA',
		exportsScope: 'what this public trust center shows: public entries only',
		address: (org) => org.trustCenterUrl,
	},
	'trust-private': {
		audience: 'private',
		kind: 'trust',
		title: 'Trust Center (confidential)',
		indexable: false,
		banner: 'Confidential: shared under NDA. Do not forward.',
		requestLabel: 'Request a document',
		withheldLabel: 'Not published',
		exportsScope: 'what this confidential trust center shows, for customers under NDA',
		address: (org) => org.privateTrustCenterUrl,
	},
	handbook: {
		audience: 'internal',
		kind: 'handbook',
		title: 'AIMS Handbook',
		indexable: false,
		banner: 'Internal: for staff and auditors only.',
		requestLabel: undefined,
		withheldLabel: undefined,
		exportsScope: 'all of the AI management system, for staff and auditors',
		address: (org) => org.handbookUrl,
	},
} as const satisfies Record<string, SiteDecisions>;

export type SiteName = keyof typeof SITES;
export type Site = SiteDecisions & { name: SiteName };
export const SITE_NAMES = Object.keys(SITES) as SiteName[];

/**
 * The order `npm run build` builds every site in, and the benchmark with it: the largest first,
 * so its search index, the slowest step, builds while the others render.
 */
export const BUILD_ORDER: readonly SiteName[] = ['handbook', 'trust', 'trust-private'];

/** The site built for an audience (one per audience). */
export function siteFor(audience: Audience): Site {
	const name = SITE_NAMES.find((n) => SITES[n].audience === audience)!;
	return { ...SITES[name], name };
}

/**
 * Base URL for the absolute links a site writes (feeds, sitemap, exports, JSON-LD): its own
 * address, or the public trust center's when the organisation has not named one.
 */
export function siteBaseUrl(site: Pick<SiteDecisions, 'address'>, org: Addresses): string {
	return site.address(org) ?? org.trustCenterUrl;
}

/**
 * The path the site is served under (Astro's `base`): the path of its own address, so a trust
 * center at `https://example.com/trust/` links to `/trust/controls/`; `/` when the address is
 * at the root of its host or the organisation names none.
 */
export function siteBasePath(site: Pick<SiteDecisions, 'address'>, org: Addresses): string {
	return basePathOf(site.address(org));
}

/**
 * The site's base path as the configuration needs it, before any content is checked: read
 * from the organisation entry in `contentDir` alone. An entry that cannot be read, or whose
 * address is not a URL, gives `/`; the check that runs before any page renders reports it.
 */
export function configuredBasePath(
	site: Pick<SiteDecisions, 'address'>,
	contentDir: string,
): string {
	const folder = join(contentDir, 'organization');
	try {
		const file = readdirSync(folder)
			.filter((name) => /\.ya?ml$/.test(name))
			.sort()[0];
		if (file === undefined) return '/';
		const { data } = parseContent(readFileSync(join(folder, file), 'utf8'), 'yaml');
		const org = (data ?? {}) as Addresses;
		const address: unknown = site.address(org);
		return address === undefined || (typeof address === 'string' && URL.canParse(address))
			? siteBasePath(site, org)
			: '/';
	} catch {
		return '/';
	}
}

/** The site being built, from AIMS_SITE; the handbook when unset (it is never published by accident: its folder says so). */
export function currentSite(env: Record<string, string | undefined> = process.env): Site {
	const name = env.AIMS_SITE ?? 'handbook';
	if (!(name in SITES))
		throw new Error(`AIMS_SITE must be one of ${SITE_NAMES.join(', ')}, not "${name}"`);
	return { ...SITES[name as SiteName], name: name as SiteName };
}
