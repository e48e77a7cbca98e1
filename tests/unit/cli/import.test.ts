/**
 * `npm run import -- inventory`: a messy 3,000-row federal inventory comes through whole,
 * validates, and a second run changes nothing; a failing import writes nothing; an author's
 * edits survive a re-import; XLSX sheets with real date cells work too.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/pipeline.ts';
import { contentTree, writeContent } from '../../helpers/content.ts';
import { AS_OF, run, treeHash } from './_run.ts';
import { ombCsv, toWindows1252 } from './_synthetic.ts';

const errorsOf = (root: string) => checkContent({ root, asOf: AS_OF }).diagnostics.filter((d) => d.severity === 'error');

describe('a 3,000-row OMB 2024 inventory in windows-1252', () => {
	const { root, content } = contentTree('import-omb');
	const csv = join(root, 'inventory.csv');
	let first: ReturnType<typeof run>;
	beforeAll(() => {
		writeFileSync(csv, toWindows1252(ombCsv(3000)));
		first = run('import.ts', ['inventory', csv, '--preset', 'omb-2024'], root);
	});
	const systems = () => readdirSync(join(content, 'systems'));

	// How long it takes is measured by `npm run bench -- --tools`, not asserted: a loaded machine is slow.
	test('imports every row, and says what it did', () => {
		expect(first.stderr).toBe('');
		expect(first.status).toBe(0);
		expect(first.stdout).toContain('Read inventory.csv (3000 rows, windows-1252, 6 empty rows skipped) with the omb-2024 mapping.');
		expect(first.stdout).toContain('Headers renamed so each is unique: "Notes (2)" (was "Notes").');
		expect(first.stdout).toContain('systems: 3000 created, 0 updated, 0 unchanged.');
		expect(first.stdout).toMatch(/Identifiers generated for 128 rows \(60 blank, 68 repeated, 0 unusable\)/);
		expect(first.stdout).toContain('stage: kept in the body, the schema cannot take it (Stage of Development): 500 rows');
		expect(first.stdout).toContain('e.g. "Operation and Maintenance" → "deployed"');
		expect(systems()).toHaveLength(3000);
	});

	test('the result passes the check with the rest of the content', () => {
		expect(errorsOf(root)).toEqual([]);
	});

	test('values are translated, kept or flagged, never dropped', () => {
		const file = readFileSync(join(content, 'systems/hhs-0003.md'), 'utf8');
		expect(file).toContain('title: "Use case 3: document triage – “Permits” assistant"');
		expect(file).toContain('riskLevel: high');
		expect(file).toContain('stage: deployed');
		expect(file).toContain('intendedUse: "TODO: from import"');
		expect(file).toContain('**Date Initiated**: 2024-03-01');
		expect(readFileSync(join(content, 'impact-assessments/hhs-0003.md'), 'utf8')).toContain('status: draft');
		// "TBD" is no lifecycle stage: defaulted, and the sheet's value kept in the body.
		const tbd = readFileSync(join(content, 'systems/usda-0005.md'), 'utf8');
		expect(tbd).toContain('stage: proposed');
		expect(tbd).toContain('**Stage of Development (for stage)**: TBD');
		// A list written as text became a list; markup in a cell stayed text.
		const listed = readFileSync(join(content, 'systems/usda-0030.md'), 'utf8');
		expect(listed).toMatch(/groups:\n {4}- Age\n {4}- Sex\/Gender\n {4}- Race\/Ethnicity/);
		expect(listed).toContain('a comma, and <b>markup</b>.');
		expect(readFileSync(join(content, 'systems/va-0011.md'), 'utf8')).toContain('**Notes (2)**: Second notes column');
		expect(readFileSync(join(content, 'systems/doe-0009.md'), 'utf8')).toContain('**Notes**: Reviewed by the CAIO office');
	});

	test('a second run of the same file changes nothing, byte for byte', () => {
		const before = treeHash(content);
		const second = run('import.ts', ['inventory', csv, '--preset', 'omb-2024'], root, { AIMS_AS_OF: '2027-02-01' });
		expect(second.status).toBe(0);
		expect(second.stdout).toContain('systems: 0 created, 0 updated, 3000 unchanged.');
		expect(treeHash(content)).toBe(before);
	});
});

describe('safety', () => {
	const csv = 'ID,Name,Purpose,Stage,Risk level,Last reviewed,Notes\nS-1,Claims triage,Sorts claims.,live,low,1 Mar 2026,First\nS-2,Chat helper,Answers staff.,unknown-stage,medium,03/15/2026,\n';

	test('--dry-run reports and writes nothing', () => {
		const { root, content } = contentTree('import-dry');
		writeContent(root, 'inv.csv', csv);
		const before = treeHash(content);
		const result = run('import.ts', ['inventory', 'inv.csv', '--dry-run'], root);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('systems: 2 would be created, 0 would be updated, 0 unchanged.');
		expect(result.stdout).toContain('Dry run: nothing was written.');
		expect(treeHash(content)).toBe(before);
	});

	test('an import that fails validation writes nothing and names the file, the field and the fix', () => {
		const { root, content } = contentTree('import-fail');
		writeContent(root, 'inv.csv', csv);
		writeContent(root, 'bad.yaml', 'name: bad\nid: { column: ID }\nfields: { title: Name }\ndefaults: { stage: launched, useCase.decision: approved, euAiAct.tier: minimal, euAiAct.role: deployer, oversight.mode: human-in-the-loop, supplier.type: in-house, riskLevel: low }\n');
		const before = treeHash(content);
		const result = run('import.ts', ['inventory', 'inv.csv', '--mapping', 'bad.yaml'], root);
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('The import stopped: 2 errors. Nothing was written.');
		expect(result.stdout).toMatch(/error src\/content\/systems\/s-1\.md:\d+: stage: "launched" is not one of proposed, .*\n {4}fix: write one of/);
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
		const edited = imported.replace('intendedUse: "TODO: from import"', 'intendedUse: Claims staff, to sort incoming claims.') + '\nOur own notes.\n';
		writeFileSync(file, edited);
		// The edit stays; only the import note about the placeholder, now gone, leaves the body.
		const again = run('import.ts', ['inventory', 'inv.csv'], root);
		expect(again.stdout).toContain('updated src/content/systems/s-1.md (row 2): body');
		const kept = readFileSync(file, 'utf8');
		expect(kept).toBe(edited.replace('- intendedUse: no usable value in the sheet; "TODO: from import" written. Fill it in.\n', ''));
		expect(run('import.ts', ['inventory', 'inv.csv'], root).stdout).toContain('systems: 0 created, 0 updated, 2 unchanged.');

		writeContent(root, 'inv.csv', csv.replace('live,low', 'live,high'));
		const changed = run('import.ts', ['inventory', 'inv.csv'], root);
		expect(changed.status).toBe(0);
		expect(changed.stdout).toContain('updated src/content/systems/s-1.md (row 2): riskLevel, oversight, impactAssessment, body');
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
	sheet.addRow(['ID', 'Name', 'Purpose', 'Vendor', 'Built or bought', 'Oversight', 'Personal data', 'Last reviewed', 'Next review']);
	sheet.addRow(['X-1', 'Fraud scoring', { richText: [{ text: 'Scores ' }, { text: 'payments.' }] }, 'Acme', 'bought', 'Human on the loop', 'yes', new Date(Date.UTC(2026, 2, 1)), 46447]);
	sheet.addRow(['', 'Meeting notes', 'Summarises meetings.', '', 'built', '', 'no', '2026-04-02', '']);
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
	expect(readdirSync(join(content, 'systems')).some((f) => /^meeting-notes-[0-9a-f]{8}\.md$/.test(f))).toBe(true);
	expect(errorsOf(root)).toEqual([]);
});

test('the OMB 2025 layout: long stage labels, the high-impact question, vendors and PII', () => {
	const { root, content } = contentTree('import-omb-2025');
	const header = ['Agency', 'Use Case ID', 'Use Case Name', 'Bureau/Component', 'Stage of Development', 'Is the AI use case high-impact?', 'What problem is the AI intended to solve?', "Describe the AI system's outputs.", "Date when AI use case became operational or the pilot's start date", 'Was the system involved in this use case purchased from a vendor or developed under contract(s) or in-house?', 'Vendor(s) Name', 'Does this AI use case involve personally identifiable information (PII) that is maintained by the agency?'];
	const rows = [
		['Department Of Agriculture', 'USDA-001', 'Repair Spend', 'Administrative and Financial Management', 'Stage 4 - Operation and Maintenance (Use case is integrated into agency operations, and is being monitored for performance)', 'Not high-impact', 'Classifies expenses.', 'A recommendation.', '10/1/2019', 'Developed with both contracting and in-house resources', '', 'No'],
		['Department Of Labor', 'DOL-007', 'Benefit eligibility triage', 'ETA', 'Deployed', 'High-impact', 'Prioritises claims.', 'A priority score.', '2025-02-01', 'Purchased from a vendor', 'Acme Gov AI', 'Yes'],
		['Department Of Labor', 'DOL-008', 'Form reader', 'ETA', 'Pilot', 'Presumed high-impact, but not high-impact', 'Reads forms.', 'Text.', '1 Mar 2025', 'Developed in-house', '', 'Yes'],
	];
	const csv = [header, ...rows].map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n');
	writeContent(root, 'agency-2025.csv', csv);
	const result = run('import.ts', ['inventory', 'agency-2025.csv', '--preset', 'omb-2025'], root);
	expect(result.stderr).toBe('');
	expect(result.status).toBe(0);
	expect(result.stdout).not.toContain('Columns the mapping expects but the sheet lacks: title');
	const usda = readFileSync(join(content, 'systems/usda-001.md'), 'utf8');
	expect(usda).toMatch(/stage: deployed\n/);
	expect(usda).toMatch(/riskLevel: medium\n/);
	expect(usda).toContain('**Operational or pilot start**: 2019-10-01');
	const dol = readFileSync(join(content, 'systems/dol-007.md'), 'utf8');
	expect(dol).toMatch(/supplier:\n {2}type: third-party\n {2}vendor: Acme Gov AI\n/);
	expect(dol).toMatch(/riskLevel: high\n/);
	expect(dol).toContain('- personally identifiable information maintained by the agency');
	expect(existsSync(join(content, 'impact-assessments/dol-007.md'))).toBe(true);
	expect(readFileSync(join(content, 'systems/dol-008.md'), 'utf8')).toMatch(/stage: validation\n[\s\S]*riskLevel: medium\n/);
	expect(errorsOf(root)).toEqual([]);
});
