// RFC 9116 security.txt from the organisation's security contact and securityTxt fields.
import type { APIRoute } from 'astro';
import { site, trustView } from '../../../lib/queries.ts';
import { trustPages } from '../../../lib/trust/pages.ts';
import { securityTxt, unresolvedSecurityTxtUrls } from '../../../lib/trust/security-txt.ts';
import { TRUST_PATHS } from '../../../lib/trust/routes.ts';
import { absoluteUrl } from '../../../lib/trust/urls.ts';

export const GET: APIRoute = async () => {
	const view = await trustView();
	const org = view.organization.data;
	// A Contact or Policy on our own host must be a page we build, or researchers meet a 404 (issue 13).
	const unresolved = unresolvedSecurityTxtUrls(
		org,
		trustPages(view).map((p) => p.path),
	);
	if (unresolved.length > 0) {
		throw new Error(
			`security.txt would point at pages the trust center does not have: ${unresolved.map((u) => `${u.field} ${u.url}`).join('; ')}. Fix src/content/organization: point them at a page of the trust center (/security/, /security/disclosure-policy/ when vulnerabilityDisclosure is set) or at another host.`,
		);
	}
	// Canonical is where this copy is served: only the site's real address will do.
	const base = site.address(org);
	const body = securityTxt(org, base ? absoluteUrl(base, TRUST_PATHS.securityTxt()) : undefined);
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
