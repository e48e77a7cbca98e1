/**
 * The handbook as staff and auditors use it, in a real browser: search pages through every
 * result of a broad query, with facet counts that follow the query and filters kept in the
 * address; the inventory filter works without JavaScript (links to static filter pages) and,
 * with it, combines filters in the address; the phone menu collapses without JavaScript; the
 * audit pack prints.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { checkContent } from '../../src/lib/pipeline.ts';
import { createView, type AudienceView } from '../../src/lib/views/audience.ts';
import {
	formatProblems,
	launchBrowser,
	VIEWPORTS,
	watchProblems,
	type LaunchedBrowser,
} from '../helpers/browser.ts';
import { AS_OF } from '../helpers/build.ts';
import { EXAMPLE, PROJECT } from '../helpers/content.ts';
import { serve, type StaticServer } from '../helpers/server.ts';

const SHOTS = join(PROJECT, 'test-results/screenshots');
let chromium: LaunchedBrowser;
let server: StaticServer;
let view: AudienceView;

beforeAll(async () => {
	chromium = await launchBrowser();
	server = await serve(join(inject('exampleDist'), 'handbook'));
	view = createView(
		checkContent({ root: PROJECT, contentDir: EXAMPLE, asOf: AS_OF }).entries,
		'internal',
	);
	mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
	await server?.close();
	await chromium?.close();
});

/** Pagefind's own count of results for a term over the merged index, as the page's script sees it. */
function pagefindCount(page: import('playwright-core').Page, term: string): Promise<number> {
	return page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		for (const bundle of await (await fetch('/pagefind/bundles.json')).json()) await pagefind.mergeIndex(bundle);
		return (await pagefind.search(${JSON.stringify(term)})).results.length;
	})()`);
}

describe('handbook search', () => {
	test('every result of a broad query is reachable with “Show more results”, each once', async () => {
		const context = await chromium.browser.newContext();
		const problems = await watchProblems(context);
		const page = await context.newPage();
		try {
			await page.goto(`${server.url}/search/?q=ai`);
			await page.locator('[data-search-results] li').first().waitFor({ timeout: 20_000 });
			const total = Number(
				(await page.locator('[data-search-status]').textContent())?.match(/^(\d+) result/)?.[1],
			);
			expect(total, 'a broad query has more results than one page').toBeGreaterThan(20);
			const more = page.locator('[data-search-more]');
			while (await more.isVisible()) {
				const before = await page.locator('[data-search-results] li').count();
				await more.click();
				await page.waitForFunction(
					(n) => document.querySelectorAll('[data-search-results] li').length > n,
					before,
					{ timeout: 20_000 },
				);
			}
			const urls = await page
				.locator('[data-search-results] li > a')
				.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
			expect(urls).toHaveLength(total);
			expect(new Set(urls).size).toBe(total);
			expect(total).toBe(await pagefindCount(page, 'ai'));
			await expect(page.locator('[data-search-status]').textContent()).resolves.toContain(
				'showing all',
			);
			// Snippets carry the hit highlighted.
			expect(await page.locator('[data-search-results] li p mark').count()).toBeGreaterThan(0);
		} finally {
			await context.close();
		}
		expect(problems, formatProblems(problems)).toEqual([]);
	});

	test('facets show labels, and their counts follow the query and add up to the results', async () => {
		const context = await chromium.browser.newContext();
		const page = await context.newPage();
		try {
			await page.goto(`${server.url}/search/?q=bias`);
			await page.locator('[data-search-results] li').first().waitFor({ timeout: 20_000 });
			const total = Number(
				(await page.locator('[data-search-status]').textContent())?.match(/^(\d+) result/)?.[1],
			);
			const typeCounts = await page
				.locator('[data-search-filters] input[name="type"]')
				.evaluateAll((boxes) =>
					boxes.map((box) =>
						Number(box.parentElement?.querySelector('.hb-count')?.textContent?.replace(/\D/g, '')),
					),
				);
			// Every page has exactly one type, so the type counts of the query add up to its results.
			expect(typeCounts.reduce((a, b) => a + b, 0)).toBe(total);
			const legends = await page.locator('[data-search-filters] legend').allTextContents();
			expect(legends).toEqual(expect.arrayContaining(['Page type', 'EU AI Act tier']));
			const tierLabels = await page
				.locator('[data-search-filters] input[name="tier"]')
				.evaluateAll((boxes) => boxes.map((box) => box.parentElement!.textContent!.trim()));
			for (const tier of new Set(view.entries.systems.map((s) => s.data.euAiAct.tier)))
				expect(
					tierLabels.some((label) => label.startsWith(tier)),
					`tier ${tier} shown as its code`,
				).toBe(false);
			// A narrower query gives smaller counts than no query at all.
			await page.goto(`${server.url}/search/?type=Risk`);
			await page.locator('[data-search-results] li').first().waitFor({ timeout: 20_000 });
			const risks = Number(
				(await page.locator('[data-search-status]').textContent())?.match(/^(\d+) result/)?.[1],
			);
			// Every risk page, and the register itself, are of type Risk.
			expect(risks).toBeGreaterThanOrEqual(view.entries.risks.length);
			expect(
				new Set(await page.locator('[data-search-results] .hb-badge').allTextContents()),
			).toEqual(new Set(['Risk']));
			await expect(page.locator('input[name="type"][value="Risk"]').isChecked()).resolves.toBe(
				true,
			);
		} finally {
			await context.close();
		}
	});

	test('“/” focuses the search box from any page', async () => {
		const context = await chromium.browser.newContext();
		const page = await context.newPage();
		try {
			await page.goto(`${server.url}/risks/`);
			await page.keyboard.press('/');
			await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('hb-q');
		} finally {
			await context.close();
		}
	});
});

describe('inventory filter', () => {
	const tier = () => {
		const counts = new Map<string, number>();
		for (const s of view.entries.systems)
			counts.set(s.data.euAiAct.tier, (counts.get(s.data.euAiAct.tier) ?? 0) + 1);
		return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
	};

	test('without JavaScript the filter is links to the static filter pages', async () => {
		const context = await chromium.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		try {
			await page.goto(`${server.url}/systems/`);
			await page
				.locator(`[data-system-filter] a[data-facet="tier"][data-value="${tier()}"]`)
				.click();
			await page.waitForURL(`**/systems/tier/${tier()}/`);
			const rows = await page.locator('[data-systems-table] tbody tr').count();
			expect(rows).toBe(view.entries.systems.filter((s) => s.data.euAiAct.tier === tier()).length);
			await expect(
				page.locator(`[data-system-filter] a[data-value="${tier()}"]`).getAttribute('aria-current'),
			).resolves.toBe('page');
			expect(await page.locator('form select').count(), 'no form that needs JavaScript').toBe(0);
		} finally {
			await context.close();
		}
	});

	test('with JavaScript two filters combine, the address keeps them, and a reload restores them', async () => {
		const context = await chromium.browser.newContext();
		const problems = await watchProblems(context);
		const page = await context.newPage();
		const t = tier();
		const stage = view.entries.systems.find((s) => s.data.euAiAct.tier === t)!.data.stage;
		const expected = view.entries.systems
			.filter((s) => s.data.euAiAct.tier === t && s.data.stage === stage)
			.map((s) => s.id)
			.sort();
		try {
			await page.goto(`${server.url}/systems/`);
			await page.locator(`[data-system-filter] a[data-facet="tier"][data-value="${t}"]`).click();
			await page
				.locator(`[data-system-filter] a[data-facet="stage"][data-value="${stage}"]`)
				.click();
			const url = new URL(page.url());
			expect(url.pathname).toBe('/systems/');
			expect(url.searchParams.get('tier')).toBe(t);
			expect(url.searchParams.get('stage')).toBe(stage);
			const ids = async () =>
				(
					await page
						.locator('[data-systems-table] tbody tr')
						.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.system))
				).sort();
			expect(await ids()).toEqual(expected);
			await page.reload();
			await page.waitForFunction(
				(n) => document.querySelectorAll('[data-systems-table] tbody tr').length === n,
				expected.length,
			);
			expect(await ids()).toEqual(expected);
			await expect(page.locator('[data-system-filter-status]').textContent()).resolves.toBe(
				`Showing ${expected.length} of ${view.entries.systems.length} AI systems.`,
			);
		} finally {
			await context.close();
		}
		expect(problems, formatProblems(problems)).toEqual([]);
	});
});

describe('reading on a phone', () => {
	test('the area menu is closed above the content and opens without JavaScript', async () => {
		const context = await chromium.browser.newContext({
			viewport: VIEWPORTS.phone,
			javaScriptEnabled: false,
		});
		const page = await context.newPage();
		try {
			await page.goto(`${server.url}/policies/`);
			await expect(page.locator('.hb-sidebar').isVisible()).resolves.toBe(false);
			const menu = page.locator('details.hb-menu');
			await expect(menu.getAttribute('open')).resolves.toBeNull();
			const main = await page.locator('main h1').boundingBox();
			expect(main!.y, 'the heading is on the first screen').toBeLessThan(
				VIEWPORTS.phone.height / 2,
			);
			await menu.locator('summary').click();
			await expect(menu.locator('a[href="/risks/"]').isVisible()).resolves.toBe(true);
		} finally {
			await context.close();
		}
	});
});

/**
 * What of each table caption and table lies beyond the visible width, in the page's own
 * browser: a caption's text must wrap inside the box that shows it (the viewport, or the
 * sideways-scrolling box around its table), and a table wider than the viewport must sit in
 * such a box. Returns one line per problem.
 */
function cutTables(page: import('playwright-core').Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const scroller = (el: Element) => {
			for (let p = el.parentElement; p; p = p.parentElement)
				if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return p;
			return null;
		};
		const problems: string[] = [];
		for (const caption of document.querySelectorAll('caption')) {
			const box = scroller(caption);
			const visibleRight = Math.min(width, box ? box.getBoundingClientRect().right : width);
			const range = document.createRange();
			range.selectNodeContents(caption);
			const right = Math.max(...[...range.getClientRects()].map((r) => r.right));
			if (right > visibleRight + 1)
				problems.push(
					`caption “${caption.textContent?.trim()}” ends at ${Math.round(right)} px, beyond ${Math.round(visibleRight)} px`,
				);
		}
		for (const table of document.querySelectorAll('table')) {
			const box = scroller(table);
			const right = table.getBoundingClientRect().right;
			if (right > width + 1 && (!box || box.getBoundingClientRect().right > width + 1))
				problems.push(
					`table “${table.querySelector('caption')?.textContent?.trim()}” is ${Math.round(right)} px wide without a scrolling box`,
				);
		}
		return problems;
	});
}

describe('tables on a phone', () => {
	// The pages whose captions were cut at 390 px (long captions in sideways-scrolling tables), and
	// the table-heaviest pages of each kind.
	const PAGES = [
		'/',
		'/audit-pack/',
		'/audits/',
		'/people/',
		'/soa/',
		'/soa/clauses/',
		'/policies/ai-policy/',
		'/risks/',
		'/systems/',
		'/incidents/',
	];
	test('no caption is cut and no table is wider than the screen outside a scrolling box, at 390 px', async () => {
		const context = await chromium.browser.newContext({ viewport: VIEWPORTS.phone });
		const page = await context.newPage();
		try {
			const problems: string[] = [];
			let captions = 0;
			for (const path of PAGES) {
				await page.goto(`${server.url}${path}`);
				captions += await page.locator('caption').count();
				for (const problem of await cutTables(page)) problems.push(`${path}: ${problem}`);
			}
			expect(problems).toEqual([]);
			expect(captions, 'the pages hold captioned tables to check').toBeGreaterThan(20);
		} finally {
			await context.close();
		}
	}, 120_000);
});

describe('audit pack', () => {
	test('in print: a cover, no navigation, no table wider than an A4 page, links outside the handbook print their address', async () => {
		// A4 less the 12 mm side margins of the print stylesheet, in CSS pixels (96 per inch).
		const paperWidth = Math.floor(((210 - 24) / 25.4) * 96);
		const context = await chromium.browser.newContext({
			viewport: { width: paperWidth, height: 1000 },
		});
		const page = await context.newPage();
		try {
			await page.goto(`${server.url}/audit-pack/`);
			await page.emulateMedia({ media: 'print' });
			for (const selector of [
				'nav',
				'.hb-header',
				'.hb-sidebar',
				'.hb-menu',
				'.hb-search',
				'.hb-toc',
				'.hb-toc-menu',
				'.hb-crumbs',
				'.skip',
			]) {
				const shown = await page
					.locator(selector)
					.evaluateAll((all) => all.filter((el) => el.getClientRects().length > 0).length);
				expect(shown, `${selector} is not printed`).toBe(0);
			}
			for (const field of ['[data-pack-org]', '[data-pack-date]', '[data-pack-scope]'])
				await expect(page.locator(field).isVisible(), field).resolves.toBe(true);
			const wide = await page.evaluate(
				(width) =>
					[...document.querySelectorAll('table')]
						.filter(
							(t) =>
								t.getBoundingClientRect().right > width + 1 || t.scrollWidth > t.clientWidth + 1,
						)
						.map((t) => t.querySelector('caption')?.textContent?.trim()),
				paperWidth,
			);
			expect(wide).toEqual([]);
			expect(await page.locator('table').count()).toBeGreaterThan(5);
			expect(await cutTables(page)).toEqual([]);
			const headers = await page
				.locator('thead')
				.evaluateAll((all) => all.map((t) => getComputedStyle(t).display));
			expect(new Set(headers), 'header rows repeat on every page').toEqual(
				new Set(['table-header-group']),
			);
			const printed = await page
				.locator('.hb-audit-pack a[href^="https:"]')
				.first()
				.evaluate((a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content]);
			expect(printed[1], 'the address is printed after the link').toContain(printed[0]);
			const headingBreak = await page
				.locator('.hb-audit-pack h2')
				.first()
				.evaluate((h) => getComputedStyle(h).breakAfter);
			expect(headingBreak, 'a heading is never the last line of a page').toBe('avoid-page');
		} finally {
			await context.close();
		}
	});

	test('prints: navigation is left out, each part starts a page, and the PDF has them all', async () => {
		const context = await chromium.browser.newContext();
		const page = await context.newPage();
		try {
			await page.goto(`${server.url}/audit-pack/`);
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.hb-sidebar').isVisible()).resolves.toBe(false);
			await expect(page.locator('.hb-header').isVisible()).resolves.toBe(false);
			await expect(page.locator('[data-pack-date]').isVisible()).resolves.toBe(true);
			await page.screenshot({
				path: join(SHOTS, 'handbook-audit-pack-print.png'),
				fullPage: false,
			});
			const pdf = await page.pdf({ format: 'A4', printBackground: true });
			const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
			// Five parts, each on a new page after the cover.
			expect(pages).toBeGreaterThanOrEqual(6);
		} finally {
			await context.close();
		}
	});
});
