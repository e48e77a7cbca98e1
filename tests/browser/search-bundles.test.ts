/**
 * A large site's search index is written in several Pagefind bundles (src/lib/search/index-site.ts)
 * when AIMS_SEARCH_BUNDLE_MB asks for it, and merged in the browser (src/lib/search/browser.ts).
 * Builds the example handbook with a tiny bundle budget, so it splits, and checks the merged
 * index against the one-bundle index of the same pages: the same filter counts, and every
 * page it finds for words of entries that land in different bundles; then the search page.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { hrefOf } from '../../src/lib/handbook/routes.ts';
import { checkContent } from '../../src/lib/pipeline.ts';
import { createView } from '../../src/lib/views/audience.ts';
import {
	formatProblems,
	launchBrowser,
	watchProblems,
	type LaunchedBrowser,
} from '../helpers/browser.ts';
import { AS_OF, build } from '../helpers/build.ts';
import { EXAMPLE, PROJECT, TMP } from '../helpers/content.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import { expectSearchBox, pagefindFilters, pagefindUrls, SEARCH_UI, textOf } from './_search.ts';
import { distinctiveWord } from './_words.ts';

const out = join(TMP, `search-bundles-${process.pid}`);
let chromium: LaunchedBrowser;
let split: StaticServer;
let whole: StaticServer;

beforeAll(async () => {
	rmSync(out, { recursive: true, force: true });
	// About 300 KB of HTML per bundle: the example handbook's 1.7 MB splits into several.
	const result = build(EXAMPLE, out, { AIMS_SEARCH_BUNDLE_MB: '0.3' }, ['--site', 'handbook']);
	if (result.status !== 0) throw new Error(`the split build failed:\n${result.output}`);
	chromium = await launchBrowser();
	split = await serve(join(out, 'handbook'));
	whole = await serve(join(inject('exampleDist'), 'handbook'));
});
afterAll(async () => {
	await Promise.all([split?.close(), whole?.close(), chromium?.close()]);
	rmSync(out, { recursive: true, force: true });
});

describe('a handbook indexed in several bundles', () => {
	test('lists every extra bundle, and each exists', () => {
		const site = join(out, 'handbook');
		const extra = JSON.parse(readFileSync(join(site, 'pagefind/bundles.json'), 'utf8')) as string[];
		expect(extra.length).toBeGreaterThan(1);
		for (const bundle of extra)
			expect(existsSync(join(site, bundle, 'pagefind-entry.json')), bundle).toBe(true);
		expect(
			readdirSync(site)
				.filter((name) => name.startsWith('pagefind'))
				.sort(),
		).toEqual(['pagefind', ...extra.map((b) => b.replaceAll('/', ''))].sort());
		// The one-bundle build lists none.
		expect(
			JSON.parse(
				readFileSync(join(inject('exampleDist'), 'handbook/pagefind/bundles.json'), 'utf8'),
			),
		).toEqual([]);
		// No part folder is left beside the site.
		expect(readdirSync(out)).toEqual(['handbook']);
	});

	test('answers like the one-bundle index: same filters, and every page it finds for words from every part of the site', async () => {
		const internal = createView(
			checkContent({ root: PROJECT, contentDir: EXAMPLE, asOf: AS_OF }).entries,
			'internal',
		).entries;
		const all = Object.values(internal).flat();
		// Entries from areas far apart in path order, so from different bundles.
		const picks = [
			internal.risks[0],
			internal.policies.find((p) => (p.body ?? '').trim()),
			internal.systems.at(-1),
			internal.datasets[0],
			internal.controls[0],
		].filter((e) => e !== undefined);
		const context = await chromium.browser.newContext();
		const problems = await watchProblems(context);
		const [onSplit, onWhole] = [await context.newPage(), await context.newPage()];
		await onSplit.goto(`${split.url}/`);
		await onWhole.goto(`${whole.url}/`);
		expect(await pagefindFilters(onSplit)).toEqual(await pagefindFilters(onWhole));
		for (const entry of picks) {
			const word = distinctiveWord([textOf(entry)], all, textOf);
			const found = await pagefindUrls(onSplit, word);
			expect(found, `searching "${word}" (${entry.collection}/${entry.id})`).toContain(
				hrefOf(entry),
			);
			expect(new Set(found).size, `searching "${word}": a page listed twice`).toBe(found.length);
			// Every page the one-bundle index finds is found; a bundle without the word may add
			// looser matches of its own (docs/quality.md, "Memory at 10,000 systems").
			for (const url of await pagefindUrls(onWhole, word))
				expect(found, `searching "${word}"`).toContain(url);
		}
		await context.close();
		expect(problems, formatProblems(problems)).toEqual([]);
	});

	test('the search page finds a risk on it', async () => {
		const risk = createView(
			checkContent({ root: PROJECT, contentDir: EXAMPLE, asOf: AS_OF }).entries,
			'internal',
		).entries.risks[0]!;
		const all = Object.values(
			createView(
				checkContent({ root: PROJECT, contentDir: EXAMPLE, asOf: AS_OF }).entries,
				'internal',
			).entries,
		).flat();
		await expectSearchBox(
			chromium,
			split,
			SEARCH_UI.handbook,
			distinctiveWord([risk.data.treatmentPlan], all, textOf),
		);
	});
});
