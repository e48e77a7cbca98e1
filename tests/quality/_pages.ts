/**
 * Which pages the quality checks look at. Every check is generic over whatever a site
 * contains: the HTML files of dist/<site>/, grouped by the route file that made them, so
 * accessibility and HTML validation run once per template instead of once per entry.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { routePattern } from '../../src/integrations/sites.ts';
import { PROJECT } from '../helpers/content.ts';
import { listFiles } from '../helpers/build.ts';

export const SITES = ['trust', 'trust-private', 'handbook'] as const;
export type SiteName = (typeof SITES)[number];
const KIND: Record<SiteName, 'trust' | 'handbook'> = {
	trust: 'trust',
	'trust-private': 'trust',
	handbook: 'handbook',
};

/**
 * Pages screenshotted at both widths and required to be reachable by links from the home
 * page. Edit this list when the information architecture changes; a missing page fails.
 */
export const KEY_PAGES: Record<'trust' | 'handbook', string[]> = {
	trust: [
		'/',
		'/security/',
		'/answers/',
		'/controls/',
		'/ai-systems/',
		'/certifications/',
		'/documents/',
		'/subprocessors/',
	],
	handbook: ['/', '/systems/', '/risks/', '/soa/', '/policies/'],
};

export const keyPages = (site: SiteName) => KEY_PAGES[KIND[site]];

/** URL path of a built HTML file: `systems/x/index.html` → `/systems/x/`, `404.html` → `/404.html`. */
export function htmlPath(file: string): string {
	const path = `/${file.split(sep).join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every HTML page of a built site, as URL paths, sorted. */
export function htmlPages(siteDir: string): string[] {
	return listFiles(siteDir)
		.filter((file) => file.endsWith('.html'))
		.map(htmlPath);
}

/** Route patterns of a site kind (`/systems/[id]`), from its route files and the shared src/pages/. */
export function routePatterns(kind: 'trust' | 'handbook', project = PROJECT): string[] {
	const patterns: string[] = [];
	for (const dir of [join(project, 'src/sites', kind), join(project, 'src/pages')]) {
		for (const file of routeFiles(dir))
			patterns.push(routePattern(relative(dir, file).split(sep).join('/')));
	}
	return [...new Set(patterns)];
}

function routeFiles(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			if (name.startsWith('_')) return [];
			if (statSync(path).isDirectory()) return routeFiles(path);
			return /\.(astro|md|mdx)$/.test(name) ? [path] : [];
		});
}

/** A route pattern as a regular expression over URL paths, with or without the trailing slash. */
function patternRegex(pattern: string): RegExp {
	const body = pattern
		.split('/')
		.map((segment) =>
			segment
				.replace(/\[\.\.\.[^\]]+\]/g, '\u0001')
				.replace(/\[[^\]]+\]/g, '\u0000')
				.replace(/[.*+?^${}()|\\]/g, '\\$&')
				.replace(/\u0000/g, '[^/]+')
				.replace(/\u0001/g, '.*'),
		)
		.join('/');
	return new RegExp(`^${body}(/|\\.html|/index\\.html)?$`);
}

/** Static routes before dynamic ones, rest parameters last: the order Astro matches in. */
function specificity(pattern: string): number {
	return (pattern.match(/\[\.\.\./g)?.length ?? 0) * 100 + (pattern.match(/\[/g)?.length ?? 0);
}

/**
 * Groups page paths by the route that made them, from `patterns`. A page no pattern matches
 * (a route file added somewhere this helper does not know) is its own group, so it is still checked.
 */
export function groupByRoute(paths: string[], patterns: string[]): Map<string, string[]> {
	const ordered = [...patterns]
		.sort((a, b) => specificity(a) - specificity(b) || a.localeCompare(b))
		.map((p) => [p, patternRegex(p)] as const);
	const groups = new Map<string, string[]>();
	for (const path of [...paths].sort()) {
		const key = ordered.find(([, regex]) => regex.test(path))?.[0] ?? path;
		groups.set(key, [...(groups.get(key) ?? []), path]);
	}
	return groups;
}

/**
 * One page per template: the largest page of each route, because the entry with the most
 * fields filled in exercises the most of its template.
 */
export function representativePages(
	siteDir: string,
	site: SiteName,
): { route: string; path: string }[] {
	const sizes = new Map(
		listFiles(siteDir)
			.filter((f) => f.endsWith('.html'))
			.map((f) => [htmlPath(f), statSync(join(siteDir, f)).size]),
	);
	const groups = groupByRoute([...sizes.keys()], routePatterns(KIND[site]));
	return [...groups].map(([route, paths]) => ({
		route,
		path: paths.reduce((best, p) => (sizes.get(p)! > sizes.get(best)! ? p : best)),
	}));
}
