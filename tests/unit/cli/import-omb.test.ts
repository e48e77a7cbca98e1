/**
 * The published US federal inventories, at their real size and with their real headers and
 * vocabularies (tests/fixtures/inventories/generate.ts), imported with their presets: every
 * row keeps its meaning — identifier, risk, stage, supplier, personal data, purpose — the result
 * passes the check, and a second run changes no file.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseContent } from '../../../src/lib/content/parse.ts';
import { slugify } from '../../../src/cli/import/values.ts';
import { checkContent } from '../../../src/lib/pipeline.ts';
import {
	omb2024,
	omb2025,
	toCsv,
	toWindows1252,
	type Inventory,
	type RowTruth,
} from '../../fixtures/inventories/generate.ts';
import { contentTree } from '../../helpers/content.ts';
import { AS_OF, run, treeHash } from './_run.ts';

const errorsOf = (root: string) =>
	checkContent({ root, asOf: AS_OF }).diagnostics.filter((d) => d.severity === 'error');

/** The fields of an imported system or assessment file that these tests read. */
interface ReadData {
	title?: string;
	system?: string;
	riskLevel?: string;
	impactAssessment?: string;
	stage?: string;
	supplier?: { type?: string; vendor?: string };
	personalData?: string[];
	purpose?: string;
}

interface Read {
	name: string;
	data: ReadData;
	body: string;
}

function readAll(dir: string): Read[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.map((name) => ({
			name,
			...(parseContent(readFileSync(join(dir, name), 'utf8'), 'md') as {
				data: ReadData;
				body: string;
			}),
		}));
}

/** A cell as the importer keeps it: control characters become spaces, ends trimmed. */
const cleaned = (text: string) =>
	text
		.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ')
		.replace(/ {2,}/g, ' ')
		.trim();

/** Every row of the sheet against the entry it became (titles are unique in the fixture). */
function expectMeaningKept(inventory: Inventory, content: string) {
	const systems = readAll(join(content, 'systems'));
	const assessments = new Map(readAll(join(content, 'impact-assessments')).map((a) => [a.name, a]));
	const byTitle = new Map(systems.map((s) => [s.data.title as string, s]));
	const idCounts = new Map<string, number>();
	for (const t of inventory.truth) if (t.id) idCounts.set(t.id, (idCounts.get(t.id) ?? 0) + 1);
	const lost: string[] = [];
	inventory.truth.forEach((t: RowTruth, i) => {
		const entry = byTitle.get(cleaned(t.title));
		const where = `row ${i + 2} (${t.title})`;
		if (!entry) {
			lost.push(`${where}: no entry`);
			return;
		}
		const d = entry.data;
		if (t.id && idCounts.get(t.id) === 1 && entry.name !== `${slugify(t.id, 80)}.md`)
			lost.push(`${where}: file ${entry.name}, not its id ${t.id}`);
		if (t.id && !entry.body.includes(`: ${t.id}\n`))
			lost.push(`${where}: the sheet's identifier is not in the body`);
		if (t.high) {
			if (d.riskLevel !== 'high') lost.push(`${where}: riskLevel ${d.riskLevel}`);
			const stub = assessments.get(`${d.impactAssessment}.md`);
			if (!stub) lost.push(`${where}: no impact assessment`);
			else if (
				stub.data.system !== entry.name.slice(0, -3) ||
				!/## What the inventory says/.test(stub.body)
			)
				lost.push(`${where}: the assessment does not carry the sheet's answers`);
		} else if (d.riskLevel === 'high') lost.push(`${where}: high without being high-impact`);
		if (d.stage !== (t.stage ?? 'proposed'))
			lost.push(`${where}: stage ${d.stage}, expected ${t.stage}`);
		if (t.supplier && d.supplier?.type !== t.supplier)
			lost.push(`${where}: supplier ${d.supplier?.type}`);
		if (t.vendor && d.supplier?.vendor !== t.vendor)
			lost.push(`${where}: vendor ${d.supplier?.vendor}`);
		const pii = (d.personalData ?? []) as string[];
		if (t.pii === true && pii.length !== 1)
			lost.push(`${where}: personal data ${JSON.stringify(pii)}`);
		if (t.pii !== true && pii.length)
			lost.push(`${where}: personal data ${JSON.stringify(pii)} where the sheet says none`);
		if (t.purpose ? d.purpose !== cleaned(t.purpose) : d.purpose !== 'TODO: from import')
			lost.push(`${where}: purpose ${JSON.stringify(d.purpose)}`);
	});
	expect(lost.slice(0, 20)).toEqual([]);
	expect(systems).toHaveLength(inventory.truth.length);
	expect(assessments.size).toBe(inventory.truth.filter((t) => t.high).length);
}

/** No raw control character but the line break in any file, so any YAML reader takes them. */
function expectPlainText(content: string) {
	const bad: string[] = [];
	for (const dir of ['systems', 'impact-assessments']) {
		for (const name of readdirSync(join(content, dir)))
			if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(readFileSync(join(content, dir, name), 'utf8')))
				bad.push(`${dir}/${name}`);
	}
	expect(bad).toEqual([]);
}

describe('the 2025 federal inventory (3,611 individually reported use cases)', () => {
	const inventory = omb2025();
	const { root, content } = contentTree('import-omb-2025-full');
	const csv = join(root, '2025_consolidated_ai_inventory.csv');
	let first: ReturnType<typeof run>;
	beforeAll(() => {
		writeFileSync(csv, toCsv(inventory));
		first = run('import.ts', ['inventory', csv, '--preset', 'omb-2025'], root);
	}, 180_000);

	test('imports every row and says what it did, grouped', () => {
		expect(first.stderr).toBe('');
		expect(first.status).toBe(0);
		expect(first.stdout).toContain(
			'Read 2025_consolidated_ai_inventory.csv (3611 rows, utf-8) with the omb-2025 mapping.',
		);
		expect(first.stdout).toContain('systems: 3611 created, 0 updated, 0 unchanged.');
		expect(first.stdout).toContain('impact-assessments: 445 created, 0 updated, 0 unchanged.');
		// 704 blank; 13 rows repeat an identifier, and the rows they repeat lose theirs too.
		expect(first.stdout).toMatch(
			/Identifiers generated for \d+ rows \(704 blank, \d+ repeated, 0 unusable\)/,
		);
		expect(first.stdout).toContain('"High-impact" → "high": 445 rows');
		expect(first.stdout).toContain(
			'"Presumed High-Impact, but Not High-impact" → "medium": 110 rows',
		);
		expect(first.stdout).toContain(
			'riskLevel: no usable value in the sheet, defaulted to "medium": 426 rows',
		);
		expect(first.stdout).toContain('"Vendor Purchased" → "third-party": 1500 rows');
		// One line for the 445 drafts, not one each.
		expect(first.stdout.match(/^ {2}impactAssessment: .*$/gm)).toEqual([
			'  impactAssessment: a high-risk system needs an impact assessment; a draft was started in impact-assessments/<id>.md: complete it: 445 rows',
		]);
		expect(first.stdout).toMatch(
			/Tabs or control characters in \d+ cells were replaced by spaces\./,
		);
	});

	test('every row keeps its meaning: identifier, risk and assessment, stage, supplier, vendor, personal data, purpose', () => {
		expectMeaningKept(inventory, content);
	});

	test('the files hold no raw control character, and the result passes the check', () => {
		expectPlainText(content);
		expect(errorsOf(root)).toEqual([]);
	});

	test('a high-impact use case’s draft assessment carries the sheet’s hi_* answers', () => {
		const i = inventory.truth.findIndex((t) => t.high && t.id);
		const row = Object.fromEntries(inventory.headers.map((h, c) => [h, inventory.rows[i]![c]!]));
		const stub = readFileSync(
			join(content, 'impact-assessments', `${slugify(row.id!, 80)}.md`),
			'utf8',
		);
		expect(stub).toContain(`**Potential impacts**: ${row.hi_potential_impacts}`);
		expect(stub).toContain(`**Appeal process**: ${row.hi_appeal_process}`);
		expect(stub).toContain('status: draft');
	});

	test('a second run of the same file changes no file, byte for byte', () => {
		const before = treeHash(content);
		const second = run('import.ts', ['inventory', csv, '--preset', 'omb-2025'], root, {
			AIMS_AS_OF: '2027-02-01',
		});
		expect(second.status).toBe(0);
		expect(second.stdout).toContain('systems: 0 created, 0 updated, 3611 unchanged.');
		expect(second.stdout).not.toContain('conflict');
		expect(treeHash(content)).toBe(before);
	});
});

describe('a high-impact use case whose hi_* answers change after the import', () => {
	const inventory = omb2025();
	// A slice of the real-size file around one high-impact use case with an identifier.
	const at = inventory.truth.findIndex((t) => t.high && t.id);
	const rows = inventory.rows.slice(Math.max(0, at - 5), at + 5);
	const target = rows.indexOf(inventory.rows[at]!);
	const column = inventory.headers.indexOf('hi_potential_impacts');
	const stubOf = (content: string) =>
		readFileSync(
			join(content, 'impact-assessments', `${slugify(inventory.truth[at]!.id!, 80)}.md`),
			'utf8',
		);
	const withImpacts = (text: string): Inventory => ({
		...inventory,
		rows: rows.map((r, i) => (i === target ? r.map((c, j) => (j === column ? text : c)) : r)),
	});

	test('the draft assessment follows the sheet; an edit inside its block is kept and reported; --theirs takes the sheet', () => {
		const { root, content } = contentTree('import-omb-assessment-refresh');
		const csv = join(root, 'inv.csv');
		writeFileSync(csv, toCsv(withImpacts('Wrongful denial of benefits.')));
		const first = run('import.ts', ['inventory', csv, '--preset', 'omb-2025'], root);
		expect(first.status).toBe(0);
		expect(first.stdout).toContain('impact-assessments: 1 created');
		expect(stubOf(content)).toContain('**Potential impacts**: Wrongful denial of benefits.');

		// The sheet changes: the draft follows, and nothing else in it moves.
		const before = stubOf(content);
		writeFileSync(csv, toCsv(withImpacts('Wrongful denial or delay of benefits.')));
		const second = run('import.ts', ['inventory', csv, '--preset', 'omb-2025'], root);
		expect(second.status).toBe(0);
		expect(second.stdout).toContain('impact-assessments: 0 created, 1 updated');
		expect(stubOf(content)).toBe(
			before.replace('Wrongful denial of benefits.', 'Wrongful denial or delay of benefits.'),
		);

		// An assessor writes inside the block, and the sheet changes again: the edit stays and is reported.
		const file = join(content, 'impact-assessments', `${slugify(inventory.truth[at]!.id!, 80)}.md`);
		writeFileSync(
			file,
			stubOf(content).replace(
				'Wrongful denial or delay of benefits.',
				'Denial of benefits; reviewed with the program office.',
			),
		);
		writeFileSync(csv, toCsv(withImpacts('Delay of benefits.')));
		const third = run('import.ts', ['inventory', csv, '--preset', 'omb-2025'], root);
		expect(third.stdout).toMatch(
			/conflict src\/content\/impact-assessments\/[^ ]+\.md \(row \d+\): body \(the import block\)/,
		);
		expect(stubOf(content)).toContain('Denial of benefits; reviewed with the program office.');
		expect(
			run('import.ts', ['inventory', csv, '--preset', 'omb-2025', '--theirs'], root).status,
		).toBe(0);
		expect(stubOf(content)).toContain('**Potential impacts**: Delay of benefits.');
		expect(errorsOf(root)).toEqual([]);
	}, 120_000);
});

describe('the 2024 consolidated federal inventory (2,133 rows, windows-1252, no identifier column)', () => {
	const inventory = omb2024();
	const { root, content } = contentTree('import-omb-2024-full');
	const csv = join(root, '2024_consolidated_ai_inventory_raw_v2.csv');
	let first: ReturnType<typeof run>;
	beforeAll(() => {
		writeFileSync(csv, toWindows1252(toCsv(inventory)));
		first = run('import.ts', ['inventory', csv, '--preset', 'omb-2024'], root);
	}, 180_000);

	test('imports every row; agency stage names, "N/A" and the repeated follow-up headers are handled', () => {
		expect(first.stderr).toBe('');
		expect(first.status).toBe(0);
		expect(first.stdout).toContain('(2133 rows, windows-1252)');
		expect(first.stdout).toContain('impact-assessments: 351 created');
		expect(first.stdout).toContain('"In production" → "deployed": 30 rows');
		expect(first.stdout).toContain('"In mission" → "deployed": 12 rows');
		expect(first.stdout).toContain(
			'Tabs or control characters in 2 cells were replaced by spaces.',
		);
		expect(first.stdout).not.toMatch(/"N\/A"/);
		expect(first.stdout).toContain(
			'Identifiers generated for 2133 rows: the sheet has no identifier column, from a hash of Agency, Bureau, Use Case Name so a re-run finds the same file:',
		);
		expect(first.stdout).toContain(
			'"If Other, please explain. (9)" (was "If Other, please explain.")',
		);
	});

	test('every row keeps its meaning, and the result passes the check', () => {
		expectMeaningKept(inventory, content);
		expectPlainText(content);
		expect(errorsOf(root)).toEqual([]);
	});

	test('a second run changes no file', () => {
		const before = treeHash(content);
		const second = run('import.ts', ['inventory', csv, '--preset', 'omb-2024'], root);
		expect(second.stdout).toContain('systems: 0 created, 0 updated, 2133 unchanged.');
		expect(treeHash(content)).toBe(before);
	});
});

describe('a preset does not fit silently', () => {
	const inventory = omb2025({ rows: 60, seed: 7 });
	const without = (drop: string[]): Inventory => {
		const keep = inventory.headers
			.map((h, i) => [h, i] as const)
			.filter(([h]) => !drop.includes(h));
		return {
			headers: keep.map(([h]) => h),
			rows: inventory.rows.map((r) => keep.map(([, i]) => r[i]!)),
			truth: inventory.truth,
		};
	};

	test('a column the preset maps that the file lacks stops the import, naming each one; nothing is written', () => {
		const { root, content } = contentTree('import-omb-missing');
		writeFileSync(join(root, 'inv.csv'), toCsv(without(['vendor_name', 'is_high_impact'])));
		const before = treeHash(content);
		const result = run('import.ts', ['inventory', 'inv.csv', '--preset', 'omb-2025'], root);
		expect(result.status).toBe(1);
		expect(result.stdout).toContain(
			'error inv.csv: has no column "vendor_name", which the omb-2025 layout maps to supplier.vendor',
		);
		expect(result.stdout).toContain(
			'error inv.csv: has no column "is_high_impact", which the omb-2025 layout maps to riskLevel',
		);
		expect(result.stdout).toContain('--allow-missing');
		expect(treeHash(content)).toBe(before);
	});

	test('with --allow-missing it goes on, with a warning listing each missing column', () => {
		const { root } = contentTree('import-omb-allow-missing');
		writeFileSync(join(root, 'inv.csv'), toCsv(without(['vendor_name'])));
		const result = run(
			'import.ts',
			['inventory', 'inv.csv', '--preset', 'omb-2025', '--allow-missing'],
			root,
		);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(
			/WARNING: 1 column the mapping expects is not in the sheet \(imported anyway, --allow-missing\).*\n {2}missing: supplier\.vendor ← vendor_name\n/,
		);
	});

	test('values outside the preset’s vocabulary are reported per column, with counts, and kept in the body', () => {
		const { root, content } = contentTree('import-omb-unknown');
		const stage = inventory.headers.indexOf('development_stage');
		const stageOf = (i: number) => (i < 3 ? 'Planning' : 'Sunset');
		const rows = inventory.rows.map((r, i) =>
			i > 3 ? r : r.map((c, j) => (j === stage ? stageOf(i) : c)),
		);
		writeFileSync(join(root, 'inv.csv'), toCsv({ headers: inventory.headers, rows }));
		const result = run('import.ts', ['inventory', 'inv.csv', '--preset', 'omb-2025'], root);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(
			/ {2}stage: kept in the body, the schema cannot take it \(development_stage\): 4 rows.*\n {6}"Planning": 3 rows\n {6}"Sunset": 1 row\n/,
		);
		const id = inventory.truth[0]!.id;
		if (id)
			expect(readFileSync(join(content, 'systems', `${slugify(id, 80)}.md`), 'utf8')).toContain(
				'**development\\_stage (for stage)**: Planning',
			);
	});

	test('a windows-1252 export of the 2025 file reads the same', () => {
		const { root, content } = contentTree('import-omb-2025-cp1252');
		writeFileSync(join(root, 'inv.csv'), toWindows1252(toCsv(inventory)));
		const result = run('import.ts', ['inventory', 'inv.csv', '--preset', 'omb-2025'], root);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('(60 rows, windows-1252)');
		expectMeaningKept(inventory, content);
	});

	test('the workbook as published, with a title row above the headers, reads the same', async () => {
		const { root, content } = contentTree('import-omb-2025-xlsx');
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Use cases');
		sheet.addRow(['2025 Federal Agency AI Use Case Inventory: individually reported use cases']);
		sheet.addRow([...inventory.headers]);
		for (const row of inventory.rows) sheet.addRow(row);
		await workbook.xlsx.writeFile(join(root, 'inv.xlsx'));
		const result = run('import.ts', ['inventory', 'inv.xlsx', '--preset', 'omb-2025'], root);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(
			'(60 rows, sheet "Use cases", headers on row 2, 1 row above them skipped)',
		);
		expectMeaningKept(inventory, content);
	});
});
