/**
 * Every Contact and Policy URL that security.txt publishes on the trust center's own host
 * must name a page the trust center builds; otherwise a researcher following it meets a 404
 * (RFC 9116 expects them to be followed). URLs on other hosts are not ours to check.
 *
 * Which pages exist is decided later in the flow (the public view and its page list), so the
 * caller hands the list in: `context.trustPagePaths`, which the pipeline sets.
 */
import { basePathOf, sitePath } from '../routes.ts';
import type { Organization } from '../schemas/organization.ts';
import { at, type Rule } from './context.ts';

/** Every URL security.txt publishes (Contact, Policy), in the order it lists them. */
export function securityTxtUrls(
	org: Pick<Organization, 'contacts' | 'securityTxt'>,
): { field: string; url: string }[] {
	return [
		...(org.contacts.security.url
			? [{ field: 'contacts.security.url', url: org.contacts.security.url }]
			: []),
		...(org.securityTxt.policy
			? [{ field: 'securityTxt.policy', url: org.securityTxt.policy }]
			: []),
	];
}

/**
 * The security.txt URLs on the trust center's own host that name no page of it: a researcher
 * following them would find a 404. `/security` and `/security/` are the same page, as on any
 * static host. A trust center served under a path (`trustCenterUrl` https://example.com/trust/)
 * has its pages under that path: /trust/security/ is its /security/ page, and /security/ is
 * none of its pages.
 */
export function unresolvedSecurityTxtUrls(
	org: Pick<Organization, 'contacts' | 'securityTxt' | 'trustCenterUrl'>,
	pagePaths: Iterable<string>,
): { field: string; url: string }[] {
	const host = new URL(org.trustCenterUrl).host;
	const base = basePathOf(org.trustCenterUrl);
	const pages = new Set(pagePaths);
	return securityTxtUrls(org).filter(({ url }) => {
		const parsed = new URL(url);
		if (parsed.host !== host) return false;
		const pathname = parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`;
		if (!pathname.startsWith(base)) return true;
		const path = sitePath(pathname, base);
		return !pages.has(path) && !pages.has(path.slice(0, -1));
	});
}

export const securityTxtPages: Rule = (context) => {
	const pages = context.trustPagePaths;
	if (!pages) return [];
	return context.all('organization').flatMap((org) =>
		// The page list costs a view of all content: built only when there is a URL to check.
		(securityTxtUrls(org.data).length === 0
			? []
			: unresolvedSecurityTxtUrls(org.data, pages())
		).map(({ field, url }) =>
			at(
				org,
				field.split('.'),
				'security-txt-url',
				`${url} is on the trust center's own host, but the trust center has no page there; security.txt would send researchers to a 404`,
				org.data.vulnerabilityDisclosure
					? 'point it at a page of the trust center, such as /security/ or /security/disclosure-policy/, or at another host'
					: 'point it at a page of the trust center, such as /security/, or at another host; /security/disclosure-policy/ exists once vulnerabilityDisclosure is set',
			),
		),
	);
};
