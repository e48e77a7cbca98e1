/**
 * What a reader does with their hands: copy buttons put their text on the clipboard, and the
 * download links (CSV, JSON, spreadsheets, feeds) answer 200 with the right content type and
 * a body that parses.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
	formatProblems,
	launchBrowser,
	watchProblems,
	type LaunchedBrowser,
} from '../helpers/browser.ts';
import { listFiles } from '../helpers/build.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import { htmlPath, SITES } from '../quality/_pages.ts';

/** Copy buttons, in any site. Adjust when the markup changes. */
export const COPY_BUTTON = 'button[data-copy], button[data-copy-target], [data-copy-button]';
/** Sites that must have at least one copy button (the trust center's answers). */
const NEEDS_COPY = new Set(['trust', 'trust-private']);

const DOWNLOAD = /\.(csv|json|xlsx|xml|ics|txt)$/;
const EXPECTED_TYPE: Record<string, RegExp> = {
	'.csv': /^text\/csv/,
	'.json': /^application\/(.+\+)?json/,
	'.xlsx': /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet/,
	'.xml': /^(application|text)\/(.+\+)?xml/,
	'.ics': /^text\/calendar/,
	'.txt': /^text\/plain/,
};

let chromium: LaunchedBrowser;
beforeAll(async () => {
	chromium = await launchBrowser();
});
afterAll(async () => chromium?.close());

/** Same-site links to files a reader downloads, from every page, with a page that links each. */
function downloadLinks(dir: string): Map<string, string> {
	const links = new Map<string, string>();
	for (const file of listFiles(dir).filter((f) => f.endsWith('.html'))) {
		const page = htmlPath(file);
		for (const [, href] of readFileSync(join(dir, file), 'utf8').matchAll(
			/<a [^>]*href="([^"#?]+)[^"]*"/g,
		)) {
			const path = new URL(href!, `https://site.invalid${page}`);
			if (
				path.origin === 'https://site.invalid' &&
				DOWNLOAD.test(path.pathname) &&
				!links.has(path.pathname)
			)
				links.set(path.pathname, page);
		}
	}
	return links;
}

describe.each(SITES)('%s', (site) => {
	const dir = join(inject('exampleDist'), site);
	let server: StaticServer;
	beforeAll(async () => {
		server = await serve(dir);
	});
	afterAll(async () => server?.close());

	test('download links answer 200 with the right content type and a body that parses', async () => {
		const links = downloadLinks(dir);
		const extensions = new Set([...links.keys()].map((l) => extname(l)));
		expect([...extensions], `${site} links no CSV, XLSX and JSON downloads`).toEqual(
			expect.arrayContaining(['.csv', '.json', '.xlsx']),
		);
		const context = await chromium.browser.newContext();
		const failures: string[] = [];
		try {
			for (const [link, from] of links) {
				const response = await context.request.get(server.url + link);
				const type = response.headers()['content-type'] ?? '';
				const body = await response.body();
				if (response.status() !== 200)
					failures.push(`${link} (linked from ${from}): HTTP ${response.status()}`);
				else if (!EXPECTED_TYPE[extname(link)]!.test(type))
					failures.push(`${link}: content type ${type}`);
				else if (body.length === 0) failures.push(`${link}: empty`);
				else if (extname(link) === '.json') {
					try {
						JSON.parse(body.toString('utf8'));
					} catch (error) {
						failures.push(`${link}: not JSON (${(error as Error).message})`);
					}
				} else if (extname(link) === '.csv' && !/^[^\n]*,[^\n]*\r?\n/.test(body.toString('utf8')))
					failures.push(`${link}: no CSV header line`);
				else if (extname(link) === '.xlsx' && body.subarray(0, 2).toString() !== 'PK')
					failures.push(`${link}: not a zip-based workbook`);
			}
		} finally {
			await context.close();
		}
		expect(failures, `broken downloads on ${site}:\n${failures.join('\n')}`).toEqual([]);
	});

	test('copy buttons put their text on the clipboard', async () => {
		const context = await chromium.browser.newContext({
			permissions: ['clipboard-read', 'clipboard-write'],
		});
		const problems = await watchProblems(context);
		const page = await context.newPage();
		const copied: string[] = [];
		const failures: string[] = [];
		try {
			const pages = listFiles(dir)
				.filter((f) => f.endsWith('.html'))
				.map(htmlPath);
			for (const path of pages) {
				if (
					!readFileSync(join(dir, path.endsWith('/') ? `${path}index.html` : path), 'utf8').match(
						/data-copy/,
					)
				)
					continue;
				await page.goto(server.url + path, { waitUntil: 'load' });
				const button = page.locator(COPY_BUTTON).first();
				if ((await button.count()) === 0) continue;
				await page.evaluate(() => navigator.clipboard.writeText(''));
				await button.click();
				await page
					.waitForFunction(async () => (await navigator.clipboard.readText()) !== '', undefined, {
						timeout: 5000,
					})
					.catch(() => undefined);
				const text = (await page.evaluate(() => navigator.clipboard.readText())).trim();
				const shown = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
				if (!text) failures.push(`${path}: clicking ${COPY_BUTTON} left the clipboard empty`);
				else if (!shown.includes(text.replace(/\s+/g, ' ').slice(0, 40)))
					failures.push(`${path}: copied text is not on the page: ${text.slice(0, 80)}`);
				else copied.push(path);
			}
		} finally {
			await context.close();
		}
		expect(failures, failures.join('\n')).toEqual([]);
		if (NEEDS_COPY.has(site))
			expect(
				copied.length,
				`no copy button (${COPY_BUTTON}) on any page of ${site}; the answers need one`,
			).toBeGreaterThan(0);
		expect(problems, formatProblems(problems)).toEqual([]);
	});
});
