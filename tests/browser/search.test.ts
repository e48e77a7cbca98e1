/**
 * Search in a real browser over each site's real Pagefind index: the trust center finds an
 * answer by a word of its text, the handbook finds a risk by a word of its treatment plan and
 * a policy by a word of its body. Words are picked from the content, as the rarest word of
 * the entry, so a hit proves the index holds that entry rather than a page that lists many.
 * The API tests drive Pagefind's own JavaScript; the UI tests type into each site's search box.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { hrefOf } from '../../src/lib/handbook/routes.ts';
import { checkContent } from '../../src/lib/pipeline.ts';
import { createView, type AudienceView } from '../../src/lib/views/audience.ts';
import {
	formatProblems,
	launchBrowser,
	watchProblems,
	type LaunchedBrowser,
} from '../helpers/browser.ts';
import { AS_OF } from '../helpers/build.ts';
import { EXAMPLE, PROJECT } from '../helpers/content.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import { distinctiveWord } from './_words.ts';
import { expectSearchBox, pagefindUrls, SEARCH_UI, textOf } from './_search.ts';

let chromium: LaunchedBrowser;
const views: Partial<Record<'public' | 'internal', AudienceView>> = {};
const view = (audience: 'public' | 'internal') =>
	(views[audience] ??= createView(
		checkContent({ root: PROJECT, contentDir: EXAMPLE, asOf: AS_OF }).entries,
		audience,
	));

beforeAll(async () => {
	chromium = await launchBrowser();
});
afterAll(async () => chromium?.close());

describe('trust center search', () => {
	let server: StaticServer;
	let word: string;
	beforeAll(async () => {
		const dir = join(inject('exampleDist'), 'trust');
		server = await serve(dir);
		const answers = view('public').entries.answers;
		if (answers.length === 0)
			throw new Error('the example organisation has no public answer to search for');
		// A word of an answer's body that the built answers page really shows.
		const answersPage = readFileSync(join(dir, 'answers/index.html'), 'utf8');
		word = distinctiveWord(
			answers.map((a) => a.body ?? ''),
			Object.values(view('public').entries).flat(),
			textOf,
			answersPage,
		);
	});
	afterAll(async () => server?.close());

	test('Pagefind finds an answer by a word of its text', async () => {
		const context = await chromium.browser.newContext();
		const problems = await watchProblems(context);
		const page = await context.newPage();
		await page.goto(`${server.url}/`);
		const urls = await pagefindUrls(page, word);
		await context.close();
		expect(
			urls.some((url) => url.startsWith('/answers/')),
			`searching "${word}" found ${JSON.stringify(urls)}`,
		).toBe(true);
		expect(problems, formatProblems(problems)).toEqual([]);
	});

	test('the search box shows a result for it', async () => {
		await expectSearchBox(chromium, server, SEARCH_UI.trust, word);
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
		if (!risk || !policy)
			throw new Error(
				'the example organisation needs a risk and a policy with a body to search for',
			);
		const riskWord = distinctiveWord([risk.data.treatmentPlan], all, textOf);
		const policyWord = distinctiveWord([policy.body!], all, textOf);

		const context = await chromium.browser.newContext();
		const problems = await watchProblems(context);
		const page = await context.newPage();
		await page.goto(`${server.url}/`);
		const riskUrls = await pagefindUrls(page, riskWord);
		const policyUrls = await pagefindUrls(page, policyWord);
		await context.close();
		expect(riskUrls, `searching "${riskWord}" (treatment plan of ${risk.id})`).toContain(
			hrefOf(risk),
		);
		expect(policyUrls, `searching "${policyWord}" (body of ${policy.id})`).toContain(
			hrefOf(policy),
		);
		expect(problems, formatProblems(problems)).toEqual([]);
	});

	test('a filter narrows the results to its page type, and the address keeps it', async () => {
		const context = await chromium.browser.newContext();
		const problems = await watchProblems(context);
		const page = await context.newPage();
		try {
			// A word on pages of many types.
			await page.goto(`${server.url}/search/?q=system`);
			const status = page.locator('[data-search-status]');
			await page.locator('[data-search-results] li').first().waitFor({ timeout: 60_000 });
			const count = async () => Number((await status.textContent())?.match(/^(\d+) result/)?.[1]);
			const before = await count();
			const badges = async () => page.locator('[data-search-results] .hb-badge').allTextContents();
			expect(
				new Set(await badges()).size,
				'results of one type only before filtering',
			).toBeGreaterThan(1);
			await page.locator('[data-search-filters] input[name="type"][value="Risk"]').check();
			await page.waitForFunction(
				(n) =>
					!document.querySelector('[data-search-status]')?.textContent?.startsWith(`${n} result`),
				before,
			);
			const after = await count();
			expect(after).toBeGreaterThan(0);
			expect(after).toBeLessThan(before);
			expect(new Set(await badges())).toEqual(new Set(['Risk']));
			expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['Risk']);
		} finally {
			await context.close();
		}
		expect(problems, formatProblems(problems)).toEqual([]);
	});

	test('the search box shows a result for a risk', async () => {
		const internal = view('internal').entries;
		const risk = internal.risks[0];
		if (!risk) throw new Error('the example organisation needs a risk to search for');
		await expectSearchBox(
			chromium,
			server,
			SEARCH_UI.handbook,
			distinctiveWord([risk.data.treatmentPlan], Object.values(internal).flat(), textOf),
		);
	});
});
