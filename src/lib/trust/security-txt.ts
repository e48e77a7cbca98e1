/**
 * /.well-known/security.txt (RFC 9116, https://www.rfc-editor.org/rfc/rfc9116) from the
 * organisation entry: its security contacts and its `securityTxt` fields.
 */
import type { Organization } from '../schemas/organization.ts';

/**
 * @param canonical absolute URL the file is served from, or undefined when the site has no
 *   address of its own (RFC 9116 §2.5.2: Canonical must be where the file is retrieved).
 */
export function securityTxt(org: Pick<Organization, 'contacts' | 'securityTxt'>, canonical: string | undefined): string {
	const { security } = org.contacts;
	const lines = [
		`Contact: mailto:${security.email}`,
		...(security.url ? [`Contact: ${security.url}`] : []),
		// §2.5.5: an ISO 8601 date-time; the content's date ends at its last second, UTC.
		`Expires: ${org.securityTxt.expires}T23:59:59Z`,
		`Preferred-Languages: ${org.securityTxt.preferredLanguages.join(', ')}`,
		...(canonical ? [`Canonical: ${canonical}`] : []),
		...(org.securityTxt.policy ? [`Policy: ${org.securityTxt.policy}`] : []),
	];
	return `${lines.join('\n')}\n`;
}

/** Every URL security.txt publishes (Contact, Policy), in the order it lists them. */
export function securityTxtUrls(org: Pick<Organization, 'contacts' | 'securityTxt'>): { field: string; url: string }[] {
	return [
		...(org.contacts.security.url ? [{ field: 'contacts.security.url', url: org.contacts.security.url }] : []),
		...(org.securityTxt.policy ? [{ field: 'securityTxt.policy', url: org.securityTxt.policy }] : []),
	];
}

/**
 * The security.txt URLs on the trust center's own host that name no page of it: a researcher
 * following them would find a 404. `/security` and `/security/` are the same page, as on any
 * static host.
 */
export function unresolvedSecurityTxtUrls(org: Pick<Organization, 'contacts' | 'securityTxt' | 'trustCenterUrl'>, pagePaths: Iterable<string>): { field: string; url: string }[] {
	const host = new URL(org.trustCenterUrl).host;
	const pages = new Set(pagePaths);
	return securityTxtUrls(org).filter(({ url }) => {
		const parsed = new URL(url);
		if (parsed.host !== host) return false;
		const path = parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`;
		return !pages.has(path) && !pages.has(parsed.pathname);
	});
}
