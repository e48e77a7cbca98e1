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
import { isYesNoQuestion } from '../../src/lib/trust/answers.ts';
import { isHeld } from '../../src/lib/trust/certifications.ts';
import { cardOf, trustPages } from '../../src/lib/trust/pages.ts';
import { inPlace, posture } from '../../src/lib/trust/posture.ts';
import { securityTxtUrls } from '../../src/lib/trust/security-txt.ts';
import { ogImagePath } from '../../src/lib/trust/urls.ts';
import { createView } from '../../src/lib/views/audience.ts';
import { AS_OF, listFiles } from '../helpers/build.ts';
import { PROJECT } from '../helpers/content.ts';

const dist = inject('exampleDist');
const entries = checkContent({ root: PROJECT, asOf: AS_OF }).entries;
const SITES = {
	trust: createView(entries, 'public'),
	'trust-private': createView(entries, 'private'),
} as const;
type SiteName = keyof typeof SITES;
const SITE_NAMES = Object.keys(SITES) as SiteName[];

const file = (site: SiteName, path: string) => join(dist, site, path);
const read = (site: SiteName, path: string) => readFileSync(file(site, path), 'utf8');
/** `/controls/` → `controls/index.html`. */
const htmlFile = (path: string) => `${path.slice(1)}index.html`;
const htmlPages = (site: SiteName) =>
	listFiles(join(dist, site)).filter((f) => f.endsWith('.html') && f !== '404.html');

describe.each(SITE_NAMES)('%s', (site) => {
	const view = SITES[site];
	const org = view.organization.data;
	const pages = trustPages(view);

	test('has every section, every entry page and every machine-readable file', () => {
		const sections = [
			'/',
			'/security/',
			'/request-access/',
			'/search/',
			'/certifications/',
			'/controls/',
			'/ai/',
			'/ai-systems/',
			'/answers/',
			'/policies/',
			'/subprocessors/',
			'/documents/',
			'/updates/',
		];
		const entryPages = [
			...view.entries.systems.map((s) => `/ai-systems/${s.id}/`),
			...view.entries.policies.map((p) => `/policies/${p.id}/`),
			...view.entries.updates.map((u) => `/updates/${u.id}/`),
		];
		for (const path of [...sections, ...entryPages, ...pages.map((p) => p.path)])
			expect(existsSync(file(site, htmlFile(path))), path).toBe(true);
		for (const path of [
			'trust.json',
			'trust.schema.json',
			'.well-known/security.txt',
			'sitemap.xml',
			'updates/rss.xml',
			'updates/feed.json',
		])
			expect(existsSync(file(site, path)), path).toBe(true);
		expect(view.entries.systems.length).toBeGreaterThan(0);
		expect(view.entries.updates.length).toBeGreaterThan(0);
	});

	test('every page has its title, description, one main landmark, headings in order, and a 1200×630 preview image', () => {
		for (const page of pages) {
			const html = read(site, htmlFile(page.path));
			expect(html, page.path).toContain(`<title>${escapeHtml(`${page.title} · ${org.name}`)}`);
			expect(html, page.path).toContain(
				`<meta name="description" content="${escapeHtml(page.description)}">`,
			);
			// The search page is the one page kept out of the search index.
			expect(
				html.match(
					page.path === '/search/' ? /<main id="main">/g : /<main id="main" data-pagefind-body>/g,
				),
				page.path,
			).toHaveLength(1);
			const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
			expect(levels[0], page.path).toBe(1);
			levels.forEach(
				(level, i) =>
					i > 0 &&
					expect(level, `${page.path}: h${levels[i - 1]} then h${level}`).toBeLessThanOrEqual(
						levels[i - 1]! + 1,
					),
			);
			const image = /<meta property="og:image" content="([^"]+)">/.exec(html)?.[1];
			expect(image, page.path).toBe(
				new URL(
					ogImagePath(cardOf(page)),
					site === 'trust' ? org.trustCenterUrl : (org.privateTrustCenterUrl ?? org.trustCenterUrl),
				).href,
			);
			const png = readFileSync(file(site, ogImagePath(cardOf(page)).slice(1)));
			expect(
				png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
				page.path,
			).toBe(true);
			expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)], page.path).toEqual([1200, 630]);
		}
	});

	test("renders one preview card per section; entry pages share their section's", () => {
		const cards = listFiles(join(dist, site, 'og'))
			.filter((f) => f.endsWith('.png'))
			.map((f) => `/og/${f}`)
			.sort();
		expect(cards).toEqual([...new Set(pages.map((page) => ogImagePath(cardOf(page))))].sort());
		const entries = pages.filter((page) => page.card !== undefined);
		expect(entries.length).toBeGreaterThanOrEqual(view.entries.systems.length);
		for (const page of entries)
			expect(
				pages.some((p) => p.path === page.card && p.card === undefined),
				page.path,
			).toBe(true);
	});

	test('the answers CSV opens as a spreadsheet with one row per answer the site publishes', async () => {
		const sheet = await new ExcelJS.Workbook().csv.read(
			Readable.from([readFileSync(file(site, 'exports/answers.csv'))]),
		);
		const rows = sheet
			.getSheetValues()
			.filter((row): row is ExcelJS.CellValue[] => Array.isArray(row));
		expect(String(rows[0]?.[1]).replace(/^\uFEFF/, '')).toBe('ID');
		const ids = rows.slice(1).map((row) => String(row[1]));
		expect(ids.sort()).toEqual(view.entries.answers.map((a) => a.id).sort());
		expect(ids.length).toBeGreaterThan(0);
	});

	test('runs under script-src self: no inline scripts or event handlers, only JSON-LD data inline', () => {
		for (const page of htmlPages(site)) {
			const html = read(site, page);
			for (const [tag] of html.matchAll(/<script\b[^>]*>/g))
				expect(
					/\bsrc="\/[^"]+"/.test(tag) || tag.includes('type="application/ld+json"'),
					`${page}: ${tag}`,
				).toBe(true);
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
		expect(data.certifications.map((c: { id: string }) => c.id)).toEqual(
			view.entries.certifications.map((c) => c.id),
		);
		expect(data.controls.items).toHaveLength(view.entries.controls.length);
		expect(data.systems.map((s: { id: string }) => s.id)).toEqual(
			view.entries.systems.map((s) => s.id),
		);
	});

	test('security.txt carries the RFC 9116 fields from the organisation', () => {
		const text = read(site, '.well-known/security.txt');
		expect(text).toContain(`Contact: mailto:${org.contacts.security.email}\n`);
		const expires = /^Expires: (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)$/m.exec(text)?.[1];
		expect(expires).toBe(`${org.securityTxt.expires}T23:59:59Z`);
		expect(expires! > AS_OF).toBe(true);
		expect(text).toContain(
			`Preferred-Languages: ${org.securityTxt.preferredLanguages.join(', ')}\n`,
		);
		if (org.securityTxt.policy) expect(text).toContain(`Policy: ${org.securityTxt.policy}\n`);
		if (site === 'trust')
			expect(text).toContain(
				`Canonical: ${new URL('/.well-known/security.txt', org.trustCenterUrl).href}\n`,
			);
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
			for (const f of ['index.html', 'rss.xml', 'feed.json'])
				expect(existsSync(file(site, `${category}${f}`)), `${category}${f}`).toBe(true);
		}
	});

	test('the sitemap lists every HTML page and nothing else, sorted', () => {
		const xml = read(site, 'sitemap.xml');
		expect(isBalancedXml(xml)).toBe(true);
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		expect(locs).toEqual([...locs].sort());
		expect(new Set(locs)).toEqual(
			new Set(htmlPages(site).map((f) => `/${f.replace(/index\.html$/, '')}`)),
		);
	});

	test('documents: files in the view are served, nothing else', () => {
		const served = listFiles(join(dist, site, 'documents')).filter((f) => f !== 'index.html');
		expect(served.sort()).toEqual(view.entries.documents.map((d) => d.data.file).sort());
		for (const doc of view.entries.documents) {
			expect(readFileSync(file(site, `documents/${doc.data.file}`))).toEqual(
				readFileSync(join(PROJECT, 'src/content/documents/files', doc.data.file)),
			);
		}
	});

	test('the answers page cites its sources, offers copy, search and downloads', () => {
		const html = read(site, 'answers/index.html');
		for (const answer of view.entries.answers) {
			expect(html).toContain(
				`<h3 id="${answer.id}" data-answer-question>${escapeHtml(answer.data.question)}</h3>`,
			);
			for (const policy of answer.data.policies)
				expect(html).toContain(`href="/policies/${policy}/"`);
		}
		expect(html.match(/data-copy=/g)).toHaveLength(view.entries.answers.length);
		expect(html).toContain('href="/exports/answers.csv"');
		expect(html).toContain('href="/exports/answers.json"');
		expect(html).toContain('role="search"');
	});

	test('controls: one page per status present, with the status of every published line', () => {
		const all = read(site, 'controls/index.html');
		expect(all.match(/<tr id="[^"]+" data-status="(?!unpublished)/g)).toHaveLength(
			view.entries.controls.length,
		);
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
		expect(read('trust-private', 'controls/index.html')).toContain(
			'<strong>Implementation:</strong>',
		);
		expect(read('trust', 'controls/index.html')).not.toContain('Implementation:');
	});

	test('private documents: listed publicly with a request link, their files only in the private build', () => {
		const { documentsOnRequest } = SITES.trust;
		expect(documentsOnRequest.length).toBeGreaterThan(0);
		const publicFiles = new Set(SITES.trust.entries.documents.map((d) => d.data.file));
		const privateOnly = SITES['trust-private'].entries.documents.filter(
			(d) => d.data.audience === 'private' && !publicFiles.has(d.data.file),
		);
		expect(privateOnly.length).toBeGreaterThan(0);
		for (const doc of privateOnly) {
			expect(existsSync(file('trust', `documents/${doc.data.file}`)), doc.data.file).toBe(false);
			expect(existsSync(file('trust-private', `documents/${doc.data.file}`)), doc.data.file).toBe(
				true,
			);
		}
		const page = read('trust', 'documents/index.html');
		const org = SITES.trust.organization.data;
		for (const doc of documentsOnRequest) expect(page).toContain(escapeHtml(doc.title));
		expect(page).toContain(
			`href="mailto:${(org.contacts.documentRequests ?? org.contacts.security).email}?subject=`,
		);
	});

	test('the overview carries Organization JSON-LD with the certificates held, and attestations as reports', () => {
		const html = read('trust', 'index.html');
		const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
		const ld = JSON.parse(json!);
		expect(ld['@type']).toBe('Organization');
		const held = SITES.trust.entries.certifications.filter((c) => isHeld(c.data.status));
		const names = (list: { name: string }[] | undefined) => (list ?? []).map((c) => c.name);
		expect(names(ld.hasCertification)).toEqual(
			held
				.filter((c) => c.data.kind === 'certification')
				.map((c) => `${c.data.standard} certificate`),
		);
		// SOC 2 is an attestation: an auditor's report, never called a certificate.
		const attested = held.filter((c) => c.data.kind === 'attestation');
		expect(attested.length).toBeGreaterThan(0);
		expect(names(ld.subjectOf)).toEqual(attested.map((c) => `${c.data.standard} report`));
	});
});

/** A line of plain text that ends a sentence or is a list item: what a clean paragraph looks like. */
const CLEAN_LINE = /(?:[.!?:)"”’]|^(?:- |\d+[.)] ).*)$/;

describe.each(SITE_NAMES)('%s: what buyers look for', (site) => {
	const view = SITES[site];
	const org = view.organization.data;

	test('/security/ covers policies, controls by category, testing, incident response, disclosure and contact', () => {
		const html = read(site, 'security/index.html');
		for (const id of [
			'policies',
			'controls',
			'testing',
			'incident-response',
			'disclosure',
			'contact',
		])
			expect(html, id).toContain(`id="${id}"`);
		const approved = view.entries.policies.filter((p) => p.data.status === 'approved');
		expect(approved.length).toBeGreaterThan(0);
		for (const p of approved) expect(html).toContain(`href="/policies/${p.id}/"`);
		expect(html.match(/<span class="cat-id">A\.\d+<\/span>/g)).toHaveLength(9);
		expect(html).toContain(`href="mailto:${org.contacts.security.email}"`);
		if (org.vulnerabilityDisclosure) expect(html).toContain('href="/security/disclosure-policy/"');
	});

	test('every security.txt URL on the trust center’s own host resolves to a built page', () => {
		const text = read(site, '.well-known/security.txt');
		const hosts = new Set(
			[org.trustCenterUrl, org.privateTrustCenterUrl]
				.filter((u): u is string => u !== undefined)
				.map((u) => new URL(u).host),
		);
		const own = [...text.matchAll(/^[A-Za-z-]+: (https:\/\/\S+)$/gm)]
			.map((m) => new URL(m[1]!))
			.filter((u) => hosts.has(u.host));
		// Contact, Policy and Canonical in the example: the check cannot pass on an empty list.
		expect(own.length).toBeGreaterThanOrEqual(3);
		expect(own.map((u) => u.href)).toEqual(
			expect.arrayContaining(securityTxtUrls(org).map((u) => u.url)),
		);
		for (const url of own) {
			const path = decodeURIComponent(url.pathname).slice(1);
			const candidates =
				path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
			expect(
				candidates.some((c) => existsSync(file(site, c))),
				`${url.href} → ${candidates.join(' or ')}`,
			).toBe(true);
		}
	});

	test('a short-answer pill only beside a yes/no question', () => {
		const html = read(site, 'answers/index.html');
		const articles = [
			...html.matchAll(/<article class="answer" data-answer="([^"]+)"[^>]*>([\s\S]*?)<\/article>/g),
		];
		expect(articles).toHaveLength(view.entries.answers.length);
		const pills = new Map(
			articles.map(([, id, inner]) => [
				id!,
				/class="pill (yes|no|partial|not-applicable)"/.exec(inner!)?.[1],
			]),
		);
		// Open questions never show one, whatever the content says (the rule itself, on planted
		// open questions with a response, is in tests/unit/trust/figures.test.ts).
		const open = view.entries.answers.filter((a) =>
			/^(who|what|how|describe|which|when|where|why|list|explain)\b/i.test(a.data.question),
		);
		expect(open.length, 'the example has open questions').toBeGreaterThan(0);
		for (const a of open) expect(pills.get(a.id), a.data.question).toBeUndefined();
		for (const a of view.entries.answers)
			if (pills.get(a.id)) expect(isYesNoQuestion(a.data.question), a.data.question).toBe(true);
		expect(
			[...pills.values()].filter(Boolean).length,
			'yes/no questions keep their pill',
		).toBeGreaterThan(0);
	});

	test('answer downloads hold clean paragraphs: no line break inside a sentence', async () => {
		// The example's answers are one paragraph a line; joining hard-wrapped lines is tested on
		// wrapped input in tests/unit/exports/plain-text.test.ts. Here: what buyers download is clean.
		expect(
			view.entries.answers.some((a) => (a.body ?? '').includes('\n')),
			'answers have more than one line, so the check means something',
		).toBe(true);
		const json = JSON.parse(read(site, 'exports/answers.json')) as {
			answers: { id: string; answer: string }[];
		};
		const sheet = await new ExcelJS.Workbook().csv.read(
			Readable.from([readFileSync(file(site, 'exports/answers.csv'))]),
		);
		const column = (sheet.getRow(1).values as string[]).findIndex(
			(v) => String(v).replace(/^\uFEFF/, '') === 'Answer',
		);
		const csvTexts = sheet
			.getSheetValues()
			.slice(2)
			.filter(Array.isArray)
			.map((row) => String((row as unknown[])[column]));
		expect(csvTexts).toHaveLength(view.entries.answers.length);
		for (const text of [...json.answers.map((a) => a.answer), ...csvTexts]) {
			for (const line of text.split('\n'))
				if (line.trim() !== '') expect(line, text.slice(0, 80)).toMatch(CLEAN_LINE);
		}
	});

	test('the header navigation is a <details> menu with every section, for phones without JavaScript', () => {
		for (const path of ['index.html', 'answers/index.html', 'security/index.html']) {
			const html = read(site, path);
			const nav =
				/<nav class="nav-row" aria-label="Trust center">\s*<details class="nav-menu">\s*<summary>Menu<\/summary>([\s\S]*?)<\/details>\s*<\/nav>/.exec(
					html,
				)?.[1];
			expect(nav, path).toBeDefined();
			for (const href of [
				'/',
				'/security/',
				'/controls/',
				'/answers/',
				'/documents/',
				'/subprocessors/',
			])
				expect(nav, `${path} ${href}`).toContain(`href="${href}"`);
		}
	});

	test('the overview, /controls/ and /security/ show the same figures, from one derivation', () => {
		const { annexA, clauses } = posture(view);
		const tile = `${inPlace(annexA)}<small> / ${annexA.applicable}</small>`;
		expect(read(site, 'index.html')).toContain(tile);
		const controls = read(site, 'controls/index.html');
		expect(controls).toContain(tile);
		expect(read(site, 'security/index.html')).toContain(
			`${inPlace(annexA)} of ${annexA.applicable} applicable ISO/IEC 42001 Annex A controls`,
		);
		// The chips count every published line, and agree with the rows of the page.
		for (const status of ['implemented', 'partial'] as const) {
			const rows =
				controls.match(new RegExp(`<tr id="[^"]+" data-status="${status}"`, 'g'))?.length ?? 0;
			expect(rows, status).toBe(annexA.byStatus[status] + clauses.byStatus[status]);
			expect(controls).toMatch(new RegExp(`data-filter="${status}"[^>]*>\\s*[^<(]+\\(${rows}\\)`));
		}
	});
});

describe('the NDA tier is visible on the private site', () => {
	test('private-only entries carry an NDA badge there; the public site shows none', () => {
		for (const page of htmlPages('trust'))
			expect(read('trust', page), page).not.toContain('class="nda-badge"');
		const view = SITES['trust-private'];
		const answers = read('trust-private', 'answers/index.html');
		const articles = new Map(
			[
				...answers.matchAll(
					/<article class="answer" data-answer="([^"]+)"[^>]*>([\s\S]*?)<\/article>/g,
				),
			].map(([, id, inner]) => [id!, inner!]),
		);
		const privateAnswers = view.entries.answers.filter((a) => a.data.audience === 'private');
		expect(privateAnswers.length).toBeGreaterThan(0);
		for (const a of view.entries.answers)
			expect(articles.get(a.id)?.includes('class="nda-badge"'), a.id).toBe(
				a.data.audience === 'private',
			);
		const documents = read('trust-private', 'documents/index.html');
		for (const d of view.entries.documents.filter((d) => d.data.audience === 'private'))
			expect(documents).toMatch(
				new RegExp(`<li id="${d.id}">[\\s\\S]*?class="nda-badge"[\\s\\S]*?</li>`),
			);
	});

	test('the private overview says what the NDA adds and drops copy meant for the public', () => {
		const privateHome = read('trust-private', 'index.html');
		expect(privateHome).toContain('What this NDA trust center adds');
		expect(privateHome).not.toContain('More for customers and prospects under NDA');
		expect(privateHome).not.toMatch(/>\s*(?:<svg[^>]*>.*?<\/svg>)?Request access</);
		const publicHome = read('trust', 'index.html');
		expect(publicHome).toContain('More for customers and prospects under NDA');
		expect(publicHome).not.toContain('What this NDA trust center adds');
	});
});

describe('certifications follow their own kind’s track', () => {
	test('an attestation shows its report period and no stage 1 or stage 2 step', () => {
		const html = read('trust', 'certifications/index.html');
		const attestations = SITES.trust.entries.certifications.filter(
			(c) => c.data.kind === 'attestation',
		);
		expect(attestations.length).toBeGreaterThan(0);
		for (const c of attestations) {
			const card =
				new RegExp(
					`<li id="${c.id}" class="cert-card">([\\s\\S]*?)</li>\\s*(?:<li id=|</ul>)`,
				).exec(html)?.[1] ?? '';
			expect(card, c.id).toContain('Report period');
			expect(card, c.id).not.toMatch(/Stage [12] audit/);
		}
	});
});

describe('performance budget', () => {
	test('the overview with its stylesheets, scripts, fonts and images weighs at most 60 KB compressed', () => {
		const html = read('trust', 'index.html');
		const assets = [
			...html.matchAll(
				/<(?:link[^>]+rel="(?:stylesheet|modulepreload)"[^>]*href|script[^>]+src)="(\/[^"]+)"/g,
			),
		].map((m) => m[1]!);
		// Scripts import further chunks; count those too.
		const seen = new Set<string>();
		const visit = (path: string) => {
			if (seen.has(path)) return;
			seen.add(path);
			if (path.endsWith('.js'))
				for (const [, dep] of read('trust', path.slice(1)).matchAll(
					/from\s*"(\/_astro\/[^"]+)"|import\s*"(\/_astro\/[^"]+)"/g,
				))
					visit(dep!);
		};
		assets.forEach(visit);
		// Fonts the stylesheets load, and images the page shows, count too.
		for (const path of [...seen].filter((p) => p.endsWith('.css')))
			for (const [, url] of read('trust', path.slice(1)).matchAll(
				/url\(\s*["']?(\/[^"')]+\.woff2)/g,
			))
				seen.add(url!);
		for (const [, src] of html.matchAll(/<img[^>]+src="(\/[^"]+)"/g)) seen.add(src!);
		expect(
			[...seen].some((p) => p.endsWith('.woff2')),
			'the overview loads its display font',
		).toBe(true);
		const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
		const total =
			gz(html) +
			[...seen].reduce((sum, path) => sum + gz(readFileSync(file('trust', path.slice(1)))), 0);
		console.info(`overview: ${total} bytes gzipped (${[...seen].join(', ')})`);
		expect(total).toBeLessThanOrEqual(60 * 1024);
	});
});

function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Every element closed in order: enough to catch broken XML from string building. */
function isBalancedXml(xml: string): boolean {
	const stack: string[] = [];
	for (const [, close, name, self] of xml
		.replace(/<\?xml[^>]*\?>/, '')
		.matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
		if (self) continue;
		if (!close) stack.push(name!);
		else if (stack.pop() !== name) return false;
	}
	return stack.length === 0;
}
