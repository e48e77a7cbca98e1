/**
 * /.well-known/security.txt (RFC 9116, https://www.rfc-editor.org/rfc/rfc9116) from the
 * organisation entry: its security contacts and its `securityTxt` fields.
 */
import type { Organization } from '../schemas/organization.ts';

/**
 * @param canonical absolute URL the file is served from, or undefined when the site has no
 *   address of its own (RFC 9116 §2.5.2: Canonical must be where the file is retrieved).
 */
export function securityTxt(
	org: Pick<Organization, 'contacts' | 'securityTxt'>,
	canonical: string | undefined,
): string {
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

// Which security.txt URLs must resolve is an integrity rule, checked by `npm run check` before any build.
export { securityTxtUrls, unresolvedSecurityTxtUrls } from '../rules/security-txt.ts';
