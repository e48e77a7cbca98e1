/**
 * The sites one content repository publishes. Each has an audience: it is built from that
 * audience's view of the content and nothing else.
 */
import type { Audience } from './schemas/index.ts';

export const SITES = {
	trust: { audience: 'public', kind: 'trust', title: 'Trust Center' },
	'trust-private': { audience: 'private', kind: 'trust', title: 'Trust Center (confidential)' },
	handbook: { audience: 'internal', kind: 'handbook', title: 'AIMS Handbook' },
} as const satisfies Record<string, { audience: Audience; kind: 'trust' | 'handbook'; title: string }>;

export type SiteName = keyof typeof SITES;
export type Site = (typeof SITES)[SiteName] & { name: SiteName };
export const SITE_NAMES = Object.keys(SITES) as SiteName[];

/** The site being built, from AIMS_SITE; the handbook when unset (it is never published by accident: its folder says so). */
export function currentSite(env: Record<string, string | undefined> = process.env): Site {
	const name = env.AIMS_SITE ?? 'handbook';
	if (!(name in SITES)) throw new Error(`AIMS_SITE must be one of ${SITE_NAMES.join(', ')}, not "${name}"`);
	return { ...SITES[name as SiteName], name: name as SiteName };
}
