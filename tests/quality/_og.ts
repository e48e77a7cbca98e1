/**
 * Text drawn into an image cannot be found by a byte scan, so Open Graph cards get their own
 * check: every PNG the build rendered must be the `og:image` of a page on the same site, and
 * the `og:title` of every page that names it must hold no marker (the card's text is the
 * `og:title` of one of them: its section page, which entry pages share the card of). The badges on a card
 * are certification titles, which the same site's pages show and the byte scan covers.
 * An image no page names is a finding too: nobody could tell what it shows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../helpers/build.ts';
import { PROJECT } from '../helpers/content.ts';

export interface OgReport {
	/** PNGs the build rendered (static files copied from public/ are not rendered). */
	rendered: string[];
	problems: string[];
}

const attribute = (html: string, property: string) =>
	html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1];

export function checkOgImages(
	siteDir: string,
	marker: RegExp,
	publicDir = join(PROJECT, 'public'),
): OgReport {
	const files = listFiles(siteDir);
	const rendered = files.filter((f) => f.endsWith('.png') && !existsSync(join(publicDir, f)));
	const titles = new Map<string, string[]>();
	for (const file of files.filter((f) => f.endsWith('.html'))) {
		const html = readFileSync(join(siteDir, file), 'utf8');
		const image = attribute(html, 'og:image');
		if (!image) continue;
		const path = decodeURIComponent(new URL(image, 'https://site.invalid').pathname).slice(1);
		titles.set(path, [
			...(titles.get(path) ?? []),
			`${file}: ${attribute(html, 'og:title') ?? ''}`,
		]);
	}
	const problems: string[] = [];
	for (const png of rendered) {
		const pages = titles.get(png);
		if (!pages)
			problems.push(`${png}: no page names it as og:image, so its text cannot be checked`);
		for (const page of pages ?? [])
			if (marker.test(page)) problems.push(`${png}: drawn from a title with a marker (${page})`);
	}
	for (const [png, pages] of titles)
		if (!files.includes(png))
			problems.push(`${png}: named as og:image by ${pages[0]} but not in the site`);
	return { rendered, problems };
}
