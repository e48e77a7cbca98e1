/**
 * Each site in a real browser, under the production headers: every page reachable by links
 * from the home page loads with no console error, no uncaught exception, no failed request
 * and no Content-Security-Policy violation, and does not scroll sideways on a desktop; one
 * page per template does not scroll sideways on a phone; the key pages are reachable and get
 * screenshots at both widths in test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
	crawl,
	formatProblems,
	horizontalOverflow,
	launchBrowser,
	VIEWPORTS,
	watchProblems,
	type LaunchedBrowser,
} from '../helpers/browser.ts';
import { PROJECT } from '../helpers/content.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import { htmlPages, keyPages, representativePages, SITES } from '../quality/_pages.ts';

const SCREENSHOTS = join(PROJECT, 'test-results/screenshots');
let chromium: LaunchedBrowser;

beforeAll(async () => {
	chromium = await launchBrowser();
	mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => chromium?.close());

describe.each(SITES)('%s', (site) => {
	const dir = join(inject('exampleDist'), site);
	let server: StaticServer;
	let visited: string[] = [];
	beforeAll(async () => {
		server = await serve(dir);
	});
	afterAll(async () => server?.close());

	test('every page reachable from the home page loads cleanly under the strict CSP and fits a desktop', async () => {
		const context = await chromium.browser.newContext({ viewport: VIEWPORTS.desktop });
		const problems = await watchProblems(context);
		const page = await context.newPage();
		const statuses: string[] = [];
		const overflowing: string[] = [];
		try {
			visited = await crawl(page, server.url, async (path, status) => {
				if (status !== 200) statuses.push(`  ${path}: HTTP ${status}`);
				const overflow = await horizontalOverflow(page);
				if (overflow > 0)
					overflowing.push(
						`  ${path}: ${overflow}px wider than ${VIEWPORTS.desktop.width}px (${await widestElement(page)})`,
					);
			});
		} finally {
			await context.close();
		}
		expect(
			statuses,
			`pages linked from the site that do not load:\n${statuses.join('\n')}`,
		).toEqual([]);
		expect(problems, `problems on ${site}:\n${formatProblems(problems)}`).toEqual([]);
		expect(
			overflowing,
			`pages of ${site} wider than a desktop screen:\n${overflowing.join('\n')}`,
		).toEqual([]);
		// A page no link reaches is a page nobody finds (the 404 page is reached by mistake only).
		const orphans = htmlPages(dir).filter((p) => p !== '/404.html' && !visited.includes(p));
		expect(orphans, `pages of ${site} no link reaches from the home page`).toEqual([]);
	});

	test('the key pages are reachable by links from the home page', () => {
		expect(visited.length, 'the crawl did not run').toBeGreaterThan(0);
		const missing = keyPages(site).filter((p) => !visited.includes(p));
		expect(
			missing,
			`key pages (KEY_PAGES in tests/quality/_pages.ts) not linked from ${site}: ${missing.join(', ')}`,
		).toEqual([]);
	});

	test('no page template scrolls sideways at phone width', async () => {
		const context = await chromium.browser.newContext({ viewport: VIEWPORTS.phone });
		const page = await context.newPage();
		const overflowing: string[] = [];
		try {
			for (const { path } of representativePages(dir, site)) {
				await page.goto(server.url + path, { waitUntil: 'load' });
				const overflow = await horizontalOverflow(page);
				if (overflow > 0)
					overflowing.push(
						`  ${path}: ${overflow}px wider than ${VIEWPORTS.phone.width}px (${await widestElement(page)})`,
					);
			}
		} finally {
			await context.close();
		}
		expect(
			overflowing,
			`pages of ${site} wider than a phone screen:\n${overflowing.join('\n')}`,
		).toEqual([]);
	});

	test.each(Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[])(
		'key pages exist and are screenshotted at %s width',
		async (width) => {
			const context = await chromium.browser.newContext({ viewport: VIEWPORTS[width] });
			const page = await context.newPage();
			const missing: string[] = [];
			try {
				for (const path of keyPages(site)) {
					const response = await page.goto(server.url + path, { waitUntil: 'load' });
					if (response?.status() !== 200) {
						missing.push(`${path} (HTTP ${response?.status()})`);
						continue;
					}
					const name = `${site}${path === '/' ? '/home' : path.replace(/\/$/, '')}`.replace(
						/\//g,
						'_',
					);
					await page.screenshot({
						path: join(SCREENSHOTS, `${name}.${width}.png`),
						fullPage: true,
					});
				}
			} finally {
				await context.close();
			}
			expect(
				missing,
				`key pages of ${site} missing (edit KEY_PAGES in tests/quality/_pages.ts if they moved)`,
			).toEqual([]);
		},
	);
});

/** The element that sticks out furthest to the right, to say what to fix. */
function widestElement(page: import('playwright-core').Page): Promise<string> {
	return page.evaluate(() => {
		let widest: Element | undefined;
		let right = document.documentElement.clientWidth;
		for (const element of document.body.querySelectorAll('*')) {
			const box = element.getBoundingClientRect();
			if (box.right > right) [widest, right] = [element, box.right];
		}
		if (!widest) return 'unknown element';
		return `${widest.tagName.toLowerCase()}${widest.id ? `#${widest.id}` : ''}${widest.classList.length ? `.${[...widest.classList].join('.')}` : ''} reaches ${Math.round(right)}px`;
	});
}
