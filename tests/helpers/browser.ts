/**
 * Debian's Chromium driven by playwright-core (a test tool's own browser download cannot work
 * on a closed network), and the watchers every browser test shares: console errors, uncaught
 * exceptions, failed requests and Content-Security-Policy violations.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without the background-networking flags Chromium keeps dialling Google's hosts on a closed network. */
const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export const VIEWPORTS = {
	phone: { width: 390, height: 844 },
	desktop: { width: 1280, height: 900 },
} as const;

export interface LaunchedBrowser {
	browser: Browser;
	close(): Promise<void>;
}

/**
 * One browser per test file. Playwright gives every launch a fresh, empty profile folder of
 * its own (and refuses a `--user-data-dir` argument), and removes it on close.
 */
export async function launchBrowser(): Promise<LaunchedBrowser> {
	if (!existsSync(CHROMIUM)) {
		throw new Error(
			`No Chromium at ${CHROMIUM}. The browser tests drive Debian's chromium package: run \`apt-get install -y chromium\` (as .ci/run does), or set CHROMIUM_PATH to another Chromium.`,
		);
	}
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
	return { browser, close: () => browser.close() };
}

/** A problem a page showed while it loaded or ran. */
export interface PageProblem {
	kind: 'console' | 'pageerror' | 'csp' | 'request';
	url: string;
	message: string;
}

/**
 * Records everything that should never happen on a page of ours. CSP violations are caught
 * twice on purpose: Chromium logs them to the console, and the `securitypolicyviolation`
 * event names the directive and the blocked resource.
 */
export async function watchProblems(context: BrowserContext): Promise<PageProblem[]> {
	const problems: PageProblem[] = [];
	await context.exposeBinding('__aimsCspViolation', ({ page }, message: string) => {
		problems.push({ kind: 'csp', url: page.url(), message });
	});
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`;
			(window as unknown as { __aimsCspViolation(message: string): void }).__aimsCspViolation(
				report,
			);
		});
	});
	context.on('console', (message) => {
		if (message.type() === 'error')
			problems.push({ kind: 'console', url: message.page()?.url() ?? '', message: message.text() });
	});
	context.on('weberror', (error) =>
		problems.push({
			kind: 'pageerror',
			url: error.page()?.url() ?? '',
			message: error.error().message,
		}),
	);
	context.on('requestfailed', (request) => {
		// Requests cut short because the test moved on to the next page (a favicon still loading)
		// are not the page's fault; a request the CSP blocks fails with ERR_BLOCKED_BY_CSP instead.
		if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
		problems.push({
			kind: 'request',
			url: request.frame().url(),
			message: `${request.url()}: ${request.failure()?.errorText}`,
		});
	});
	return problems;
}

/** Readable lines for an assertion message. */
export function formatProblems(problems: PageProblem[]): string {
	return problems.map((p) => `  [${p.kind}] ${p.url}: ${p.message}`).join('\n');
}

/** Same-origin links of the page, as paths without fragments, that point at pages rather than files. */
export async function pageLinks(page: Page, origin: string): Promise<string[]> {
	// getAttribute, not .href: an SVG <a> (a heatmap cell) has an SVGAnimatedString there.
	const hrefs = await page.$$eval('a[href]', (anchors) =>
		anchors.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href),
	);
	const paths = new Set<string>();
	for (const href of hrefs) {
		const url = new URL(href);
		if (url.origin !== origin) continue;
		if (!url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) continue;
		paths.add(url.pathname);
	}
	return [...paths].sort();
}

/**
 * Visits every page reachable by links from `/`, breadth first, and calls `visit` on each.
 * Returns the paths visited in order, so a test can prove the key pages are reachable.
 */
export async function crawl(
	page: Page,
	origin: string,
	visit: (path: string, status: number) => Promise<void>,
	limit = 2000,
): Promise<string[]> {
	const seen = new Set(['/']);
	const queue = ['/'];
	const visited: string[] = [];
	while (queue.length > 0 && visited.length < limit) {
		const path = queue.shift()!;
		const response = await page.goto(origin + path, { waitUntil: 'load' });
		visited.push(path);
		await visit(path, response?.status() ?? 0);
		for (const link of await pageLinks(page, origin)) {
			if (seen.has(link)) continue;
			seen.add(link);
			queue.push(link);
		}
	}
	return visited;
}

/** Pixels by which the page is wider than its viewport; 0 when nothing scrolls sideways. */
export function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) -
			document.documentElement.clientWidth,
	);
}
