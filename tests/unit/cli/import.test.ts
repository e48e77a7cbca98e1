/**
 * `npm run import -- inventory`: a failing import writes nothing; an author's edits survive a
 * re-import, and a hand edit the sheet would overwrite is kept and reported; XLSX sheets with
 * real date cells work too. The federal inventories at full size: import-omb.test.ts.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/pipeline.ts';
import { contentTree, writeContent } from '../../helpers/content.ts';
import { AS_OF, run, treeHash } from './_run.ts';

const errorsOf = (root: string) =>
	checkContent({ root, asOf: AS_OF }).diagnostics.filter((d) => d.severity === 'error');

describe('safety', () => {
	const csv =
		'ID,Name,Purpose,Stage,Risk level,Last reviewed,Notes\nS-1,Claims triage,Sorts claims.,live,low,1 Mar 2026,First\nS-2,Chat helper,Answers staff.,unknown-stage,medium,03/15/2026,\n';

	test('--dry-run reports and writes nothing', () => {
		const { root, content } = contentTree('import-dry');
		writeContent(root, 'inv.csv', csv);
		const before = treeHash(content);
		const result = run('import.ts', ['inventory', 'inv.csv', '--dry-run'], root);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(
			'systems: 2 would be created, 0 would be updated, 0 unchanged.',
		);
		expect(result.stdout).toContain('Dry run: nothing was written.');
		expect(treeHash(content)).toBe(before);
	});

	test('an import that fails validation writes nothing and names the file, the field and the fix', () => {
		const { root, content } = contentTree('import-fail');
		writeContent(root, 'inv.csv', csv);
		writeContent(
			root,
			'bad.yaml',
			'name: bad\nid: { column: ID }\nfields: { title: Name }\ndefaults: { stage: launched, useCase.decision: approved, euAiAct.tier: minimal, euAiAct.role: deployer, oversight.mode: human-in-the-loop, supplier.type: in-house, riskLevel: low }\n',
		);
		const before = treeHash(content);
		const result = run('import.ts', ['inventory', 'inv.csv', '--mapping', 'bad.yaml'], root);
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('The import stopped: 2 errors. Nothing was written.');
		expect(result.stdout).toMatch(
			/error src\/content\/systems\/s-1\.md:\d+: stage: "launched" is not one of proposed, .*\n {4}fix: write one of/,
		);
		expect(treeHash(content)).toBe(before);
	});

	test('an unknown owner stops the import', () => {
		const { root } = contentTree('import-owner');
		writeContent(root, 'inv.csv', csv);
		const result = run('import.ts', ['inventory', 'inv.csv', '--owner', 'nobody'], root);
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('owner "nobody" is not a person in people/');
	});

	test('an author’s edits survive a re-import; a changed sheet value is reported', () => {
		const { root, content } = contentTree('import-edit');
		writeContent(root, 'inv.csv', csv);
		expect(run('import.ts', ['inventory', 'inv.csv'], root).status).toBe(0);
		const file = join(content, 'systems/s-1.md');
		const imported = readFileSync(file, 'utf8');
		expect(imported).toContain('stage: deployed');
		expect(imported).toContain('lastReviewed: 2026-03-01');
		const edited =
			imported.replace(
				'intendedUse: "TODO: from import"',
				'intendedUse: Claims staff, to sort incoming claims.',
			) + '\nOur own notes.\n';
		writeFileSync(file, edited);
		// The edit stays; only the import note about the placeholder, now gone, leaves the body.
		const again = run('import.ts', ['inventory', 'inv.csv'], root);
		expect(again.stdout).toContain('updated src/content/systems/s-1.md (row 2): body');
		const kept = readFileSync(file, 'utf8');
		expect(kept).toBe(
			edited.replace(
				'- intendedUse: no usable value in the sheet; "TODO: from import" written. Fill it in.\n',
				'',
			),
		);
		expect(run('import.ts', ['inventory', 'inv.csv'], root).stdout).toContain(
			'systems: 0 created, 0 updated, 2 unchanged.',
		);

		writeContent(root, 'inv.csv', csv.replace('live,low', 'live,high'));
		const changed = run('import.ts', ['inventory', 'inv.csv'], root);
		expect(changed.status).toBe(0);
		expect(changed.stdout).toContain(
			'updated src/content/systems/s-1.md (row 2): riskLevel, oversight, impactAssessment, body',
		);
		const after = readFileSync(file, 'utf8');
		expect(after).toContain('intendedUse: Claims staff, to sort incoming claims.');
		expect(after).toContain('Our own notes.');
		expect(existsSync(join(content, 'impact-assessments/s-1.md'))).toBe(true);
		expect(errorsOf(root)).toEqual([]);
	});
});

test('an XLSX sheet with date cells, serial numbers and rich text imports with the generic preset', async () => {
	const { root, content } = contentTree('import-xlsx');
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Inventory');
	sheet.addRow([
		'ID',
		'Name',
		'Purpose',
		'Vendor',
		'Built or bought',
		'Oversight',
		'Personal data',
		'Last reviewed',
		'Next review',
	]);
	sheet.addRow([
		'X-1',
		'Fraud scoring',
		{ richText: [{ text: 'Scores ' }, { text: 'payments.' }] },
		'Acme',
		'bought',
		'Human on the loop',
		'yes',
		new Date(Date.UTC(2026, 2, 1)),
		46447,
	]);
	sheet.addRow([
		'',
		'Meeting notes',
		'Summarises meetings.',
		'',
		'built',
		'',
		'no',
		'2026-04-02',
		'',
	]);
	const file = join(root, 'inventory.xlsx');
	await workbook.xlsx.writeFile(file);
	const result = run('import.ts', ['inventory', file], root);
	expect(result.stderr).toBe('');
	expect(result.status).toBe(0);
	expect(result.stdout).toContain('(2 rows, sheet "Inventory")');
	const fraud = readFileSync(join(content, 'systems/x-1.md'), 'utf8');
	expect(fraud).toContain('purpose: Scores payments.');
	expect(fraud).toMatch(/supplier:\n {2}type: third-party\n {2}vendor: Acme/);
	expect(fraud).toContain('mode: human-on-the-loop');
	expect(fraud).toContain('lastReviewed: 2026-03-01');
	expect(fraud).toContain('nextReview: 2027-03-01');
	expect(fraud).toContain('- personal data (categories not stated in the inventory)');
	expect(
		readdirSync(join(content, 'systems')).some((f) => /^meeting-notes-[0-9a-f]{8}\.md$/.test(f)),
	).toBe(true);
	expect(errorsOf(root)).toEqual([]);
});

describe('re-imports respect hand edits', () => {
	const csv =
		'ID,Name,Purpose,Stage,Risk level,Notes\nS-1,Claims triage,Sorts claims.,live,low,First\nS-2,Chat helper,Answers staff.,pilot,medium,\n';
	const setup = (name: string) => {
		const { root, content } = contentTree(name);
		writeContent(root, 'inv.csv', csv);
		expect(run('import.ts', ['inventory', 'inv.csv'], root).status).toBe(0);
		return { root, file: join(content, 'systems/s-1.md'), content };
	};

	test('a title edited by hand is kept and reported as a conflict by file and field, run after run, while other fields update', () => {
		const { root, file, content } = setup('import-conflict');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace('title: Claims triage', 'title: Claims triage (v2)'),
		);
		writeContent(
			root,
			'inv.csv',
			csv.replace('Claims triage,Sorts claims.,live,low', 'Claims triage,Sorts claims.,live,high'),
		);
		for (let i = 0; i < 2; i++) {
			const again = run('import.ts', ['inventory', 'inv.csv'], root);
			expect(again.status).toBe(0);
			expect(again.stdout).toContain(
				"Edited by hand since the last import, and the sheet says otherwise: 1 field in 1 file. The files' values were kept:",
			);
			expect(again.stdout).toContain(
				'  conflict src/content/systems/s-1.md (row 2): title: the file has "Claims triage (v2)", the sheet "Claims triage"',
			);
			expect(again.stdout).toContain('--theirs');
			const after = readFileSync(file, 'utf8');
			expect(after).toContain('title: Claims triage (v2)');
			expect(after).toContain('riskLevel: high');
		}
		expect(errorsOf(root)).toEqual([]);
		// --ours: the edit stays and is no longer reported, until the sheet changes the title.
		expect(run('import.ts', ['inventory', 'inv.csv', '--ours'], root).stdout).not.toContain(
			'conflict',
		);
		const quiet = treeHash(content);
		const next = run('import.ts', ['inventory', 'inv.csv'], root);
		expect(next.stdout).not.toContain('conflict');
		expect(next.stdout).toContain('systems: 0 created, 0 updated, 2 unchanged.');
		expect(treeHash(content)).toBe(quiet);
		writeContent(root, 'inv.csv', csv.replace('Claims triage', 'Claims sorting'));
		expect(run('import.ts', ['inventory', 'inv.csv'], root).stdout).toContain(
			'title: the file has "Claims triage (v2)", the sheet "Claims sorting"',
		);
		expect(readFileSync(file, 'utf8')).toContain('title: Claims triage (v2)');
	});

	test('a value the sheet gives where it gave none replaces the default, unless someone wrote over the default', () => {
		const { root, content } = contentTree('import-default');
		// First without a stage: the default goes in, and is recorded as what the import wrote.
		writeContent(root, 'inv.csv', csv.replace(',live,', ',,').replace(',pilot,', ',,'));
		expect(run('import.ts', ['inventory', 'inv.csv'], root).status).toBe(0);
		expect(readFileSync(join(content, 'systems/s-1.md'), 'utf8')).toContain('stage: proposed');
		const other = join(content, 'systems/s-2.md');
		writeFileSync(
			other,
			readFileSync(other, 'utf8').replace('riskLevel: medium', 'riskLevel: low'),
		);
		writeContent(root, 'inv.csv', csv.replace(',pilot,medium,', ',pilot,high,'));
		const result = run('import.ts', ['inventory', 'inv.csv'], root);
		expect(result.stdout).not.toContain('conflict src/content/systems/s-1.md');
		expect(readFileSync(join(content, 'systems/s-1.md'), 'utf8')).toContain('stage: deployed');
		// s-2's risk level was edited by hand (medium → low) and the sheet now says high: kept, reported.
		expect(result.stdout).toContain(
			'conflict src/content/systems/s-2.md (row 3): riskLevel: the file has "low", the sheet "high"',
		);
	});

	test('--theirs takes the sheet’s value over the hand edit', () => {
		const { root, file } = setup('import-theirs');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace(
				'purpose: Sorts claims.',
				'purpose: Sorts and routes claims.',
			),
		);
		const result = run('import.ts', ['inventory', 'inv.csv', '--theirs'], root);
		expect(result.stdout).not.toContain('conflict');
		expect(result.stdout).toContain('updated src/content/systems/s-1.md (row 2): purpose');
		expect(readFileSync(file, 'utf8')).toContain('purpose: Sorts claims.');
	});

	test('text written inside the import block is kept and reported, not replaced', () => {
		const { root, file } = setup('import-block');
		const edited = readFileSync(file, 'utf8').replace(
			'**Notes**: First',
			'**Notes**: First, and reviewed by me',
		);
		writeFileSync(file, edited);
		writeContent(root, 'inv.csv', csv.replace(',First', ',First (revised)'));
		const result = run('import.ts', ['inventory', 'inv.csv'], root);
		expect(result.stdout).toContain(
			'conflict src/content/systems/s-1.md (row 2): body (the import block): the file has',
		);
		expect(readFileSync(file, 'utf8')).toBe(edited);
		run('import.ts', ['inventory', 'inv.csv', '--theirs'], root);
		expect(readFileSync(file, 'utf8')).toContain('**Notes**: First (revised)');
	});

	test('--theirs and --ours together are a usage error', () => {
		const result = run('import.ts', ['inventory', 'inv.csv', '--theirs', '--ours']);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			'npm run import: give --theirs or --ours, not both (see npm run import -- --help)\n',
		);
	});
});
