/**
 * Hostile bodies, end to end: script, style, frames, handlers and dangerous URL schemes are
 * planted in public Markdown and MDX bodies of a copy of the example, all three sites are
 * built, and (a) every HTML page is parsed and searched for anything the content could run
 * or hide the page with, every other output file for the payloads' code; (b) the pages are
 * opened in Chromium served WITHOUT any security header, so no Content-Security-Policy
 * helps, and no payload may run and the page must stay visible.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToHast, markdownToHtml } from 'satteri';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../helpers/browser.ts';
import { build, listFiles, readText } from '../helpers/build.ts';
import { contentTree, EXAMPLE } from '../helpers/content.ts';
import { serve, type StaticServer } from '../helpers/server.ts';

/** Every payload, if it ran, sets this global or the document's title. */
const FLAG = '__aimsPwned';
const run = (name: string) => `window.${FLAG}='${name}';document.title='PWNED'`;

/** Raw HTML and Markdown an author (or a pasted vendor text) could put in a Markdown body. */
const MARKDOWN_PAYLOADS = `

<script>${run('script')}</script>

<img src="/missing.png" onerror="${run('onerror')}">

<svg onload="${run('svg')}"><circle r="1"/></svg>

<iframe src="javascript:${run('iframe')}"></iframe>

<iframe srcdoc="<script>parent.${FLAG}='srcdoc'</script>"></iframe>

<object data="javascript:${run('object')}"></object>

<embed src="javascript:${run('embed')}">

<style>body, main, header { display: none !important; }</style>

<div style="position:fixed;inset:0;background:#fff;z-index:2147483647">covered</div>

<form action="javascript:${run('form')}"><button formaction="javascript:${run('formaction')}">Go</button></form>

<a href="javascript:${run('html-link')}">html link</a>

<a href="JaVaScRiPt&colon;${run('entity-link')}">entity link</a>

[markdown link](javascript:${run('md-link')}) [data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [vb link](vbscript:msgbox)

<details open ontoggle="${run('ontoggle')}"><summary>Details</summary>Text</details>

<meta http-equiv="refresh" content="0;url=javascript:${run('meta')}">

<base href="https://evil.example/">

<math><mtext><table><mglyph><style><img src=x.png onerror="${run('mxss')}"></style></mglyph></table></mtext></math>
`;

/** What passes the MDX check but would still be dangerous without the sanitiser. */
const MDX_PAYLOADS = `

<a href="javascript:${run('mdx-link')}">mdx link</a>

<details open ontoggle="${run('mdx-ontoggle')}"><summary>More</summary>Text</details>

<div style="display:none" onmouseover="${run('mdx-hover')}">hidden</div>

[markdown link](javascript:${run('mdx-md-link')})
`;

const PAGES = [
	'/',
	'/updates/',
	'/updates/2025-10-06-iso-42001-programme/',
	'/policies/ai-policy/',
	'/answers/',
];
const SITES = ['trust', 'trust-private', 'handbook'] as const;
const OWN_SCRIPT = /^\/(?:_astro|pagefind)\//;
const DANGEROUS_URL = /^\s*(?:javascript|data|vbscript):/i;
const URL_PROPERTIES = [
	'href',
	'src',
	'action',
	'formAction',
	'data',
	'poster',
	'cite',
	'srcSet',
	'xLinkHref',
	'background',
	'ping',
];

let dist: string;

beforeAll(() => {
	const { root, content } = contentTree('sanitize', EXAMPLE);
	appendFileSync(join(content, 'updates/2025-10-06-iso-42001-programme.md'), MARKDOWN_PAYLOADS);
	appendFileSync(join(content, 'answers/ai-accountability.md'), MARKDOWN_PAYLOADS);
	appendFileSync(join(content, 'policies/ai-policy.mdx'), MDX_PAYLOADS);
	dist = join(root, 'dist');
	const result = build(content, dist);
	if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
});

interface HastNode {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
	value?: string;
}

/** What is wrong with one parsed page, as `tag: problem` strings. */
function problemsOf(html: string): string[] {
	const problems: string[] = [];
	const visit = (node: HastNode): void => {
		if (node.type === 'element') {
			const tag = node.tagName!;
			const props = node.properties ?? {};
			if (tag === 'script') {
				const ownFile = typeof props.src === 'string' && OWN_SCRIPT.test(props.src);
				const jsonLd = props.type === 'application/ld+json' && !props.src;
				if (!ownFile && !jsonLd) problems.push(`script: ${JSON.stringify(props)}`);
			}
			if (['style', 'iframe', 'object', 'embed', 'base', 'frame', 'frameset'].includes(tag))
				problems.push(`${tag} element`);
			if (tag === 'meta' && props.httpEquiv) problems.push('meta http-equiv');
			for (const [name, value] of Object.entries(props)) {
				if (/^on/i.test(name)) problems.push(`${tag}: handler ${name}`);
				if (name === 'style') problems.push(`${tag}: style attribute`);
				if (name === 'srcDoc') problems.push(`${tag}: srcdoc`);
				if (URL_PROPERTIES.includes(name) && DANGEROUS_URL.test(String(value)))
					problems.push(`${tag}: ${name}=${String(value).slice(0, 30)}`);
			}
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(htmlToHast(html) as unknown as HastNode);
	return problems;
}

describe('hostile bodies are sanitised in every output', () => {
	test('the page scan finds the payloads in HTML rendered without the sanitiser', () => {
		const raw = markdownToHtml(MARKDOWN_PAYLOADS + MDX_PAYLOADS, {
			features: { rawHtml: true },
		}).html;
		expect(problemsOf(raw).length).toBeGreaterThanOrEqual(15);
	});

	test.each(SITES)(
		'%s: no page holds a script, style, frame, handler or dangerous URL from content',
		(site) => {
			const dir = join(dist, site);
			const pages = listFiles(dir).filter((file) => file.endsWith('.html'));
			expect(pages.length).toBeGreaterThan(20);
			const found = pages.flatMap((file) =>
				problemsOf(readText(dir, file)).map((problem) => `${file}: ${problem}`),
			);
			expect(found).toEqual([]);
		},
	);

	test.each(SITES)(
		'%s: no feed, export, search index or other file carries a payload’s code',
		(site) => {
			const dir = join(dist, site);
			const hits = listFiles(dir)
				.filter(
					(file) =>
						!file.endsWith('.html') && !/\.(?:png|woff2?|ico|xlsx|zip|pdf|wasm)$/.test(file),
				)
				.filter((file) => readText(dir, file).includes(FLAG));
			expect(hits).toEqual([]);
		},
	);

	test('the bodies still render: the planted text and safe links are there', () => {
		const page = readText(join(dist, 'trust'), 'updates/2025-10-06-iso-42001-programme/index.html');
		expect(page).toContain('markdown link');
		expect(page).toContain('<details open><summary>Details</summary>Text</details>');
		const policy = readText(join(dist, 'trust'), 'policies/ai-policy/index.html');
		expect(policy).toContain('mdx link');
		expect(policy).toContain('hidden');
	});
});

describe('without any security header, no payload runs in a browser', () => {
	let browser: LaunchedBrowser;
	let server: StaticServer;

	beforeAll(async () => {
		browser = await launchBrowser();
		server = await serve(join(dist, 'trust'), {});
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	test.each(PAGES)('%s', async (path) => {
		const context = await browser.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		try {
			const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
			expect(response?.headers()['content-security-policy']).toBeUndefined();
			// Give handlers that fire on load, error or toggle their chance, then provoke the rest.
			for (const link of await page.locator('main a', { hasText: / link$/ }).all())
				await link.click({ timeout: 5_000 });
			await page.mouse.move(10, 10);
			await page.waitForLoadState('networkidle');
			const state = await page.evaluate(
				(flag) => ({
					flag: (window as unknown as Record<string, unknown>)[flag] ?? null,
					title: document.title,
					mainShown: (() => {
						const main = document.querySelector('main');
						if (!main) return false;
						const box = main.getBoundingClientRect();
						return (
							getComputedStyle(main).display !== 'none' &&
							getComputedStyle(main).visibility !== 'hidden' &&
							box.height > 0
						);
					})(),
					covered: (() => {
						const top = document.elementFromPoint(640, 450);
						return top
							? getComputedStyle(top).position === 'fixed' &&
									top.textContent?.includes('covered') === true
							: false;
					})(),
				}),
				FLAG,
			);
			expect(state).toEqual({
				flag: null,
				title: expect.not.stringContaining('PWNED'),
				mainShown: true,
				covered: false,
			});
			expect(page.url()).toBe(`${server.url}${path}`);
			expect(dialogs).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
