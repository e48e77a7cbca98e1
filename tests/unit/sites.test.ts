import { describe, expect, test } from 'vitest';
import { AUDIENCES } from '../../src/lib/audiences.ts';
import { currentSite, SITE_NAMES, siteFor, SITES } from '../../src/lib/sites.ts';

describe('the sites and their decisions', () => {
	test('one site per audience, and siteFor finds it', () => {
		expect(SITE_NAMES.map((n) => SITES[n].audience).sort()).toEqual([...AUDIENCES].sort());
		for (const audience of AUDIENCES) expect(siteFor(audience).audience).toBe(audience);
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
