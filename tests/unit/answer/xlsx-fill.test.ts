/**
 * Workbooks filled in place, on the HECVAT-like and the vendor workbooks of
 * tests/fixtures/questionnaires/workbooks.ts: every part but the filled sheets keeps its
 * bytes; a filled sheet differs only in blank answer cells that now hold an answer; formulas,
 * validations, merges and dimensions are as they were, and no column is added.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import type { KnowledgeBase } from '../../../src/cli/answer/knowledge.ts';
import { answerQuestionnaire, type AnsweredQuestionnaire } from '../../../src/cli/answer/run.ts';
import { openMeaning, type Meaning } from '../../../src/cli/answer/meaning.ts';
import { parseSheet, type SheetXml } from '../../../src/cli/answer/xlsx-sheet.ts';
import { Workbook } from '../../../src/cli/answer/xlsx-workbook.ts';
import { hecvatLike, vendorSheet } from '../../fixtures/questionnaires/workbooks.ts';
import { fixtureKnowledge } from './kb.ts';

const decoder = new TextDecoder();
let kb: KnowledgeBase;

beforeAll(() => {
	kb = fixtureKnowledge('answer-xlsx', 'public');
});

interface Compared {
	changedParts: string[];
	/** Cells that differ, per sheet part: `C5` → [before, after]. */
	changedCells: Map<string, Map<string, [string, string]>>;
}

function cellsOf(sheet: SheetXml): Map<string, { text: string; formula: boolean; xml: string }> {
	const out = new Map<string, { text: string; formula: boolean; xml: string }>();
	for (const row of sheet.rows.values())
		for (const c of row.cells)
			out.set(`${c.row}:${c.col}`, {
				text: c.text,
				formula: c.formula,
				xml: sheet.xml.slice(c.start, c.end),
			});
	return out;
}

const structure = (xml: string) => ({
	dimension: xml.match(/<dimension ref="([^"]+)"/)?.[1],
	merges: [...xml.matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1]),
	validations: (xml.match(/<(?:x14:)?dataValidation\b/g) ?? []).length,
	conditional: xml.match(/<conditionalFormatting[\s\S]*?<\/conditionalFormatting>/g),
	// Everything outside sheetData: views, columns, merges, validations, page setup, extensions.
	outside: xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, ''),
});

function compare(before: Uint8Array, after: Uint8Array): Compared {
	const a = unzipSync(before);
	const b = unzipSync(after);
	expect(Object.keys(b)).toEqual(Object.keys(a));
	const changedParts = Object.keys(a).filter(
		(name) => Buffer.compare(Buffer.from(a[name]!), Buffer.from(b[name]!)) !== 0,
	);
	const shared = new Workbook(before).sharedStrings;
	const changedCells = new Map<string, Map<string, [string, string]>>();
	for (const part of changedParts) {
		const x = parseSheet(decoder.decode(a[part]), shared);
		const y = parseSheet(decoder.decode(b[part]), shared);
		expect(structure(y.xml)).toEqual(structure(x.xml));
		const xs = cellsOf(x);
		const ys = cellsOf(y);
		const cells = new Map<string, [string, string]>();
		for (const [key, cell] of ys) {
			const old = xs.get(key);
			if (old && old.xml === cell.xml) continue;
			// Only a blank, formula-free cell may change, and only to hold text.
			expect(old?.formula ?? false, key).toBe(false);
			expect(old?.text ?? '', key).toBe('');
			expect(cell.formula).toBe(false);
			expect(cell.text).not.toBe('');
			cells.set(key, [old?.text ?? '', cell.text]);
		}
		// No cell disappears, no row is added.
		for (const key of xs.keys()) expect(ys.has(key), key).toBe(true);
		expect([...y.rows.keys()]).toEqual([...x.rows.keys()]);
		changedCells.set(part, cells);
	}
	return { changedParts, changedCells };
}

describe('the HECVAT-like workbook', () => {
	const { bytes, facts } = hecvatLike();
	let result: AnsweredQuestionnaire;
	let compared: Compared;
	const workbook = new Workbook(bytes);
	const part = (name: string) => workbook.sheets.find((s) => s.name === name)!.part;

	let meaning: Meaning;

	// As `npm run answer` fills it by default: with the sentence model.
	beforeAll(async () => {
		meaning = await openMeaning(kb);
		result = await answerQuestionnaire(bytes, kb, { format: 'xlsx' }, meaning);
		compared = compare(bytes, result.bytes as Uint8Array);
	}, 180_000);

	test('is the size of the real one', () => {
		expect(bytes.length).toBeGreaterThan(700_000);
		expect(workbook.sheets).toHaveLength(15);
		expect(workbook.sheets.filter((s) => s.hidden).map((s) => s.name)).toEqual([
			'Lists',
			'Scoring',
			'Lookup',
		]);
		expect(facts.formulas).toBeGreaterThan(15_000);
		expect(workbook.parts.get('xl/calcChain.xml')!.length).toBeGreaterThan(300_000);
		expect(facts.questions).toBeGreaterThan(300);
	});

	test('finds the questions on every question sheet, and none on the others', () => {
		const filled = result.sheets.filter((s) => s.layout).map((s) => s.name);
		expect(filled).toEqual([
			'START HERE',
			'Company',
			'Documentation',
			'Data',
			'Application',
			'AI',
			'Third Parties',
			'Incident Response',
			'Policies',
		]);
		for (const s of result.sheets.filter((x) => x.layout))
			expect(s.layout).toMatchObject({ header: 3, question: 'B', answer: 'C', explanation: 'D' });
		expect(result.questions).toHaveLength(facts.questions);
		// Section rows are not questions: every question has an id.
		expect(result.questions.every((q) => /^[A-Z]{4}-\d{2}$/.test(q.id ?? ''))).toBe(true);
	});

	test('keeps every part but the filled sheets byte for byte: calcChain, styles, comments, hidden sheets, shared strings', () => {
		const filledParts = new Set(
			result.sheets
				.filter((s) => result.questions.some((q) => q.sheet === s.name && q.cells.length > 0))
				.map((s) => part(s.name)),
		);
		expect(filledParts.size).toBeGreaterThan(5);
		expect(new Set(compared.changedParts)).toEqual(filledParts);
		for (const name of [
			'xl/calcChain.xml',
			'xl/sharedStrings.xml',
			'xl/styles.xml',
			'xl/workbook.xml',
			'xl/threadedComments/threadedComment1.xml',
			'xl/persons/person.xml',
			'[Content_Types].xml',
		])
			expect(compared.changedParts).not.toContain(name);
	});

	test('writes only into the answer and explanation columns, short answers as the drop-down spells them', () => {
		let written = 0;
		for (const [sheetPart, cells] of compared.changedCells) {
			for (const [key, [, text]] of cells) {
				const col = Number(key.split(':')[1]);
				expect([2, 3], key).toContain(col);
				// START HERE has no drop-down: its answers are values.
				if (col === 2 && sheetPart !== part('START HERE'))
					expect(['Yes', 'No', 'N/A'], key).toContain(text);
				written++;
			}
		}
		expect(written).toBe(result.questions.reduce((n, q) => n + q.cells.length, 0));
	});

	test('answers the questions the knowledge base covers and leaves the rest blank', () => {
		const q = (text: string) => result.questions.find((x) => x.question === text)!;
		expect(q('Is customer data encrypted at rest?').cells.map((c) => c.text)).toEqual([
			'Yes',
			expect.stringContaining('AES-256'),
		]);
		expect(q('Is data stored in China?').cells).toEqual([]);
		expect(q('Do you carry cyber liability insurance?').cells).toEqual([]);
		expect(q('Solution Provider Name').cells).toEqual([{ ref: 'C4', text: 'Minimal Co' }]);
	});

	test('opens in another reader, and the same input gives the same bytes', async () => {
		const reader = new ExcelJS.Workbook();
		await reader.xlsx.load(Buffer.from(result.bytes as Uint8Array) as unknown as ArrayBuffer);
		const data = reader.getWorksheet('Data')!;
		expect(data.getCell('B5').text).toBe('Is customer data encrypted at rest?');
		expect(data.getCell('C5').text).toBe('Yes');
		expect(
			Buffer.compare(
				Buffer.from(
					(await answerQuestionnaire(bytes, kb, { format: 'xlsx' }, meaning)).bytes as Uint8Array,
				),
				Buffer.from(result.bytes as Uint8Array),
			),
		).toBe(0);
	});
});

describe('the one-sheet vendor workbook', () => {
	const bytes = vendorSheet();
	let result: AnsweredQuestionnaire;
	let compared: Compared;

	// On words alone (`--words-only`).
	beforeAll(async () => {
		result = await answerQuestionnaire(bytes, kb, { format: 'xlsx' });
		compared = compare(bytes, result.bytes as Uint8Array);
	});

	test('reads the header under the title and the instructions, and skips the section rows', () => {
		expect(result.sheets[0]!.layout).toEqual({
			header: 3,
			question: 'B',
			answer: 'C',
			explanation: 'D',
			questions: 16,
		});
		expect(result.questions.map((q) => q.topic)).toContain('Access control');
		expect(
			result.questions.some((q) =>
				['Access control', 'Data protection', 'AI'].includes(q.question),
			),
		).toBe(false);
	});

	test('writes Yes, No, Partial or N/A as the validation lists them, and the explanation under Evidence/Notes', () => {
		expect(compared.changedParts).toEqual(['xl/worksheets/sheet1.xml']);
		const cells = compared.changedCells.get('xl/worksheets/sheet1.xml')!;
		expect(cells.size).toBeGreaterThan(8);
		for (const [key, [, text]] of cells) {
			const col = Number(key.split(':')[1]);
			expect([2, 3]).toContain(col);
			if (col === 2) expect(['Yes', 'No', 'Partial', 'N/A']).toContain(text);
		}
		const training = result.questions.find(
			(q) => q.question === 'Do you use customer data to train AI models?',
		)!;
		expect(training.cells.map((c) => c.text)).toEqual([
			'No',
			expect.stringContaining('never used to train'),
		]);
	});
});
