/** sitemap.xml (https://www.sitemaps.org/protocol.html) for the pages of the trust center. */
import { escapeXml } from './feeds.ts';

export function sitemapXml(urls: readonly string[]): string {
	const sorted = [...new Set(urls)].sort();
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...sorted.map((url) => `<url><loc>${escapeXml(url)}</loc></url>`),
		'</urlset>',
		'',
	].join('\n');
}
