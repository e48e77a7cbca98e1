/**
 * Search in a real browser over each site's real Pagefind index: the trust center finds an
 * answer by a word of its text, the handbook finds a risk by a word of its treatment plan and
 * a policy by a word of its body. Words are picked from the content, as the rarest word of
 * the entry, so a hit proves the index holds that entry rather than a page that lists many.
 * The API tests drive Pagefind's own JavaScript; the UI tests type into each site's search box.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { hrefOf } from '../../src/lib/handbook/routes.ts';
import { checkContent } from '../../src/lib/pipeline.ts';
import { createView, type AudienceView } from '../../src/lib/views/audience.ts';
import { formatProblems, launchBrowser, watchProblems, type LaunchedBrowser } from '../helpers/browser.ts';
import { AS_OF } from '../helpers/build.ts';
import { EXAMPLE, PROJECT } from '../helpers/content.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import { distinctiveWord } from './_words.ts';

/**
 * Each site's search box: the page it is on, the input, an element that appears once the
 * search has answered, and the elements that show a hit (one must contain the word). Adjust
 * here when the markup changes. Trust: src/components/trust/AnswerSearch.astro filters the
 * answers in place; handbook: src/components/handbook/SearchForm.astro submits to /search/.
 */
export const SEARCH_UI = {
	trust: { path: '/answers/', input: '#answer-query', settled: '[data-search-status]:not(:empty)', result: '[data-answer]:not([hidden])' },
	handbook: { path: '/search/', input: '#search-q', settled: '[data-search-results] a', result: '[data-search-results] li' },
} as const;

let chromium: LaunchedBrowser;
const views: Partial<Record<'public' | 'internal', AudienceView>> = {};
const view = (audience: 'public' | 'internal') => (views[audience] ??= createView(checkContent({ root: PROJECT, contentDir: EXAMPLE, asOf: AS_OF }).entries, audience));

beforeAll(async () => {
	chromium = await launchBrowser();
});
afterAll(async () => chromium?.close());

/**
 * URLs of Pagefind's results for `word`, searched by the site's own index in the page. The
 * script is a string: Vitest rewrites `import()` in test code, and this one must run in the page.
 */
function pagefindUrls(page: Page, word: string): Promise<string[]> {
	return page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		const found = await pagefind.search(${JSON.stringify(word)});
		return Promise.all(found.results.slice(0, 50).map(async (result) => (await result.data()).url));
	})()`);
}

function textOf(entry: { data: object; body?: string }): string {
	return `${JSON.stringify(entry.data)} ${entry.body ?? ''}`;
}

describe('trust center search', () => {
	let server: StaticServer;
	let word: string;
	beforeAll(async () => {
		const dir = join(inject('exampleDist'), 'trust');
		server = await serve(dir);
		const answers = view('public').entries.answers;
		if (answers.length === 0) throw new Error('the example organisation has no public answer to search for');
		// A word of an answer's body that the built answers page really shows.
		const answersPage = readFileSync(join(dir, 'answers/index.html'), 'utf8');
		word = distinctiveWord(answers.map((a) => a.body ?? ''), Object.values(view('public').entries).flat(), textOf, answersPage);
	});
	afterAll(async () => server?.close());

	test('Pagefind finds an answer by a word of its text', async () => {
		const context = await chromium.browser.newContext();
		const problems = await watchProblems(context);
		const page = await context.newPage();
		await page.goto(`${server.url}/`);
		const urls = await pagefindUrls(page, word);
		await context.close();
		expect(urls.some((url) => url.startsWith('/answers/')), `searching "${word}" found ${JSON.stringify(urls)}`).toBe(true);
		expect(problems, formatProblems(problems)).toEqual([]);
	});

	test('the search box shows a result for it', async () => {
		await expectSearchBox(server, SEARCH_UI.trust, word);
	});
});

describe('handbook search', () => {
	let server: StaticServer;
	beforeAll(async () => {
		server = await serve(join(inject('exampleDist'), 'handbook'));
	});
	afterAll(async () => server?.close());

	test('Pagefind finds a risk by a word of its treatment plan, and a policy by a word of its body', async () => {
		const internal = view('internal').entries;
		const all = Object.values(internal).flat();
		const risk = internal.risks[0];
		const policy = internal.policies.find((p) => (p.body ?? '').trim().length > 0);
		if (!risk || !policy) throw new Error('the example organisation needs a risk and a policy with a body to search for');
		const riskWord = distinctiveWord([risk.data.treatmentPlan], all, textOf);
		const policyWord = distinctiveWord([policy.body!], all, textOf);

		const context = await chromium.browser.newContext();
		const problems = await watchProblems(context);
		const page = await context.newPage();
		await page.goto(`${server.url}/`);
		const riskUrls = await pagefindUrls(page, riskWord);
		const policyUrls = await pagefindUrls(page, policyWord);
		await context.close();
		expect(riskUrls, `searching "${riskWord}" (treatment plan of ${risk.id})`).toContain(hrefOf(risk));
		expect(policyUrls, `searching "${policyWord}" (body of ${policy.id})`).toContain(hrefOf(policy));
		expect(problems, formatProblems(problems)).toEqual([]);
	});

	test('the search box shows a result for a risk', async () => {
		const internal = view('internal').entries;
		const risk = internal.risks[0];
		if (!risk) throw new Error('the example organisation needs a risk to search for');
		await expectSearchBox(server, SEARCH_UI.handbook, distinctiveWord([risk.data.treatmentPlan], Object.values(internal).flat(), textOf));
	});
});

async function expectSearchBox(server: StaticServer, ui: (typeof SEARCH_UI)[keyof typeof SEARCH_UI], word: string) {
	const context = await chromium.browser.newContext();
	const problems = await watchProblems(context);
	const page = await context.newPage();
	try {
		await page.goto(server.url + ui.path);
		const input = page.locator(ui.input);
		expect(await input.count(), `no search box matching ${ui.input} on ${ui.path} (SEARCH_UI in tests/browser/search.test.ts)`).toBe(1);
		await input.fill(word);
		await input.press('Enter');
		await page.locator(ui.settled).first().waitFor({ timeout: 10_000 });
		const hits = page.locator(ui.result, { hasText: new RegExp(word, 'i') });
		expect(await hits.count(), `no result (${ui.result}) shows "${word}" on ${page.url()}`).toBeGreaterThan(0);
		await expect(hits.first().isVisible()).resolves.toBe(true);
	} finally {
		await context.close();
	}
	expect(problems, formatProblems(problems)).toEqual([]);
}
