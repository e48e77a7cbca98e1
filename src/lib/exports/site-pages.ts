/**
 * The published pages an export may link to: the site the export is served from (the trust
 * center for public and private views, the handbook for the internal one), and only pages
 * that site builds. The routes named here are those of src/sites/trust/ and src/sites/handbook/;
 * tests/build/exports-links.test.ts proves every link an export makes resolves to a built file.
 */
import { HANDBOOK_PATHS } from '../handbook/routes.ts';
import { SHARED_PATHS } from '../routes.ts';
import { TRUST_PATHS } from '../trust/routes.ts';
import { absoluteUrl } from '../trust/urls.ts';
import { siteBaseUrl, siteFor } from '../sites.ts';
import type { AudienceView, ViewEntry } from '../views/audience.ts';

export interface SitePages {
	/** Absolute address of the site's root. */
	base: string;
	/** A policy's page, when the view (and so the site) holds the policy. */
	policy(id: string): string | undefined;
	/** Where a Statement of Applicability line is shown on the site. */
	control(line: ViewEntry<'controls'>): string;
	/** One of the site's exports, by file name. */
	exportFile(file: string): string;
}

/** Base address of the site a view is built for. The handbook's is internal-only, present only in its own view. */
export function viewBaseUrl(view: AudienceView): string {
	return siteBaseUrl(siteFor(view.audience), view.organization.data);
}

export function sitePages(view: AudienceView): SitePages {
	const base = viewBaseUrl(view);
	const at = (path: string) => absoluteUrl(base, path);
	const policies = new Set(view.entries.policies.map((p) => p.id));
	const handbook = siteFor(view.audience).kind === 'handbook';
	const policyPath = (id: string) =>
		handbook ? HANDBOOK_PATHS.entry('policies', id) : TRUST_PATHS.policy(id);
	return {
		base: at(SHARED_PATHS.home()),
		policy: (id) => (policies.has(id) ? at(policyPath(id)) : undefined),
		// The handbook has a page per SoA line; the trust center one table row per requirement.
		control: (line) =>
			handbook
				? at(HANDBOOK_PATHS.entry('controls', line.id))
				: at(TRUST_PATHS.requirement(line.data.requirement)),
		exportFile: (file) => at(SHARED_PATHS.exportFile(file)),
	};
}
