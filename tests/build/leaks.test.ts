/**
 * The audience invariant, end to end: plant markers in everything above public (and in every
 * restricted field), build all three sites, and scan every byte of every output file.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { build, listFiles, readText } from '../helpers/build.ts';
import { contentTree, EXAMPLE } from '../helpers/content.ts';
import { ID_MARK, MARK, plantMarkers, type Planted } from '../helpers/markers.ts';

let dist: string;
let planted: Planted;

beforeAll(() => {
	const { root } = contentTree('leaks', EXAMPLE);
	planted = plantMarkers(root, 'src/content');
	dist = join(root, 'dist');
	const result = build(join(root, 'src/content'), dist);
	if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
});

function findMarkers(site: string, prefix: string): string[] {
	const dir = join(dist, site);
	return listFiles(dir).flatMap((file) => {
		const found = readText(dir, file).match(new RegExp(`${prefix}\\d{4}x`, 'g')) ?? [];
		return [...new Set(found)].map((marker) => `${site}/${file}: ${marker}`);
	});
}

describe('no content above a site’s audience reaches it', () => {
	test('markers were planted in private and internal entries and fields', () => {
		expect(planted.markers.private.length).toBeGreaterThan(10);
		expect(planted.markers.internal.length).toBeGreaterThan(50);
	});

	test('the public trust center holds no private or internal marker, in any file', () => {
		expect(findMarkers('trust', MARK.private)).toEqual([]);
		expect(findMarkers('trust', MARK.internal)).toEqual([]);
	});

	test('the private trust center holds no internal marker, in any file', () => {
		expect(findMarkers('trust-private', MARK.internal)).toEqual([]);
	});

	// Identifiers name files and pages: a private entry's id on the public site is a leak too.
	test('no site holds the identifier of an entry above its audience', () => {
		expect(planted.ids.private.length).toBeGreaterThan(0);
		expect(planted.ids.internal.length).toBeGreaterThan(50);
		expect(findMarkers('trust', ID_MARK.private)).toEqual([]);
		expect(findMarkers('trust', ID_MARK.internal)).toEqual([]);
		expect(findMarkers('trust-private', ID_MARK.internal)).toEqual([]);
	});

	test('the sites above do show those identifiers', () => {
		expect(findMarkers('trust-private', ID_MARK.private).length).toBeGreaterThan(0);
		expect(findMarkers('handbook', ID_MARK.internal).length).toBeGreaterThan(0);
	});

	// Without these the scans above could pass on sites that render nothing.
	test('the private trust center does show private content, in its pages and its search index', () => {
		const found = findMarkers('trust-private', MARK.private);
		expect(found.some((hit) => hit.includes('.html:'))).toBe(true);
		expect(found.some((hit) => hit.includes('/pagefind/'))).toBe(true);
	});

	// The answers workbook is a zip: this proves the scan reads inside it, so the public one is really checked.
	test('the private trust center’s answers workbook does hold private answers', () => {
		expect(
			findMarkers('trust-private', MARK.private).some((hit) =>
				hit.startsWith('trust-private/exports/answers.xlsx:'),
			),
		).toBe(true);
		expect(
			findMarkers('trust', MARK.private).filter((hit) => hit.includes('answers.xlsx')),
		).toEqual([]);
	});

	test('the handbook shows internal content', () => {
		expect(findMarkers('handbook', MARK.internal).length).toBeGreaterThan(0);
	});
});
