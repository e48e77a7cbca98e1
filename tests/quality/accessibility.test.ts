/**
 * WCAG 2.2 AA with axe-core on one page per template of the trust center and the handbook, in
 * the light and the dark colour scheme, served with the production headers. Zero violations.
 * The private trust center is left out: it is built from the same templates as the public one
 * (its only extra markup, the confidentiality note, is the handbook's too), and axe is the
 * slowest check.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import { formatViolations, runAxe, type AxeViolation } from './_axe.ts';
import { representativePages } from './_pages.ts';

let chromium: LaunchedBrowser;
beforeAll(async () => {
	chromium = await launchBrowser();
});
afterAll(async () => chromium?.close());

describe.each(['trust', 'handbook'] as const)('%s meets WCAG 2.2 AA', (site) => {
	const dir = join(inject('exampleDist'), site);
	let server: StaticServer;
	beforeAll(async () => {
		server = await serve(dir);
	});
	afterAll(async () => server?.close());

	test.each(['light', 'dark'] as const)('on every template, %s scheme', async (colorScheme) => {
		const pages = representativePages(dir, site);
		expect(pages.length).toBeGreaterThan(1);
		const context = await chromium.browser.newContext({ colorScheme });
		const page = await context.newPage();
		const found: { page: string; violations: AxeViolation[] }[] = [];
		try {
			for (const { route, path } of pages) {
				await page.goto(server.url + path, { waitUntil: 'load' });
				found.push({ page: `${path} (${route})`, violations: await runAxe(page) });
			}
		} finally {
			await context.close();
		}
		const failing = found.filter((f) => f.violations.length > 0);
		expect(
			failing.length,
			`axe violations on ${site}, ${colorScheme} scheme:\n${formatViolations(failing)}`,
		).toBe(0);
	});
});
