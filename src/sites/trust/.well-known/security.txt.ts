// RFC 9116 security.txt from the organisation's security contact and securityTxt fields.
import type { APIRoute } from 'astro';
import { site, trustView } from '../../../lib/queries.ts';
import { securityTxt } from '../../../lib/trust/security-txt.ts';
import { absoluteUrl } from '../../../lib/trust/urls.ts';

export const GET: APIRoute = async () => {
	const org = (await trustView()).organization.data;
	// Canonical is where this copy is served: the private site only has one when its address is known.
	const base = site.audience === 'public' ? org.trustCenterUrl : org.privateTrustCenterUrl;
	const body = securityTxt(org, base ? absoluteUrl(base, '/.well-known/security.txt') : undefined);
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
