import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { trustView } from '../../../../../lib/queries.ts';
import { jsonFeed } from '../../../../../lib/trust/feeds.ts';
import { updateCategories } from '../../../../../lib/trust/pages.ts';
import { feedOptions, inCategory } from '../../_feeds.ts';

export const getStaticPaths = (async () =>
	updateCategories(await trustView()).map((category) => ({
		params: { category },
		props: { category },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
	const view = await trustView();
	return new Response(
		jsonFeed(inCategory(view, props.category), feedOptions(view, 'feed.json', props.category)),
		{ headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } },
	);
};
