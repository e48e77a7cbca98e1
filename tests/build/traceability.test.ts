/**
 * Traceability both ways, proved on the built handbook: the graph of links between the pages
 * of systems, risks, controls (SoA lines), impact assessments, datasets and audits (with their
 * findings) is read from each page's <main>, and every link shown on one side must be shown on
 * the other. Also checks that the graph has the edges the issue names, so a handbook that
 * linked nothing could not pass.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';

const TYPES = ['systems', 'risks', 'controls', 'impact-assessments', 'datasets', 'audits'] as const;
/** Listing pages that are not entries: inventory filter pages, numbered pages of an index. */
const NOT_ENTRIES = /^\/systems\/(tier|stage|supplier|owner)\/|^\/[^/]+\/page\//;
const ENTRY_LINK = new RegExp(`href="(/(?:${TYPES.join('|')})/[^/"#?]+/)(?:#[^"]*)?"`, 'g');

let graph: Map<string, Set<string>>;

beforeAll(() => {
	const dist = join(inject('exampleDist'), 'handbook');
	graph = new Map();
	for (const type of TYPES) {
		for (const id of readdirSync(join(dist, type))) {
			const path = `/${type}/${id}/`;
			const file = join(dist, type, id, 'index.html');
			if (NOT_ENTRIES.test(path) || !existsSync(file)) continue;
			const html = readFileSync(file, 'utf8');
			const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
			graph.set(
				path,
				new Set(
					[...main.matchAll(ENTRY_LINK)]
						.map(([, href]) => href!)
						.filter((href) => href !== path && !NOT_ENTRIES.test(href)),
				),
			);
		}
	}
});

const kind = (path: string) => path.split('/')[1]!;

describe('traceability', () => {
	test('every link between two records is shown on both records’ pages', () => {
		const oneWay: string[] = [];
		for (const [from, targets] of graph)
			for (const to of targets) if (!graph.get(to)?.has(from)) oneWay.push(`${from} → ${to}`);
		expect(oneWay).toEqual([]);
	});

	test('the graph links systems, risks, controls, impact assessments, datasets and audits to each other', () => {
		const pairs = new Set<string>();
		for (const [from, targets] of graph)
			for (const to of targets) pairs.add(`${kind(from)} → ${kind(to)}`);
		for (const pair of [
			'systems → risks',
			'systems → controls',
			'systems → impact-assessments',
			'systems → datasets',
			'risks → controls',
			'impact-assessments → risks',
			'impact-assessments → controls',
			'audits → controls',
		])
			expect(pairs, pair).toContain(pair);
	});
});
