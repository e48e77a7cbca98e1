// Every HTML page of this site, from the page registry (plus the exports index), sorted.
import type { APIRoute } from 'astro';
import { site, trustView } from '../../lib/queries.ts';
import { trustPages } from '../../lib/trust/pages.ts';
import { sitemapXml } from '../../lib/trust/sitemap.ts';
import { siteBaseUrl } from '../../lib/sites.ts';
import { absoluteUrl } from '../../lib/trust/urls.ts';

export const GET: APIRoute = async () => {
	const view = await trustView();
	const base = siteBaseUrl(site, view.organization.data);
	const paths = trustPages(view).map((p) => p.path);
	return new Response(sitemapXml(paths.map((path) => absoluteUrl(base, path))), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
};
