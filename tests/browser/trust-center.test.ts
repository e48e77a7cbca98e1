/**
 * The trust center's own interactions in a real browser, on the example's real build: the
 * answers search (all words must match, aliases count, matches highlighted, a count, “ask us”
 * when nothing matches), the navigation that collapses into a menu on phones without
 * JavaScript, and the site search in the header. Search words come from the content, so the
 * tests follow whatever the example organisation says.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { checkContent } from '../../src/lib/pipeline.ts';
import { tokenize } from '../../src/lib/trust/answer-search.ts';
import { createView } from '../../src/lib/views/audience.ts';
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

const view = createView(
	checkContent({ root: PROJECT, contentDir: EXAMPLE, asOf: AS_OF }).entries,
	'public',
);
const answers = view.entries.answers.map((a) => ({
	id: a.id,
	question: a.data.question,
	aliases: a.data.aliases.join(' '),
	body: a.body ?? '',
}));
const words = (text: string) => new Set(tokenize(text));
const has = (text: string, word: string) =>
	[...words(text)].some((w) => w === word || (word.length >= 4 && w.startsWith(word)));

let chromium: LaunchedBrowser;
let server: StaticServer;
beforeAll(async () => {
	chromium = await launchBrowser();
	server = await serve(join(inject('exampleDist'), 'trust'));
});
afterAll(async () => {
	await server?.close();
	await chromium?.close();
});

/** Types a query into the answers search and returns the ids of the answers shown, in order, and the status line. */
async function searchAnswers(query: string) {
	const context = await chromium.browser.newContext({ viewport: VIEWPORTS.desktop });
	const problems = await watchProblems(context);
	const page = await context.newPage();
	await page.goto(`${server.url}/answers/`);
	await page.fill('#answer-query', query);
	await page.waitForFunction(
		(q) => document.querySelector('[data-search-status]')?.textContent?.includes(q),
		query,
	);
	const shown = await page.$$eval('article[data-answer]:not([hidden])', (els) =>
		els.map((e) => e.getAttribute('data-answer') ?? ''),
	);
	const status = (await page.textContent('[data-search-status]')) ?? '';
	const marks = await page.$$eval('article[data-answer]:not([hidden]) mark', (els) =>
		els.map((e) => e.textContent ?? ''),
	);
	const empty = await page.isVisible('[data-answer-empty]');
	const ask = await page.getAttribute('[data-ask]', 'href');
	await context.close();
	expect(problems, formatProblems(problems)).toEqual([]);
	return { shown, status, marks, empty, ask };
}

describe('answers search', () => {
	test('a two-word query returns exactly the answers that contain both words', async () => {
		// Two words each in several answers, together in fewer: a loose (any-word) search would show more.
		const pair = ['customer', 'data'];
		const both = answers
			.filter((a) => pair.every((w) => has(`${a.question} ${a.aliases} ${a.body}`, w)))
			.map((a) => a.id);
		const either = answers.filter((a) =>
			pair.some((w) => has(`${a.question} ${a.aliases} ${a.body}`, w)),
		);
		expect(both.length).toBeGreaterThan(0);
		expect(either.length).toBeGreaterThan(both.length);
		const result = await searchAnswers(pair.join(' '));
		expect(result.shown.sort()).toEqual([...both].sort());
		expect(result.status).toContain(`${both.length} of ${answers.length} answers`);
		expect(result.marks.length).toBeGreaterThan(0);
		for (const mark of result.marks)
			expect(
				pair.some((w) => mark.toLowerCase().startsWith(w)),
				mark,
			).toBe(true);
	});

	test('“SOC 2” finds only answers that mention SOC 2, not every answer with a 2 in it', async () => {
		const expected = answers
			.filter((a) =>
				['soc', '2'].every((w) => words(`${a.question} ${a.aliases} ${a.body}`).has(w)),
			)
			.map((a) => a.id);
		expect(expected.length).toBeGreaterThan(0);
		const result = await searchAnswers('SOC 2');
		expect(result.shown.length).toBeLessThan(answers.length);
		expect(result.shown.sort()).toEqual(expected.sort());
	});

	test('a word found only in an answer’s other wordings finds that answer', async () => {
		// The rarest word of some answer's aliases that neither its question nor any answer's text contains.
		const candidates = answers.flatMap((a) =>
			[...words(a.aliases)]
				.filter(
					(w) =>
						w.length >= 5 &&
						!has(a.question, w) &&
						!answers.some((b) => has(b.body, w) || has(b.question, w)),
				)
				.map((w) => ({ word: w, ids: answers.filter((b) => has(b.aliases, w)).map((b) => b.id) })),
		);
		candidates.sort((x, y) => x.ids.length - y.ids.length || x.word.localeCompare(y.word));
		const pick = candidates[0];
		expect(pick, 'the example has an alias-only word').toBeDefined();
		const result = await searchAnswers(pick!.word);
		expect(result.shown.sort()).toEqual([...pick!.ids].sort());
	});

	test('a question typed in full puts its own answer first', async () => {
		const target = view.entries.answers.find((a) => a.data.question.split(' ').length >= 6)!;
		const result = await searchAnswers(target.data.question.replace(/[?]/g, ''));
		expect(result.shown[0]).toBe(target.id);
	});

	test('nothing found: a count of zero and an “ask us” link that carries the question', async () => {
		const result = await searchAnswers('zebra quantum teleportation');
		expect(result.shown).toEqual([]);
		expect(result.status).toContain(`0 of ${answers.length} answers`);
		expect(result.empty).toBe(true);
		expect(decodeURIComponent(result.ask ?? '')).toContain('zebra quantum teleportation');
	});

	test('a category filter narrows the answers to that category', async () => {
		const context = await chromium.browser.newContext({ viewport: VIEWPORTS.phone });
		const page = await context.newPage();
		await page.goto(`${server.url}/answers/`);
		const category = view.entries.answers[0]!.data.category;
		await page.check(`input[name="category"][value="${category}"]`, { force: true });
		await page.waitForFunction(() =>
			document.querySelector('[data-search-status]')?.textContent?.includes(' in '),
		);
		const shown = await page.$$eval('article[data-answer]:not([hidden])', (els) =>
			els.map((e) => e.getAttribute('data-category')),
		);
		await context.close();
		expect(shown.length).toBe(
			view.entries.answers.filter((a) => a.data.category === category).length,
		);
		expect(new Set(shown)).toEqual(new Set([category]));
	});

	test('without JavaScript every answer is on the page and the search form stays hidden', async () => {
		const context = await chromium.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server.url}/answers/`);
		expect(await page.locator('article[data-answer]').count()).toBe(answers.length);
		expect(await page.isVisible('[data-answer-search]')).toBe(false);
		expect(await page.isVisible('nav[aria-label="Categories"]')).toBe(true);
		await context.close();
	});
});

describe('navigation', () => {
	test.each([true, false])(
		'collapses into a menu on a phone (JavaScript %s) and opens on a tap',
		async (javaScriptEnabled) => {
			const context = await chromium.browser.newContext({
				viewport: VIEWPORTS.phone,
				javaScriptEnabled,
				hasTouch: true,
			});
			const page = await context.newPage();
			await page.goto(`${server.url}/`);
			const security = page.locator('.nav-list a[href="/security/"]');
			expect(await security.isVisible()).toBe(false);
			const summary = page.locator('.nav-menu > summary');
			const box = await summary.boundingBox();
			expect(box!.height).toBeGreaterThanOrEqual(24);
			expect(box!.width).toBeGreaterThanOrEqual(24);
			await summary.click();
			expect(await security.isVisible()).toBe(true);
			const link = await security.boundingBox();
			expect(link!.height, 'touch target').toBeGreaterThanOrEqual(24);
			await context.close();
		},
	);

	test('shows every section without a menu button on a desktop', async () => {
		const context = await chromium.browser.newContext({ viewport: VIEWPORTS.desktop });
		const page = await context.newPage();
		await page.goto(`${server.url}/`);
		expect(await page.isVisible('.nav-menu > summary')).toBe(false);
		for (const href of ['/', '/security/', '/controls/', '/answers/', '/documents/'])
			expect(await page.isVisible(`.nav-list a[href="${href}"]`), href).toBe(true);
		await context.close();
	});

	test('the header search finds a page of the site', async () => {
		const context = await chromium.browser.newContext({ viewport: VIEWPORTS.desktop });
		const problems = await watchProblems(context);
		const page = await context.newPage();
		await page.goto(`${server.url}/`);
		await page.fill('#site-search-q', 'subprocessors');
		await page.press('#site-search-q', 'Enter');
		await page.waitForSelector('[data-search-results] a');
		const hrefs = await page.$$eval('[data-search-results] a', (els) =>
			els.map((e) => new URL((e as HTMLAnchorElement).href).pathname),
		);
		await context.close();
		expect(hrefs).toContain('/subprocessors/');
		expect(problems, formatProblems(problems)).toEqual([]);
	});
});
