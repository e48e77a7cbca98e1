import type { APIRoute } from 'astro';
import { trustView } from '../../../lib/queries.ts';
import { jsonFeed } from '../../../lib/trust/feeds.ts';
import { feedOptions, inCategory } from './_feeds.ts';

export const GET: APIRoute = async () => {
	const view = await trustView();
	return new Response(jsonFeed(inCategory(view), feedOptions(view, 'feed.json')), {
		headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
	});
};
