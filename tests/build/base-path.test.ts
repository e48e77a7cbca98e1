/**
 * A site served under a path: the example organisation with each site's address on a path
 * (the trust center at https://example.org/aims/trust-center/, the NDA trust center at
 * https://example.org/aims/nda/, the handbook at https://intranet.example.org/aims/handbook/),
 * built with `npm run build` and served under that path and nowhere else. linkinator follows
 * every link, image, stylesheet and script of every page (an address that escapes the base is
 * a 404, as it is on the real host); every absolute address a site writes on its own host
 * (canonical URLs, Open Graph images, the sitemap, robots.txt, security.txt, feeds, trust.json,
 * the exports) must be under the site's address and name a file it built; and a real browser
 * searches each site through its Pagefind index, whose results must be under the base too.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatProblems, launchBrowser, watchProblems } from '../helpers/browser.ts';
import { build, listFiles, readText } from '../helpers/build.ts';
import { contentTree, EXAMPLE, TMP, writeContent } from '../helpers/content.ts';
import { serve } from '../helpers/server.ts';
import { brokenLinks, formatBroken } from '../quality/_links.ts';

/** Each site: the example's address, and the one it is given here, with its path. */
const SITES = {
	trust: {
		from: 'https://trust.northwind-analytics.example',
		to: 'https://example.org/aims/trust-center',
		base: '/aims/trust-center/',
	},
	'trust-private': {
		from: 'https://trust-private.northwind-analytics.example',
		to: 'https://example.org/aims/nda',
		base: '/aims/nda/',
	},
	handbook: {
		from: 'https://handbook.northwind-analytics.example',
		to: 'https://intranet.example.org/aims/handbook',
		base: '/aims/handbook/',
	},
} as const;
type Name = keyof typeof SITES;
/** The links of the search page's results, on every site. */
const RESULTS = '[data-search-results] a';
const NAMES = Object.keys(SITES) as Name[];

const tree = `base-path-${process.pid}`;
const out = join(TMP, tree, 'dist');
let output = '';

beforeAll(() => {
	const { content } = contentTree(tree, EXAMPLE);
	// Only the organisation entry changes: its addresses, and the security contact and policy
	// URLs on the trust center's host, which security.txt publishes and the check resolves.
	const file = 'organization/organization.yaml';
	let organization = readFileSync(join(content, file), 'utf8');
	for (const { from, to } of Object.values(SITES)) organization = organization.replaceAll(from, to);
	writeContent(content, file, organization);
	const result = build(content, out);
	output = result.output;
	expect(result.status, result.output).toBe(0);
});

afterAll(() => rmSync(join(TMP, tree), { recursive: true, force: true }));

describe.each(NAMES)('%s served under its base path', (name) => {
	const { to, base } = SITES[name];
	const dir = () => join(out, name);

	test('every link, asset and fragment resolves under the base, and none escapes it', async () => {
		const { broken, checked } = await brokenLinks(dir(), base);
		expect(checked, `the checker found no links at all\n${output}`).toBeGreaterThan(20);
		expect(broken, `broken links on ${name}:\n${formatBroken(broken)}`).toEqual([]);
	});

	test('every absolute address on a site host is under a site address and names a file it built', () => {
		const origin = new URL(to).origin;
		const found: string[] = [];
		const wrong: string[] = [];
		for (const file of listFiles(dir())) {
			// OSCAL's property namespace is an identifier on the organisation's host, not an
			// address anyone follows (src/lib/exports/oscal.ts).
			const text = readText(dir(), file).replace(/"ns": "[^"]*"/g, '');
			for (const [url] of text.matchAll(new RegExp(`${escape(origin)}[^\\s"'<>\\\\)]*`, 'g'))) {
				found.push(url);
				if (!builtFileAt(url)) wrong.push(`${url} in ${file}`);
			}
		}
		expect(found.length, 'no absolute address on the site’s host at all').toBeGreaterThan(0);
		expect(wrong, wrong.join('\n')).toEqual([]);
	});
});

test('security.txt, robots.txt and the sitemap name the trust center’s address', () => {
	const dir = join(out, 'trust');
	const { to, base } = SITES.trust;
	expect(readFileSync(join(dir, '.well-known/security.txt'), 'utf8')).toContain(
		`Canonical: ${to}/.well-known/security.txt\n`,
	);
	expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toBe(
		`User-agent: *\nAllow: ${base}\n\nSitemap: ${to}/sitemap.xml\n`,
	);
	expect(readFileSync(join(dir, 'sitemap.xml'), 'utf8')).toContain(`<loc>${to}/controls/</loc>`);
});

describe('search under the base path', () => {
	test.each(NAMES)(
		'%s: Pagefind loads its index under the base and its results stay there',
		async (name) => {
			const { base } = SITES[name];
			const chromium = await launchBrowser();
			const server = await serve(join(out, name), undefined, base);
			try {
				const context = await chromium.browser.newContext();
				const problems = await watchProblems(context);
				const page = await context.newPage();
				await page.goto(`${server.url}${base}search/?q=ai`);
				await page.locator(RESULTS).first().waitFor({ timeout: 60_000 });
				const hrefs = await page
					.locator(RESULTS)
					.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
				expect(hrefs.length).toBeGreaterThan(0);
				expect(hrefs.filter((href) => !href.startsWith(base))).toEqual([]);
				const first = await fetch(`${server.url}${hrefs[0]}`);
				expect(first.status, hrefs[0]).toBe(200);
				await context.close();
				expect(problems, formatProblems(problems)).toEqual([]);
			} finally {
				await server.close();
				await chromium.close();
			}
		},
	);
});

/**
 * Whether an absolute URL names a file one of the sites built: under that site's address
 * (the address itself is its home page), as a static host serves it (`/security` is the
 * directory `/security/`).
 */
function builtFileAt(url: string): boolean {
	const { pathname, origin } = new URL(url);
	return NAMES.some((name) => {
		const { to, base } = SITES[name];
		if (new URL(to).origin !== origin || !`${pathname}/`.startsWith(base)) return false;
		const inside = decodeURIComponent(pathname.slice(base.length));
		const dir = join(out, name);
		return [inside, join(inside, 'index.html')].some(
			(file) => file !== '' && existsSync(join(dir, file)) && statSync(join(dir, file)).isFile(),
		);
	});
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
