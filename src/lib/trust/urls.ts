/**
 * Addresses within the trust center being built (its base URL is the site's: `siteBaseUrl` in
 * src/lib/sites.ts; its paths are in ./routes.ts).
 */
import { withBase } from '../routes.ts';
import type { Organization } from '../schemas/organization.ts';

/** The absolute URL of a site path (`TRUST_PATHS.…`), under the site's base. */
export function absoluteUrl(siteUrl: string, path: string): string {
	return new URL(withBase(path), siteUrl).href;
}

/** Where a page's Open Graph image is served: `/` → `/og/index.png`, `/controls/` → `/og/controls.png`. */
export function ogImagePath(pagePath: string): string {
	const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
	return `/og/${trimmed === '' ? 'index' : trimmed}.png`;
}

/** The mailbox for document requests: the dedicated one, or the security team's. */
export function documentRequestEmail(org: Pick<Organization, 'contacts'>): string {
	return (org.contacts.documentRequests ?? org.contacts.security).email;
}

/** A mailto link that asks for one document, subject pre-filled. */
export function requestAccessHref(
	org: Pick<Organization, 'contacts' | 'name'>,
	title: string,
): string {
	const subject = `Document request: ${title}`;
	const body = `Hello ${org.name} team,\n\nPlease send us "${title}". Our company:\nNDA in place (yes/no):\n`;
	return `mailto:${documentRequestEmail(org)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
