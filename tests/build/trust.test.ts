/**
 * The public trust center and its NDA twin, on the example organisation's real build
 * (tests/global-setup.ts): every page exists in both, machine-readable files validate and
 * match the view, the sitemap and images cover exactly the pages, private files stay private,
 * pages work under a strict CSP, and the overview fits its 60 KB budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Ajv2020 from 'ajv/dist/2020.js';
import ExcelJS from 'exceljs';
import { describe, expect, inject, test } from 'vitest';
import { checkContent } from '../../src/lib/pipeline.ts';
import { buildTrustJson } from '../../src/lib/trust/trust-json.ts';
import { cardOf, trustPages } from '../../src/lib/trust/pages.ts';
import { ogImagePath } from '../../src/lib/trust/urls.ts';
import { createView } from '../../src/lib/views/audience.ts';
import { AS_OF, listFiles } from '../helpers/build.ts';
import { PROJECT } from '../helpers/content.ts';

const dist = inject('exampleDist');
const entries = checkContent({ root: PROJECT, asOf: AS_OF }).entries;
const SITES = { trust: createView(entries, 'public'), 'trust-private': createView(entries, 'private') } as const;
type SiteName = keyof typeof SITES;
const SITE_NAMES = Object.keys(SITES) as SiteName[];

const file = (site: SiteName, path: string) => join(dist, site, path);
const read = (site: SiteName, path: string) => readFileSync(file(site, path), 'utf8');
/** `/controls/` → `controls/index.html`. */
const htmlFile = (path: string) => `${path.slice(1)}index.html`;
const htmlPages = (site: SiteName) => listFiles(join(dist, site)).filter((f) => f.endsWith('.html') && f !== '404.html');

describe.each(SITE_NAMES)('%s', (site) => {
	const view = SITES[site];
	const org = view.organization.data;
	const pages = trustPages(view);

	test('has every section, every entry page and every machine-readable file', () => {
		const sections = ['/', '/certifications/', '/controls/', '/ai/', '/ai-systems/', '/answers/', '/policies/', '/subprocessors/', '/documents/', '/updates/'];
		const entryPages = [...view.entries.systems.map((s) => `/ai-systems/${s.id}/`), ...view.entries.policies.map((p) => `/policies/${p.id}/`), ...view.entries.updates.map((u) => `/updates/${u.id}/`)];
		for (const path of [...sections, ...entryPages, ...pages.map((p) => p.path)]) expect(existsSync(file(site, htmlFile(path))), path).toBe(true);
		for (const path of ['trust.json', 'trust.schema.json', '.well-known/security.txt', 'sitemap.xml', 'updates/rss.xml', 'updates/feed.json']) expect(existsSync(file(site, path)), path).toBe(true);
		expect(view.entries.systems.length).toBeGreaterThan(0);
		expect(view.entries.updates.length).toBeGreaterThan(0);
	});

	test('every page has its title, description, one main landmark, headings in order, and a 1200×630 preview image', () => {
		for (const page of pages) {
			const html = read(site, htmlFile(page.path));
			expect(html, page.path).toContain(`<title>${escapeHtml(`${page.title} · ${org.name}`)}`);
			expect(html, page.path).toContain(`<meta name="description" content="${escapeHtml(page.description)}">`);
			expect(html.match(/<main id="main" data-pagefind-body>/g), page.path).toHaveLength(1);
			const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
			expect(levels[0], page.path).toBe(1);
			levels.forEach((level, i) => i > 0 && expect(level, `${page.path}: h${levels[i - 1]} then h${level}`).toBeLessThanOrEqual(levels[i - 1]! + 1));
			const image = /<meta property="og:image" content="([^"]+)">/.exec(html)?.[1];
			expect(image, page.path).toBe(new URL(ogImagePath(cardOf(page)), site === 'trust' ? org.trustCenterUrl : (org.privateTrustCenterUrl ?? org.trustCenterUrl)).href);
			const png = readFileSync(file(site, ogImagePath(cardOf(page)).slice(1)));
			expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), page.path).toBe(true);
			expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)], page.path).toEqual([1200, 630]);
		}
	});

	test('renders one preview card per section; entry pages share their section\'s', () => {
		const cards = listFiles(join(dist, site, 'og')).filter((f) => f.endsWith('.png')).map((f) => `/og/${f}`).sort();
		expect(cards).toEqual([...new Set(pages.map((page) => ogImagePath(cardOf(page))))].sort());
		const entries = pages.filter((page) => page.card !== undefined);
		expect(entries.length).toBeGreaterThanOrEqual(view.entries.systems.length);
		for (const page of entries) expect(pages.some((p) => p.path === page.card && p.card === undefined), page.path).toBe(true);
	});

	test('the answers CSV opens as a spreadsheet with one row per answer the site publishes', async () => {
		const sheet = await new ExcelJS.Workbook().csv.read(Readable.from([readFileSync(file(site, 'exports/answers.csv'))]));
		const rows = sheet.getSheetValues().filter((row): row is ExcelJS.CellValue[] => Array.isArray(row));
		expect(String(rows[0]?.[1]).replace(/^\uFEFF/, '')).toBe('ID');
		const ids = rows.slice(1).map((row) => String(row[1]));
		expect(ids.sort()).toEqual(view.entries.answers.map((a) => a.id).sort());
		expect(ids.length).toBeGreaterThan(0);
	});

	test('runs under script-src self: no inline scripts or event handlers, only JSON-LD data inline', () => {
		for (const page of htmlPages(site)) {
			const html = read(site, page);
			for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) expect(/\bsrc="\/[^"]+"/.test(tag) || tag.includes('type="application/ld+json"'), `${page}: ${tag}`).toBe(true);
			expect(html, page).not.toMatch(/<[^>]+\son[a-z]+=/i);
			expect(html, page).not.toMatch(/\sstyle="/);
		}
	});

	test('trust.json validates against trust.schema.json and holds the view', () => {
		const schema = JSON.parse(read(site, 'trust.schema.json'));
		const data = JSON.parse(read(site, 'trust.json'));
		const validate = new Ajv2020({ strict: false }).compile(schema);
		expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
		expect(data).toEqual(buildTrustJson(view));
		expect(data.certifications.map((c: { id: string }) => c.id)).toEqual(view.entries.certifications.map((c) => c.id));
		expect(data.controls.items).toHaveLength(view.entries.controls.length);
		expect(data.systems.map((s: { id: string }) => s.id)).toEqual(view.entries.systems.map((s) => s.id));
	});

	test('security.txt carries the RFC 9116 fields from the organisation', () => {
		const text = read(site, '.well-known/security.txt');
		expect(text).toContain(`Contact: mailto:${org.contacts.security.email}\n`);
		const expires = /^Expires: (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)$/m.exec(text)?.[1];
		expect(expires).toBe(`${org.securityTxt.expires}T23:59:59Z`);
		expect(expires! > AS_OF).toBe(true);
		expect(text).toContain(`Preferred-Languages: ${org.securityTxt.preferredLanguages.join(', ')}\n`);
		if (org.securityTxt.policy) expect(text).toContain(`Policy: ${org.securityTxt.policy}\n`);
		if (site === 'trust') expect(text).toContain(`Canonical: ${new URL('/.well-known/security.txt', org.trustCenterUrl).href}\n`);
	});

	test('the RSS and JSON feeds are well formed, with one item per update of the view', () => {
		const rss = read(site, 'updates/rss.xml');
		expect(isBalancedXml(rss)).toBe(true);
		expect(rss.match(/<item>/g)).toHaveLength(view.entries.updates.length);
		const feed = JSON.parse(read(site, 'updates/feed.json'));
		expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
		expect(feed.items).toHaveLength(view.entries.updates.length);
		for (const update of view.entries.updates) {
			expect(rss).toContain(`/updates/${update.id}/</link>`);
			const category = `updates/category/${update.data.category}/`;
			for (const f of ['index.html', 'rss.xml', 'feed.json']) expect(existsSync(file(site, `${category}${f}`)), `${category}${f}`).toBe(true);
		}
	});

	test('the sitemap lists every HTML page and nothing else, sorted', () => {
		const xml = read(site, 'sitemap.xml');
		expect(isBalancedXml(xml)).toBe(true);
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		expect(locs).toEqual([...locs].sort());
		expect(new Set(locs)).toEqual(new Set(htmlPages(site).map((f) => `/${f.replace(/index\.html$/, '')}`)));
	});

	test('documents: files in the view are served, nothing else', () => {
		const served = listFiles(join(dist, site, 'documents')).filter((f) => f !== 'index.html');
		expect(served.sort()).toEqual(view.entries.documents.map((d) => d.data.file).sort());
		for (const doc of view.entries.documents) {
			expect(readFileSync(file(site, `documents/${doc.data.file}`))).toEqual(readFileSync(join(PROJECT, 'src/content/documents/files', doc.data.file)));
		}
	});

	test('the answers page cites its sources, offers copy, search and downloads', () => {
		const html = read(site, 'answers/index.html');
		for (const answer of view.entries.answers) {
			expect(html).toContain(`<h3 id="${answer.id}">${escapeHtml(answer.data.question)}</h3>`);
			for (const policy of answer.data.policies) expect(html).toContain(`href="/policies/${policy}/"`);
		}
		expect(html.match(/data-copy=/g)).toHaveLength(view.entries.answers.length);
		expect(html).toContain('href="/exports/answers.csv"');
		expect(html).toContain('href="/exports/answers.json"');
		expect(html).toContain('role="search"');
	});

	test('controls: one page per status present, with the status of every published line', () => {
		const all = read(site, 'controls/index.html');
		expect(all.match(/<tr id="[^"]+" data-status="(?!unpublished)/g)).toHaveLength(view.entries.controls.length);
		for (const status of new Set(view.entries.controls.map((c) => c.data.status))) {
			const page = read(site, `controls/status/${status}/index.html`);
			const rows = [...page.matchAll(/data-status="([a-z-]+)"/g)].map((m) => m[1]);
			expect(new Set(rows)).toEqual(new Set([status]));
		}
	});
});

describe('public and private differ only by what the private view adds', () => {
	test('implementation detail shows on the private site only', () => {
		const detailed = SITES['trust-private'].entries.controls.filter((c) => c.data.implementation);
		expect(detailed.length).toBeGreaterThan(0);
		expect(read('trust-private', 'controls/index.html')).toContain('<strong>Implementation:</strong>');
		expect(read('trust', 'controls/index.html')).not.toContain('Implementation:');
	});

	test('private documents: listed publicly with a request link, their files only in the private build', () => {
		const { documentsOnRequest } = SITES.trust;
		expect(documentsOnRequest.length).toBeGreaterThan(0);
		const publicFiles = new Set(SITES.trust.entries.documents.map((d) => d.data.file));
		const privateOnly = SITES['trust-private'].entries.documents.filter((d) => d.data.audience === 'private' && !publicFiles.has(d.data.file));
		expect(privateOnly.length).toBeGreaterThan(0);
		for (const doc of privateOnly) {
			expect(existsSync(file('trust', `documents/${doc.data.file}`)), doc.data.file).toBe(false);
			expect(existsSync(file('trust-private', `documents/${doc.data.file}`)), doc.data.file).toBe(true);
		}
		const page = read('trust', 'documents/index.html');
		const org = SITES.trust.organization.data;
		for (const doc of documentsOnRequest) expect(page).toContain(escapeHtml(doc.title));
		expect(page).toContain(`href="mailto:${(org.contacts.documentRequests ?? org.contacts.security).email}?subject=`);
	});

	test('the overview carries Organization JSON-LD with the certificates held', () => {
		const html = read('trust', 'index.html');
		const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
		const ld = JSON.parse(json!);
		expect(ld['@type']).toBe('Organization');
		const held = SITES.trust.entries.certifications.filter((c) => ['certified', 'surveillance'].includes(c.data.status));
		expect(ld.hasCertification.map((c: { name: string }) => c.name)).toEqual(held.map((c) => `${c.data.standard} certificate`));
	});
});

describe('performance budget', () => {
	test('the overview with its stylesheets and scripts weighs at most 60 KB compressed', () => {
		const html = read('trust', 'index.html');
		const assets = [...html.matchAll(/<(?:link[^>]+rel="(?:stylesheet|modulepreload)"[^>]*href|script[^>]+src)="(\/[^"]+)"/g)].map((m) => m[1]!);
		// Scripts import further chunks; count those too.
		const seen = new Set<string>();
		const visit = (path: string) => {
			if (seen.has(path)) return;
			seen.add(path);
			if (path.endsWith('.js')) for (const [, dep] of read('trust', path.slice(1)).matchAll(/from\s*"(\/_astro\/[^"]+)"|import\s*"(\/_astro\/[^"]+)"/g)) visit(dep!);
		};
		assets.forEach(visit);
		const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
		const total = gz(html) + [...seen].reduce((sum, path) => sum + gz(readFileSync(file('trust', path.slice(1)))), 0);
		console.info(`overview: ${total} bytes gzipped (${[...seen].join(', ')})`);
		expect(total).toBeLessThanOrEqual(60 * 1024);
	});
});

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Every element closed in order: enough to catch broken XML from string building. */
function isBalancedXml(xml: string): boolean {
	const stack: string[] = [];
	for (const [, close, name, self] of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
		if (self) continue;
		if (!close) stack.push(name!);
		else if (stack.pop() !== name) return false;
	}
	return stack.length === 0;
}
