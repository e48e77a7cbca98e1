import { describe, expect, test } from 'vitest';
import { contentType } from '../../../src/lib/trust/documents.ts';
import { jsonFeed, rfc822, rssFeed } from '../../../src/lib/trust/feeds.ts';
import { jsonLdText, organizationJsonLd } from '../../../src/lib/trust/json-ld.ts';
import { pageMeta, trustPages } from '../../../src/lib/trust/pages.ts';
import { securityTxt } from '../../../src/lib/trust/security-txt.ts';
import { sitemapXml } from '../../../src/lib/trust/sitemap.ts';
import { siteBaseUrl, SITES } from '../../../src/lib/sites.ts';
import { ogImagePath, requestAccessHref } from '../../../src/lib/trust/urls.ts';
import { trustView } from './fixture.ts';

const options = {
	title: 'T',
	description: 'D',
	homePageUrl: 'https://t.example/updates/',
	feedUrl: 'https://t.example/updates/rss.xml',
	base: 'https://t.example',
};

describe('page registry', () => {
	test('lists every page once, sorted, with entries of the view only', () => {
		const paths = trustPages(trustView('public')).map((p) => p.path);
		expect(paths).toEqual([...new Set(paths)].sort());
		expect(paths).toContain('/ai-systems/claims-assistant/');
		expect(paths).toContain('/controls/status/not-applicable/');
		expect(paths).not.toContain('/controls/status/alternative/');
		expect(paths).toContain('/updates/category/compliance/');
		// The security update is private.
		expect(paths).not.toContain('/updates/internal-thing/');
		expect(trustPages(trustView('private')).map((p) => p.path)).toContain(
			'/updates/internal-thing/',
		);
	});

	test('a page that is not registered fails the build with a fix', () => {
		expect(() => pageMeta(trustView('public'), '/nowhere/')).toThrow(/src\/lib\/trust\/pages.ts/);
	});

	test('image paths mirror page paths', () => {
		expect(ogImagePath('/')).toBe('/og/index.png');
		expect(ogImagePath('/controls/status/planned/')).toBe('/og/controls/status/planned.png');
	});
});

describe('feeds', () => {
	const updates = trustView('public').entries.updates;

	test('RSS has one item per update, newest first, escaped', () => {
		const hostile = { ...updates[0]!, data: { ...updates[0]!.data, title: '<b>&</b>' } };
		const rss = rssFeed([...updates, { ...hostile, id: 'zz' }], options);
		expect(rss.match(/<item>/g)).toHaveLength(3);
		expect(rss.indexOf('new-subprocessor')).toBeLessThan(rss.indexOf('iso-42001-certified'));
		expect(rss).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
		expect(rss).toContain(`<pubDate>${rfc822('2026-06-01')}</pubDate>`);
		expect(rfc822('2026-03-05')).toBe('Thu, 05 Mar 2026 00:00:00 GMT');
	});

	test('JSON Feed 1.1 carries the same items', () => {
		const feed = JSON.parse(jsonFeed(updates, options));
		expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
		expect(feed.items.map((i: { id: string }) => i.id)).toEqual([
			'https://t.example/updates/new-subprocessor/',
			'https://t.example/updates/iso-42001-certified/',
		]);
		expect(feed.items[0].date_published).toBe('2026-06-01T00:00:00Z');
	});
});

describe('security.txt', () => {
	test('follows RFC 9116 from the organisation entry', () => {
		const org = trustView('public').organization.data;
		const text = securityTxt(
			{
				...org,
				securityTxt: {
					...org.securityTxt,
					policy: 'https://m.example/vdp',
					preferredLanguages: ['en', 'de'],
				},
			},
			'https://trust.minimal.example/.well-known/security.txt',
		);
		expect(text).toBe(
			'Contact: mailto:security@minimal.example\nExpires: 2027-10-01T23:59:59Z\nPreferred-Languages: en, de\nCanonical: https://trust.minimal.example/.well-known/security.txt\nPolicy: https://m.example/vdp\n',
		);
		expect(securityTxt(org, undefined)).not.toContain('Canonical');
	});
});

describe('sitemap', () => {
	test('is sorted, without duplicates, escaped', () => {
		const xml = sitemapXml([
			'https://t.example/b/',
			'https://t.example/a/?x=1&y=2',
			'https://t.example/b/',
		]);
		expect(xml.match(/<loc>/g)).toHaveLength(2);
		expect(xml.indexOf('/a/')).toBeLessThan(xml.indexOf('/b/'));
		expect(xml).toContain('x=1&amp;y=2');
	});
});

describe('JSON-LD', () => {
	test('names the organisation and the certificates it holds, not those in progress', () => {
		const view = trustView('public');
		const ld = organizationJsonLd(view, 'https://trust.minimal.example');
		expect(ld).toMatchObject({ '@type': 'Organization', name: 'Minimal Co' });
		expect(ld.hasCertification).toEqual([
			expect.objectContaining({
				'@type': 'Certification',
				certificationIdentification: 'AIMS 123456',
				expires: '2029-02-28',
			}),
		]);
		expect(jsonLdText({ a: '</script>' })).toBe('{"a":"\\u003c/script>"}');
		expect(ld).not.toHaveProperty('subjectOf');
	});

	test('an attestation is a Report about the organisation, never a certificate or a certification', () => {
		const view = trustView('public');
		const [iso] = view.entries.certifications.filter((c) => c.data.status === 'certified');
		const soc2 = {
			...iso!,
			id: 'soc-2-attested',
			data: {
				...iso!.data,
				standard: 'SOC 2 Type II',
				title: 'SOC 2',
				kind: 'attestation' as const,
				status: 'attested' as const,
				body: 'Halden & Crane LLP',
				certificateNumber: 'Report HC-1',
				scope: 'Security and availability.',
				period: { start: '2026-01-01', end: '2026-06-30' },
				issued: '2026-08-01',
				expires: '2027-07-31',
				verifyUrl: undefined,
			},
		};
		const ld = organizationJsonLd(
			{
				...view,
				entries: { ...view.entries, certifications: [...view.entries.certifications, soc2] },
			},
			'https://trust.minimal.example',
		);
		expect((ld.hasCertification as { name: string }[]).map((c) => c.name)).toEqual([
			'ISO/IEC 42001:2023 certificate',
		]);
		expect(ld.subjectOf).toEqual([
			{
				'@type': 'Report',
				name: 'SOC 2 Type II report',
				about: { '@type': 'CreativeWork', name: 'SOC 2 Type II' },
				description: 'Security and availability.',
				reportNumber: 'Report HC-1',
				author: { '@type': 'Organization', name: 'Halden & Crane LLP' },
				datePublished: '2026-08-01',
				temporalCoverage: '2026-01-01/2026-06-30',
				expires: '2027-07-31',
			},
		]);
		expect(JSON.stringify(ld.subjectOf)).not.toMatch(/certif/i);
	});
});

describe('documents and links', () => {
	test('request links go to the document-request mailbox with the title', () => {
		const org = trustView('public').organization.data;
		const href = requestAccessHref(org, 'Pen test & summary');
		expect(
			href.startsWith(
				'mailto:security@minimal.example?subject=Document%20request%3A%20Pen%20test%20%26%20summary',
			),
		).toBe(true);
	});

	test('the private site has its own address when it has one', () => {
		expect(
			siteBaseUrl(SITES['trust-private'], {
				trustCenterUrl: 'https://a.example',
				privateTrustCenterUrl: 'https://b.example',
			}),
		).toBe('https://b.example');
		expect(siteBaseUrl(SITES['trust-private'], { trustCenterUrl: 'https://a.example' })).toBe(
			'https://a.example',
		);
		expect(
			siteBaseUrl(SITES.handbook, {
				trustCenterUrl: 'https://a.example',
				handbookUrl: 'https://aims.internal.example',
			}),
		).toBe('https://aims.internal.example');
		// A real address only where one is named: security.txt's Canonical is left out rather than guessed.
		expect(SITES['trust-private'].address({ trustCenterUrl: 'https://a.example' })).toBeUndefined();
	});

	test('files get their media type', () => {
		expect(contentType('report.pdf')).toBe('application/pdf');
		expect(contentType('x.csv')).toBe('text/csv; charset=utf-8');
	});
});
