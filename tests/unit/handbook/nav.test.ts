import { describe, expect, test } from 'vitest';
import { FACETS, facetValues, groupByFacet } from '../../../src/lib/handbook/facets.ts';
import { AREAS, crumbs, currentArea } from '../../../src/lib/handbook/nav.ts';
import { DETAIL_COLLECTIONS, hrefOf } from '../../../src/lib/handbook/routes.ts';
import { handbookFixture } from './_fixture.ts';

describe('navigation', () => {
	test('breadcrumbs lead from the handbook through the area to the page, which has no link', () => {
		expect(crumbs('/risks/', 'Model bias')).toEqual([
			{ label: 'Handbook', href: '/' },
			{ label: 'Risk register', href: '/risks/' },
			{ label: 'Model bias' },
		]);
		expect(crumbs('/risks/')).toEqual([
			{ label: 'Handbook', href: '/' },
			{ label: 'Risk register' },
		]);
	});

	test('the current area is the deepest area the page sits under; control pages sit with the SoA', () => {
		expect(currentArea('/')).toBe('/');
		expect(currentArea('/soa/clauses/')).toBe('/soa/clauses/');
		expect(currentArea('/systems/tier/minimal/')).toBe('/systems/');
		expect(currentArea('/controls/a.5.4/')).toBe('/soa/');
		expect(currentArea('/controls/clause-4.1/')).toBe('/soa/clauses/');
	});

	test('every collection with detail pages has an area in the sidebar', () => {
		for (const collection of DETAIL_COLLECTIONS.filter((c) => c !== 'controls'))
			expect(AREAS.map((a) => a.href)).toContain(`/${collection}/`);
		expect(hrefOf({ collection: 'answers', id: 'x' })).toBeUndefined();
	});
});

describe('inventory filters', () => {
	test('group each system once per facet, values in reference order', () => {
		const { view } = handbookFixture('handbook-facets');
		const groups = groupByFacet(view.entries.systems);
		for (const facet of FACETS) {
			const count = [...groups.get(facet)!.values()].reduce((sum, list) => sum + list.length, 0);
			expect(count, facet).toBe(view.entries.systems.length);
		}
		expect(facetValues(view.entries.systems, 'tier')).toEqual(['high-risk-annex-iii', 'minimal']);
		expect(facetValues(view.entries.systems, 'stage')).toEqual([
			'validation',
			'deployed',
			'monitoring',
		]);
		expect(facetValues(view.entries.systems, 'owner')).toEqual(['bob', 'cara']);
	});
});
