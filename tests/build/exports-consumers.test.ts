/**
 * The example's machine-readable files as their consumers read them, on the real build
 * (tests/global-setup.ts): every page an OSCAL SSP links to exists on the site that serves it;
 * trust.json and the JSON Feed say what the HTML pages show (same counts, same names);
 * trust.schema.json compiles under Ajv's strict mode; the overview's JSON-LD expands with a
 * JSON-LD processor to schema.org types; and every page's Open Graph tags are complete, the
 * 404 page claiming no address of its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import jsonld from 'jsonld';
import { describe, expect, inject, test } from 'vitest';
import { listFiles } from '../helpers/build.ts';
import { PROJECT } from '../helpers/content.ts';
import { parseHtml } from '../helpers/html.ts';

// Parsed export documents, read by path in assertions: their schemas are checked by the real validators.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const dist = inject('exampleDist');
const SITES = ['trust', 'trust-private', 'handbook'] as const;
type Site = (typeof SITES)[number];
const read = (site: Site, path: string) => readFileSync(join(dist, site, path), 'utf8');
const html = (site: Site, path: string) => parseHtml(read(site, path));
const json = (site: Site, path: string) => JSON.parse(read(site, path)) as Json;

/** The built file an address of the site serves (`/controls/` → `controls/index.html`), and its #fragment. */
function builtFile(href: string, base: string): { file: string; fragment: string } {
	const url = new URL(href);
	expect(url.origin, href).toBe(new URL(base).origin);
	const path = decodeURIComponent(url.pathname).slice(1);
	return {
		file: path === '' || path.endsWith('/') ? `${path}index.html` : path,
		fragment: url.hash.slice(1),
	};
}

describe.each(SITES)('%s: OSCAL SSP links', (site) => {
	const ssp = json(site, 'exports/oscal-ssp.json')['system-security-plan'];
	const base = new URL(ssp.metadata.links[0].href).origin;
	const hrefs: string[] = [
		...ssp.metadata.links.map((l: Json) => l.href),
		...ssp['control-implementation']['implemented-requirements'].flatMap((r: Json) =>
			(r.links ?? []).filter((l: Json) => l.rel === 'reference').map((l: Json) => l.href),
		),
		...(ssp['back-matter']?.resources ?? []).flatMap((r: Json) =>
			(r.rlinks ?? []).map((l: Json) => l.href),
		),
	];

	test('every link to the site resolves to a built page, and every #fragment to an element on it', () => {
		expect(hrefs.length).toBeGreaterThan(10);
		for (const href of hrefs) {
			const { file, fragment } = builtFile(href, base);
			expect(existsSync(join(dist, site, file)), `${href} → ${file}`).toBe(true);
			if (fragment) expect(html(site, file).one(`[id="${fragment}"]`), href).not.toBeNull();
		}
	});

	test('links only to its own site: the trust centers never point into the handbook', () => {
		if (site !== 'handbook') for (const href of hrefs) expect(href).not.toContain('handbook');
		const ns = JSON.stringify(ssp).match(/"ns": ?"([^"]+)"/g) ?? [];
		expect(ns.length).toBeGreaterThan(0);
		for (const n of ns) expect(n).toContain('https://trust.northwind-analytics.example/ns/oscal');
	});
});

describe.each(['trust', 'trust-private'] as const)(
	'%s: trust.json and the JSON Feed agree with the pages',
	(site) => {
		const data = json(site, 'trust.json');
		const base = data.$schema.replace(/\/trust\.schema\.json$/, '');
		const pageOf = (url: string) => html(site, builtFile(url, base).file);
		const h1 = (url: string) => {
			const page = pageOf(url);
			// Without the NDA badge the private site adds to an entry only it shows.
			return page.text(page.one('h1')!).replace(/ NDA: shared under NDA only$/, '');
		};

		test('its schema compiles under strict Ajv, and the file validates', () => {
			const validate = new Ajv2020({ strict: true, allErrors: true }).compile(
				json(site, 'trust.schema.json'),
			);
			expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
		});

		test('subprocessors: one per row of the subprocessors table, same names, purposes and AI flag', () => {
			const page = html(site, 'subprocessors/index.html');
			const rows = page.all('main tbody tr');
			expect(data.subprocessors.length).toBeGreaterThan(0);
			expect(rows.map((r) => r.attribs.id)).toEqual(data.subprocessors.map((s: Json) => s.id));
			for (const s of data.subprocessors) {
				const row = page.one(`tr[id="${s.id}"]`)!;
				const cells = page
					.all('th, td')
					.filter((cell) => cell.parent === row)
					.map((cell) => page.text(cell));
				expect(cells[0]).toContain(s.name);
				expect(cells[1]).toBe(s.purpose);
				expect(cells[3]).toBe(s.locations.join(', '));
				// The AI flag is the "AI provider" badge beside the name.
				expect(cells[0]!.includes('AI provider')).toBe(s.aiProvider);
			}
		});

		test('certifications, systems, policies and updates: the same entries as their pages, with the same titles', () => {
			const certifications = html(site, 'certifications/index.html');
			expect(certifications.all('main li[id]').map((li) => li.attribs.id)).toEqual(
				data.certifications.map((c: Json) => c.id),
			);
			for (const c of data.certifications)
				expect(certifications.text(certifications.one(`li[id="${c.id}"] h2`)!)).toBe(c.title);
			for (const list of ['systems', 'policies', 'updates'] as const) {
				expect(data[list].length, list).toBeGreaterThan(0);
				for (const item of data[list]) expect(h1(item.url), item.url).toBe(item.title);
			}
			const linked = (page: string, pattern: RegExp) =>
				new Set(
					html(site, page)
						.all('main a[href]')
						.map((a) => a.attribs.href!)
						.filter((href) => pattern.test(href)),
				);
			expect(linked('ai-systems/index.html', /^\/ai-systems\/[^/]+\/$/).size).toBe(
				data.systems.length,
			);
			expect(linked('policies/index.html', /^\/policies\/[^/]+\/$/).size).toBe(
				data.policies.length,
			);
			expect(linked('updates/index.html', /^\/updates\/(?!category\/)[^/]+\/$/).size).toBe(
				data.updates.length,
			);
		});

		test('the overview’s figures: Annex A controls in place of applicable, answer count, AI policy', () => {
			const overview = html(site, 'index.html');
			const { byStatus, disclosed } = data.controls.annexA;
			const tile = overview
				.all('main .stat')
				.map((stat) => overview.text(stat))
				.find((text) => text.includes('Annex A controls in place'));
			expect(tile, 'the Annex A stat tile').toBeDefined();
			expect(tile).toContain(
				`${byStatus.implemented + byStatus.alternative} / ${disclosed - byStatus['not-applicable']}`,
			);
			expect(json(site, 'exports/answers.json').answers).toHaveLength(data.answers.count);
			expect(overview.all('main a[href]').map((a) => a.attribs.href)).toContain(
				new URL(data.policies.find((p: Json) => p.id === data.aiPolicy).url).pathname,
			);
		});

		test('the JSON Feed has one item per update page, with its title and address', () => {
			const feed = json(site, 'updates/feed.json');
			expect(feed.items.map((i: Json) => i.url).sort()).toEqual(
				data.updates.map((u: Json) => u.url).sort(),
			);
			for (const item of feed.items) expect(h1(item.url), item.url).toBe(item.title);
		});
	},
);

describe('JSON-LD of the overview', () => {
	// The schema.org context, offline (tests/fixtures/jsonld/SOURCE.md); any other remote context fails the test.
	const context = JSON.parse(
		readFileSync(join(PROJECT, 'tests/fixtures/jsonld/schema-org-context.jsonld'), 'utf8'),
	);
	const documentLoader = async (url: string) => {
		if (!/^https?:\/\/schema\.org\/?$/.test(url))
			throw new Error(`unexpected remote context ${url}`);
		return { contextUrl: undefined, documentUrl: url, document: context };
	};
	const S = 'http://schema.org/';

	test.each(['trust', 'trust-private'] as const)(
		'%s: expands to an Organization with its Certifications and its attestation Reports',
		async (site) => {
			const page = html(site, 'index.html');
			const scripts = page.all('script[type="application/ld+json"]');
			expect(scripts).toHaveLength(1);
			const doc = JSON.parse(page.text(scripts[0]!));
			// safe mode: a term that does not expand (a typo, an unknown keyword) is an error, not silently dropped.
			const [org] = (await jsonld.expand(doc, {
				documentLoader,
				safe: true,
			} as jsonld.Options.Expand)) as Json[];
			expect(org!['@type']).toEqual([`${S}Organization`]);
			const certifications = org![`${S}hasCertification`] as Json[];
			expect(certifications.length).toBeGreaterThan(0);
			for (const c of certifications) {
				expect(c['@type']).toEqual([`${S}Certification`]);
				expect(c[`${S}issuedBy`][0]['@type']).toEqual([`${S}Organization`]);
				expect(c[`${S}certificationIdentification`][0]['@value']).toMatch(/\S/);
				expect(c[`${S}validFrom`][0]).toEqual({
					'@type': `${S}Date`,
					'@value': expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
				});
				expect(c[`${S}expires`][0]).toEqual({
					'@type': `${S}Date`,
					'@value': expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
				});
				expect(c[`${S}certificationStatus`][0]).toEqual({
					'@id': 'https://schema.org/CertificationActive',
				});
			}
			expect(JSON.stringify(doc)).not.toContain('EducationalOccupationalCredential');
			// The example's SOC 2 Type II is an attestation: a Report about the organisation, never a certificate.
			expect(certifications.map((c) => c[`${S}name`][0]['@value'])).not.toContainEqual(
				expect.stringMatching(/SOC 2/),
			);
			const reports = org![`${S}subjectOf`] as Json[];
			expect(reports.map((r) => r['@type'])).toEqual([[`${S}Report`]]);
			const [soc2] = reports;
			expect(soc2![`${S}name`][0]['@value']).toBe('SOC 2 Type II report');
			expect(soc2![`${S}author`][0]['@type']).toEqual([`${S}Organization`]);
			expect(soc2![`${S}reportNumber`][0]['@value']).toMatch(/\S/);
			expect(soc2![`${S}datePublished`][0]).toEqual({
				'@type': `${S}Date`,
				'@value': expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
			});
			expect(soc2![`${S}temporalCoverage`][0]['@value']).toMatch(
				/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/,
			);
			expect(JSON.stringify(reports)).not.toMatch(/certif/i);
		},
	);
});

describe.each(SITES)('%s: page metadata', (site) => {
	const pages = listFiles(join(dist, site)).filter((f) => f.endsWith('.html'));

	test('every page with a preview image says its size and what it shows', () => {
		let withImage = 0;
		for (const file of pages) {
			const page = html(site, file);
			const meta = (property: string) => page.one(`meta[property="${property}"]`)?.attribs.content;
			if (!meta('og:image')) continue;
			withImage++;
			expect([meta('og:image:width'), meta('og:image:height')], file).toEqual(['1200', '630']);
			expect(meta('og:image:alt'), file).toMatch(/\S/);
			const image = builtFile(meta('og:image')!, meta('og:image')!).file;
			expect(existsSync(join(dist, site, image)), `${file}: ${image}`).toBe(true);
		}
		if (site !== 'handbook') expect(withImage).toBe(pages.length - 1);
	});

	test('the 404 page has no canonical URL and no og:url: it has no address of its own', () => {
		const page = html(site, '404.html');
		expect(page.one('link[rel="canonical"]')).toBeNull();
		expect(page.one('meta[property="og:url"]')).toBeNull();
		if (site === 'trust')
			expect(html(site, 'index.html').one('link[rel="canonical"]')?.attribs.href).toBe(
				'https://trust.northwind-analytics.example/',
			);
	});
});
