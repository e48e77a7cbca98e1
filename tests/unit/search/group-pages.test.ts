import { describe, expect, test } from 'vitest';
import { bundlePath, groupPages } from '../../../src/lib/search/index-site.ts';

describe('groupPages', () => {
	const files = [
		{ path: 'risks/b/index.html', bytes: 40 },
		{ path: 'index.html', bytes: 30 },
		{ path: 'risks/a/index.html', bytes: 40 },
		{ path: 'systems/x/index.html', bytes: 90 },
		{ path: 'policies/p/index.html', bytes: 20 },
	];

	test('cuts pages, in path order, into groups of at most the budget', () => {
		expect(groupPages(files, 100)).toEqual([
			['index.html', 'policies/p/index.html', 'risks/a/index.html'],
			['risks/b/index.html'],
			['systems/x/index.html'],
		]);
	});

	test('gives a page larger than the budget a group of its own, and everything one group when unbounded', () => {
		expect(groupPages(files, 45).map((g) => g.length)).toEqual([1, 1, 1, 1, 1]);
		expect(groupPages(files, Infinity)).toEqual([files.map((f) => f.path).sort()]);
		expect(groupPages([], 100)).toEqual([]);
	});

	test('names bundles as the browser loads them', () => {
		expect([1, 2, 10].map(bundlePath)).toEqual(['/pagefind/', '/pagefind-2/', '/pagefind-10/']);
	});
});
