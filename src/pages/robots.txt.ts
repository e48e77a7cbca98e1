// Only the public trust center may be crawled; the private trust center and the handbook
// also carry `noindex` on every page, in case this file is ignored.
import type { APIRoute } from 'astro';
import { site, siteView } from '../lib/queries.ts';

export const GET: APIRoute = async () => {
	const { trustCenterUrl } = (await siteView()).organization.data;
	const body = site.indexable
		? `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', trustCenterUrl).href}\n`
		: 'User-agent: *\nDisallow: /\n';
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
