// One Open Graph image per section page of the registry (entries share their section's):
// organisation, page title, certifications held.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { renderOgPng } from '../../../lib/og/render.ts';
import { site, trustView } from '../../../lib/queries.ts';
import { isHeld } from '../../../lib/trust/certifications.ts';
import { trustPages } from '../../../lib/trust/pages.ts';
import { ogImagePath } from '../../../lib/trust/urls.ts';

export const getStaticPaths = (async () => {
	const view = await trustView();
	const org = view.organization.data;
	const badges = view.entries.certifications
		.filter((c) => isHeld(c.data.status))
		.map((c) => c.data.title);
	return trustPages(view)
		.filter((page) => page.card === undefined)
		.map((page) => ({
			params: { path: ogImagePath(page.path).slice('/og/'.length, -'.png'.length) },
			props: {
				card: {
					organization: org.name,
					siteTitle: site.title,
					title: page.path === '/' ? org.tagline : page.title,
					badges,
					brand: org.colors.primary,
					accent: org.colors.accent,
				},
			},
		}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) =>
	new Response(await renderOgPng(props.card), { headers: { 'Content-Type': 'image/png' } });
