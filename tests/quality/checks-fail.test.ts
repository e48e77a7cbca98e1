/**
 * Each quality check fails when its property is broken. Two tiny synthetic sites: one clean,
 * one with a defect per check (an image without alt text, a broken link and fragment, an
 * inline script and style, misnested HTML, an Open Graph image drawn from a secret title, a
 * secret inside a compressed file). The checks must pass the first and catch every defect in
 * the second; otherwise a green run of the real checks would prove nothing.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, watchProblems, type LaunchedBrowser } from '../helpers/browser.ts';
import { readText } from '../helpers/build.ts';
import { TMP } from '../helpers/content.ts';
import { serve } from '../helpers/server.ts';
import { runAxe } from './_axe.ts';
import { validateHtml } from './_html.ts';
import { brokenLinks } from './_links.ts';
import { checkOgImages } from './_og.ts';

const ROOT = join(TMP, 'checks-fail');
const GOOD = join(ROOT, 'good');
const BROKEN = join(ROOT, 'broken');
const MARKER = /LEAKMARK\w+/;

const page = (title: string, main: string, head = '') =>
	`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><meta property="og:title" content="${title}"><link rel="icon" href="/logo.svg">${head}</head><body><a href="#main">Skip to content</a><main id="main"><h1>${title}</h1>${main}</main></body></html>`;

function write(dir: string, file: string, data: string | Uint8Array) {
	mkdirSync(dirname(join(dir, file)), { recursive: true });
	writeFileSync(join(dir, file), data);
}

let chromium: LaunchedBrowser;

beforeAll(async () => {
	rmSync(ROOT, { recursive: true, force: true });
	write(
		GOOD,
		'index.html',
		page(
			'Home',
			'<p>See <a href="/about/">about us</a> and <a href="/about/#team">the team</a>.</p>',
			'<meta property="og:image" content="https://site.example/og/index.png">',
		),
	);
	write(
		GOOD,
		'about/index.html',
		page(
			'About',
			'<h2 id="team">Team</h2><p><img src="/logo.svg" alt="Logo" width="10" height="10"></p>',
		),
	);
	write(GOOD, 'logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
	write(GOOD, 'og/index.png', Buffer.from('89504e470d0a1a0a', 'hex'));

	write(
		BROKEN,
		'index.html',
		page(
			'Home LEAKMARKinternal0001x',
			[
				'<p><img src="/logo.svg" width="10" height="10"></p>', // axe: image-alt
				'<p><a href="/missing/">gone</a> <a href="/#nowhere">no such fragment</a></p>', // links
				'<script>document.title += "!"</script>', // CSP: inline script
				'<p style="color: red">inline style</p>', // CSP: inline style; html-validate: no-inline-style
				'<p><div>block inside a paragraph</div></p>', // html-validate: misnested
			].join(''),
			'<meta property="og:image" content="https://site.example/og/index.png">',
		),
	);
	write(BROKEN, 'logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
	write(BROKEN, 'og/index.png', Buffer.from('89504e470d0a1a0a', 'hex'));
	write(BROKEN, 'og/orphan.png', Buffer.from('89504e470d0a1a0a', 'hex'));
	write(
		BROKEN,
		'pagefind/fragment/en_1.pf_fragment',
		gzipSync('{"content":"LEAKMARKprivate0002x"}'),
	);
	chromium = await launchBrowser();
});
afterAll(async () => chromium?.close());

async function visit(dir: string) {
	const server = await serve(dir);
	const context = await chromium.browser.newContext();
	const problems = await watchProblems(context);
	const tab = await context.newPage();
	await tab.goto(`${server.url}/`, { waitUntil: 'load' });
	const violations = await runAxe(tab);
	await context.close();
	await server.close();
	return { problems, violations };
}

describe('each check passes a clean site and catches a broken one', () => {
	test('axe: an image without alt text is a violation', async () => {
		expect((await visit(GOOD)).violations).toEqual([]);
		expect((await visit(BROKEN)).violations.map((v) => v.rule)).toContain('image-alt');
	});

	test('CSP: an inline script and an inline style are violations the browser reports', async () => {
		expect((await visit(GOOD)).problems).toEqual([]);
		const csp = (await visit(BROKEN)).problems
			.filter((p) => p.kind === 'csp')
			.map((p) => p.message);
		expect(csp.some((m) => m.startsWith('script-src-elem blocked inline'))).toBe(true);
		expect(csp.some((m) => m.startsWith('style-src-attr blocked inline'))).toBe(true);
	});

	test('links: a missing page and a missing fragment are broken', async () => {
		expect((await brokenLinks(GOOD)).broken).toEqual([]);
		const broken = (await brokenLinks(BROKEN)).broken.map((b) => b.url);
		expect(broken).toContain('/missing/');
		expect(broken).toContain('/#nowhere');
	});

	test('html-validate: misnested elements and inline styles are errors', async () => {
		expect(await validateHtml('good', page('Home', '<p>Fine.</p>'))).toEqual([]);
		const rules = (await validateHtml('broken', readText(BROKEN, 'index.html'))).map((e) => e.rule);
		expect(rules).toContain('no-inline-style');
		expect(
			rules.some(
				(r) =>
					r === 'element-permitted-content' || r === 'close-order' || r === 'no-implicit-close',
			),
		).toBe(true);
	});

	test('leaks: an Open Graph image drawn from a secret title, or named by no page, is found', () => {
		expect(checkOgImages(GOOD, MARKER, join(ROOT, 'no-public')).problems).toEqual([]);
		const problems = checkOgImages(BROKEN, MARKER, join(ROOT, 'no-public')).problems;
		expect(problems).toContainEqual(
			expect.stringContaining('og/index.png: drawn from a title with a marker'),
		);
		expect(problems).toContainEqual(expect.stringContaining('og/orphan.png: no page names it'));
	});

	test('leaks: a marker inside a gzip-compressed search file is read, not missed', () => {
		expect(readText(BROKEN, 'pagefind/fragment/en_1.pf_fragment')).toMatch(MARKER);
	});
});
