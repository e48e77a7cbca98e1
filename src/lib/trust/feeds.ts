/**
 * RSS 2.0 (https://www.rssboard.org/rss-specification) and JSON Feed 1.1
 * (https://www.jsonfeed.org/version/1.1/) for trust-center updates. Dates come from the
 * content at midnight UTC, so feeds never carry the build machine's clock.
 */
import { markdownToText } from '../render/plain-text.ts';
import type { ViewEntry } from '../views/audience.ts';
import { newestFirst } from './order.ts';
import { TRUST_PATHS } from './routes.ts';
import { absoluteUrl } from './urls.ts';

export interface FeedOptions {
	title: string;
	description: string;
	/** Absolute URL of the HTML page the feed mirrors. */
	homePageUrl: string;
	/** Absolute URL of the feed itself. */
	feedUrl: string;
	/** Base URL to resolve item links against. */
	base: string;
}

const itemUrl = (base: string, id: string) => absoluteUrl(base, TRUST_PATHS.update(id));

/** RFC 822 date for RSS: `2026-03-05` → `Thu, 05 Mar 2026 00:00:00 GMT`. */
export function rfc822(date: string): string {
	return new Date(`${date}T00:00:00Z`).toUTCString();
}

export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

export function rssFeed(updates: readonly ViewEntry<'updates'>[], options: FeedOptions): string {
	const items = newestFirst(updates);
	const element = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
		'<channel>',
		element('title', options.title),
		element('link', options.homePageUrl),
		element('description', options.description),
		'<language>en</language>',
		`<atom:link href="${escapeXml(options.feedUrl)}" rel="self" type="application/rss+xml"/>`,
		...(items[0] ? [element('lastBuildDate', rfc822(items[0].data.date))] : []),
		...items.map((u) =>
			[
				'<item>',
				element('title', u.data.title),
				element('link', itemUrl(options.base, u.id)),
				`<guid isPermaLink="true">${escapeXml(itemUrl(options.base, u.id))}</guid>`,
				element('pubDate', rfc822(u.data.date)),
				element('category', u.data.category),
				element('description', u.data.summary),
				'</item>',
			].join(''),
		),
		'</channel>',
		'</rss>',
	];
	return `${lines.join('\n')}\n`;
}

export function jsonFeed(updates: readonly ViewEntry<'updates'>[], options: FeedOptions): string {
	const feed = {
		version: 'https://jsonfeed.org/version/1.1',
		title: options.title,
		home_page_url: options.homePageUrl,
		feed_url: options.feedUrl,
		description: options.description,
		language: 'en',
		items: newestFirst(updates).map((u) => ({
			id: itemUrl(options.base, u.id),
			url: itemUrl(options.base, u.id),
			title: u.data.title,
			summary: u.data.summary,
			// JSON Feed's content_text is plain text: the body without its Markdown or HTML.
			content_text: markdownToText(u.body ?? '') || u.data.summary,
			date_published: `${u.data.date}T00:00:00Z`,
			tags: [u.data.category],
		})),
	};
	return `${JSON.stringify(feed, null, 2)}\n`;
}
