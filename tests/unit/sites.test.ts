import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AUDIENCES } from '../../src/lib/audiences.ts';
import { basePathOf, sitePath, withBase } from '../../src/lib/routes.ts';
import { configuredBasePath, siteBasePath } from '../../src/lib/sites.ts';
import { BUILD_ORDER, currentSite, SITE_NAMES, siteFor, SITES } from '../../src/lib/sites.ts';

describe('the sites and their decisions', () => {
	test('one site per audience, and siteFor finds it', () => {
		expect(SITE_NAMES.map((n) => SITES[n].audience).sort()).toEqual([...AUDIENCES].sort());
		for (const audience of AUDIENCES) expect(siteFor(audience).audience).toBe(audience);
	});

	test('the build order lists every site once, the handbook (the largest) first', () => {
		expect([...BUILD_ORDER].sort()).toEqual([...SITE_NAMES].sort());
		expect(BUILD_ORDER[0]).toBe('handbook');
	});

	test('only the public trust center is indexable; every other site carries a banner saying not to forward it', () => {
		for (const name of SITE_NAMES) {
			const site = SITES[name];
			expect(site.indexable, name).toBe(site.audience === 'public');
			expect(Boolean(site.banner), name).toBe(!site.indexable);
		}
	});

	test('a site without its own address writes absolute links on the public address, but has no address of its own', () => {
		const org = { trustCenterUrl: 'https://trust.example' };
		expect(SITES.handbook.address(org)).toBeUndefined();
		expect(SITES.trust.address(org)).toBe('https://trust.example');
	});

	test("a site's base path is the path of its own address, ending in a slash", () => {
		expect(basePathOf('https://trust.example')).toBe('/');
		expect(basePathOf('https://trust.example/')).toBe('/');
		expect(basePathOf('https://example.com/trust')).toBe('/trust/');
		expect(basePathOf('https://example.com/aims/trust-center/')).toBe('/aims/trust-center/');
		expect(basePathOf(undefined)).toBe('/');
		const org = {
			trustCenterUrl: 'https://example.com/trust',
			privateTrustCenterUrl: 'https://example.com/nda/',
		};
		expect(siteBasePath(SITES.trust, org)).toBe('/trust/');
		expect(siteBasePath(SITES['trust-private'], org)).toBe('/nda/');
		// No address of its own: served at the root of whatever host it is put on.
		expect(siteBasePath(SITES.handbook, org)).toBe('/');
	});

	test('withBase and sitePath are inverses under a base', () => {
		expect(withBase('/controls/', '/trust/')).toBe('/trust/controls/');
		expect(withBase('/', '/trust/')).toBe('/trust/');
		expect(sitePath('/trust/controls/', '/trust/')).toBe('/controls/');
		expect(sitePath('/trust/', '/trust/')).toBe('/');
		expect(() => withBase('controls/', '/trust/')).toThrow('a site path starts with "/"');
	});

	test('the configuration reads the base path from the organisation entry alone, and falls back to the root', () => {
		const dir = mkdtempSync(join(tmpdir(), 'aims-base-'));
		try {
			expect(configuredBasePath(SITES.trust, dir), 'no organisation folder').toBe('/');
			mkdirSync(join(dir, 'organization'));
			const file = join(dir, 'organization', 'organization.yaml');
			writeFileSync(
				file,
				'name: Example\ntrustCenterUrl: https://example.com/trust\nhandbookUrl: https://intranet.example/aims/\n',
			);
			expect(configuredBasePath(SITES.trust, dir)).toBe('/trust/');
			expect(configuredBasePath(SITES.handbook, dir)).toBe('/aims/');
			expect(configuredBasePath(SITES['trust-private'], dir), 'no address').toBe('/');
			// The check reports these before any page renders; the configuration must not throw.
			writeFileSync(file, 'trustCenterUrl: not a url\n');
			expect(configuredBasePath(SITES.trust, dir)).toBe('/');
			writeFileSync(file, 'trustCenterUrl: [unclosed\n');
			expect(configuredBasePath(SITES.trust, dir)).toBe('/');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('AIMS_SITE chooses the site; anything else is refused with the names', () => {
		expect(currentSite({ AIMS_SITE: 'trust-private' })).toMatchObject({
			name: 'trust-private',
			audience: 'private',
		});
		expect(currentSite({}).name).toBe('handbook');
		expect(() => currentSite({ AIMS_SITE: 'public' })).toThrow(
			'AIMS_SITE must be one of trust, trust-private, handbook, not "public"',
		);
	});
});
