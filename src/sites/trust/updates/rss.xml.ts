import type { APIRoute } from 'astro';
import { trustView } from '../../../lib/queries.ts';
import { rssFeed } from '../../../lib/trust/feeds.ts';
import { feedOptions, inCategory } from './_feeds.ts';

export const GET: APIRoute = async () => {
	const view = await trustView();
	return new Response(rssFeed(inCategory(view), feedOptions(view, 'rss.xml')), {
		headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
	});
};
