/**
 * Index pages of a large inventory stay small (issue 12): the inventory and each filter value
 * are cut into pages of at most PAGE_SIZE rows that together hold every system exactly once,
 * checked on the benchmark's synthetic 3,600-system organisation, loaded through the pipeline.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateOrganization } from '../../../src/cli/bench/generate.ts';
import { FACETS, facetPages } from '../../../src/lib/handbook/facets.ts';
import { PAGE_SIZE, pageHref, paginate } from '../../../src/lib/handbook/paging.ts';
import { raci } from '../../../src/lib/handbook/raci.ts';
import { tocOf } from '../../../src/lib/handbook/toc.ts';
import { checkContent } from '../../../src/lib/pipeline.ts';
import { createView } from '../../../src/lib/views/audience.ts';
import { TMP, writeContent } from '../../helpers/content.ts';

describe('paging', () => {
	test('cuts a list into pages that hold every item once, in order', () => {
		const items = Array.from({ length: 250 }, (_, i) => i);
		const pages = paginate(items, 100);
		expect(pages.map((p) => p.items.length)).toEqual([100, 100, 50]);
		expect(pages.flatMap((p) => p.items)).toEqual(items);
		expect(pages.map((p) => [p.page, p.pages, p.start, p.total])).toEqual([
			[1, 3, 0, 250],
			[2, 3, 100, 250],
			[3, 3, 200, 250],
		]);
		expect(paginate([])).toHaveLength(1);
	});

	test('page addresses: the first page is the list itself', () => {
		expect(pageHref('/systems/', 1)).toBe('/systems/');
		expect(pageHref('/systems/', 3)).toBe('/systems/page/3/');
		expect(pageHref('/systems/tier/minimal/', 2)).toBe('/systems/tier/minimal/page/2/');
	});

	test('at 3,600 systems every filter page and the people and assessment indexes hold at most a page of rows, and reach every entry', () => {
		const root = join(TMP, 'paging-3600');
		rmSync(root, { recursive: true, force: true });
		for (const [path, text] of Object.entries(generateOrganization(3600)))
			writeContent(join(root, 'src/content'), path, text);
		const view = createView(checkContent({ root, asOf: '2026-11-28' }).entries, 'internal');
		expect(view.entries.systems).toHaveLength(3600);
		expect(paginate(view.entries.systems).length).toBe(36);
		const pages = facetPages(view);
		for (const page of pages) expect(page.paged.items.length).toBeLessThanOrEqual(PAGE_SIZE);
		for (const facet of FACETS) {
			const reached = pages
				.filter((p) => p.facet === facet)
				.flatMap((p) => p.paged.items.map((s) => s.id));
			expect(new Set(reached).size, facet).toBe(reached.length);
			if (facet !== 'owner') expect(reached.length, facet).toBe(3600);
		}
		// The people and impact-assessment indexes page the way the inventory does: each page at
		// most a page of rows, all pages together every entry once, in the index's order.
		const { people } = raci(view);
		const indexes: [string, readonly { id: string }[]][] = [
			['people', people],
			['impact assessments', view.entries['impact-assessments']],
		];
		for (const [name, list] of indexes) {
			const paged = paginate(list);
			expect(paged.length, name).toBe(Math.ceil(list.length / PAGE_SIZE));
			expect(paged.length, `${name} need more than one page at this size`).toBeGreaterThan(1);
			for (const page of paged) expect(page.items.length, name).toBeLessThanOrEqual(PAGE_SIZE);
			expect(
				paged.flatMap((p) => p.items.map((e) => e.id)),
				name,
			).toEqual(list.map((e) => e.id));
		}
		rmSync(root, { recursive: true, force: true });
	}, 120_000);
});

describe('on-page contents', () => {
	test('keeps h2 and h3, drops a leading h3, and shows nothing for short pages', () => {
		const h = (slug: string, depth: number) => ({ slug, text: slug, depth });
		expect(
			tocOf([h('a', 3), h('b', 2), h('c', 3), h('d', 4), h('e', 2)]).map((x) => x.slug),
		).toEqual(['b', 'c', 'e']);
		expect(tocOf([h('a', 2), h('b', 2)])).toEqual([]);
	});
});
