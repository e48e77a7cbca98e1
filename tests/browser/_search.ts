/** Search helpers shared by the search tests: selectors of each site's search box, and Pagefind's API in the page. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { formatProblems, watchProblems, type LaunchedBrowser } from '../helpers/browser.ts';
import type { StaticServer } from '../helpers/server.ts';

/**
 * Each site's search box: the page it is on, the input, an element that appears once the
 * search has answered, and the elements that show a hit (one must contain the word). Adjust
 * here when the markup changes. Trust: src/components/trust/AnswerSearch.astro filters the
 * answers in place; handbook: src/components/handbook/SearchForm.astro submits to /search/.
 */
export const SEARCH_UI = {
	trust: {
		path: '/answers/',
		input: '#answer-query',
		settled: '[data-search-status]:not(:empty)',
		result: '[data-answer]:not([hidden])',
	},
	handbook: {
		path: '/search/',
		input: '#search-q',
		settled: '[data-search-results] a',
		result: '[data-search-results] li',
	},
} as const;

/**
 * URLs of Pagefind's results for `word`, searched by the site's own index in the page, with
 * every bundle merged once per page, as the sites' own search code does (src/lib/search/browser.ts). The
 * script is a string: Vitest rewrites `import()` in test code, and this one must run in the page.
 */
export function pagefindUrls(page: Page, word: string): Promise<string[]> {
	return page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		window.aimsMerged ??= (async () => { for (const bundle of await (await fetch('/pagefind/bundles.json')).json()) await pagefind.mergeIndex(bundle); })();
		await window.aimsMerged;
		const found = await pagefind.search(${JSON.stringify(word)});
		return Promise.all(found.results.slice(0, 50).map(async (result) => (await result.data()).url));
	})()`);
}

export function textOf(entry: { data: object; body?: string }): string {
	return `${JSON.stringify(entry.data)} ${entry.body ?? ''}`;
}

/** Pagefind's filter counts over the whole index (every bundle merged), as the page sees them. */
export function pagefindFilters(page: Page): Promise<Record<string, Record<string, number>>> {
	return page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		window.aimsMerged ??= (async () => { for (const bundle of await (await fetch('/pagefind/bundles.json')).json()) await pagefind.mergeIndex(bundle); })();
		await window.aimsMerged;
		return pagefind.filters();
	})()`);
}

export async function expectSearchBox(
	chromium: LaunchedBrowser,
	server: StaticServer,
	ui: (typeof SEARCH_UI)[keyof typeof SEARCH_UI],
	word: string,
) {
	const context = await chromium.browser.newContext();
	const problems = await watchProblems(context);
	const page = await context.newPage();
	try {
		await page.goto(server.url + ui.path);
		const input = page.locator(ui.input);
		expect(
			await input.count(),
			`no search box matching ${ui.input} on ${ui.path} (SEARCH_UI in tests/browser/_search.ts)`,
		).toBe(1);
		await input.fill(word);
		await input.press('Enter');
		await page.locator(ui.settled).first().waitFor({ timeout: 60_000 });
		const hits = page.locator(ui.result, { hasText: new RegExp(word, 'i') });
		expect(
			await hits.count(),
			`no result (${ui.result}) shows "${word}" on ${page.url()}`,
		).toBeGreaterThan(0);
		await expect(hits.first().isVisible()).resolves.toBe(true);
	} finally {
		await context.close();
	}
	expect(problems, formatProblems(problems)).toEqual([]);
}
