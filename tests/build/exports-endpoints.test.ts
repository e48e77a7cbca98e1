/**
 * The endpoints and index pages, on a real build of the export fixture: each site serves
 * exactly the exports the catalogue lists for it, and the trust center's files hold only what
 * its audience may read.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { EXPORTS, exportsFor } from '../../src/lib/exports/catalog.ts';
import { build, listFiles } from '../helpers/build.ts';
import { TMP } from '../helpers/content.ts';
import { exportEntries, INTERNAL_SYSTEM, PUBLIC_SYSTEM } from '../unit/exports/fixture.ts';

const dist = join(TMP, 'exports-build-dist');
const read = (site: string, file: string) =>
	readFileSync(join(dist, site, 'exports', file), 'utf8');

// Three real `astro build`s, within the sites project's hook timeout (vitest.config.ts).
beforeAll(() => {
	exportEntries('exports-build');
	const result = build(join(TMP, 'exports-build/src/content'), dist);
	if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
});

describe('export endpoints', () => {
	test('each site writes its exports and an index that lists them', () => {
		for (const [site, kind] of [
			['handbook', 'handbook'],
			['trust', 'trust'],
			['trust-private', 'trust'],
		] as const) {
			const files = listFiles(join(dist, site)).filter((f) => f.startsWith('exports/'));
			expect(files, site).toEqual(
				['exports/index.html', ...exportsFor(kind).map((e) => `exports/${e.file}`)].sort(),
			);
			const index = read(site, 'index.html');
			for (const e of exportsFor(kind))
				expect(index, `${site} ${e.file}`).toContain(`href="/exports/${e.file}"`);
		}
		// Every catalogue entry is published by at least one kind of site.
		const published = new Set(
			[...exportsFor('handbook'), ...exportsFor('trust')].map((e) => e.file),
		);
		expect([...published].sort()).toEqual(EXPORTS.map((e) => e.file).sort());
	});

	test('the public BOM and answers hold public entries only; the NDA build adds private answers', () => {
		const bom = read('trust', 'ml-bom.cdx.json');
		expect(bom).toContain(`system:${PUBLIC_SYSTEM}`);
		expect(bom).not.toContain(INTERNAL_SYSTEM);
		expect(read('handbook', 'ml-bom.cdx.json')).toContain(`system:${INTERNAL_SYSTEM}`);
		const ids = (site: string) =>
			(JSON.parse(read(site, 'answers.json')) as { answers: { id: string }[] }).answers.map(
				(a) => a.id,
			);
		expect(ids('trust')).toEqual(['encryption']);
		expect(ids('trust-private')).toEqual(['encryption', 'pentest']);
		expect(ids('handbook')).toEqual(['encryption', 'pentest', 'training-data']);
		expect(read('trust', 'oscal-ssp.json')).not.toContain('Committee minutes');
		expect(read('handbook', 'oscal-ssp.json')).toContain('Committee minutes');
	});

	test('each site’s answers workbook, opened by exceljs, holds the same answers as its JSON', async () => {
		for (const site of ['trust', 'trust-private', 'handbook']) {
			const workbook = new ExcelJS.Workbook();
			await workbook.xlsx.load(
				readFileSync(join(dist, site, 'exports/answers.xlsx')) as unknown as ArrayBuffer,
			);
			const sheet = workbook.getWorksheet('Questionnaire answers')!;
			const ids = sheet.getColumn(1).values.slice(2);
			const json = (
				JSON.parse(read(site, 'answers.json')) as { answers: { id: string; question: string }[] }
			).answers;
			expect(ids, site).toEqual(json.map((a) => a.id));
			expect(sheet.getColumn(3).values.slice(2), site).toEqual(json.map((a) => a.question));
		}
	});

	test('the handbook SoA CSV has 38 control rows and the workbook is a zip', () => {
		expect(read('handbook', 'soa.csv').trimEnd().split('\r\n')).toHaveLength(39);
		expect(
			readFileSync(join(dist, 'handbook/exports/auditor-workbook.xlsx')).subarray(0, 2).toString(),
		).toBe('PK');
	});
});
