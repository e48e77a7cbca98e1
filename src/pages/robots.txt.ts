// Only the public trust center may be crawled; the private trust center and the handbook
// also carry `noindex` on every page, in case this file is ignored. The rules name the site's
// base path, so a site served under one (/trust/) gives the lines to merge into its host's
// own robots.txt, which is the only one crawlers read.
import type { APIRoute } from 'astro';
import { site, siteView } from '../lib/queries.ts';
import { homeHref } from '../lib/routes.ts';
import { siteBaseUrl } from '../lib/sites.ts';
import { TRUST_PATHS } from '../lib/trust/routes.ts';
import { absoluteUrl } from '../lib/trust/urls.ts';

export const GET: APIRoute = async () => {
	const org = (await siteView()).organization.data;
	const body = site.indexable
		? `User-agent: *\nAllow: ${homeHref()}\n\nSitemap: ${absoluteUrl(siteBaseUrl(site, org), TRUST_PATHS.sitemap())}\n`
		: `User-agent: *\nDisallow: ${homeHref()}\n`;
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
