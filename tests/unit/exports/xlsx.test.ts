import ExcelJS from 'exceljs';
import { describe, expect, test, vi } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { Entry } from '../../../src/lib/content/validate.ts';
import { answersWorkbook, auditorWorkbook } from '../../../src/lib/exports/xlsx.ts';
import { pinZipDates } from '../../../src/lib/exports/zip-stamp.ts';
import { createView, type AudienceView } from '../../../src/lib/views/audience.ts';
import { exportEntries } from './fixture.ts';

const view = createView(exportEntries('exports-xlsx'), 'internal');

async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	return workbook;
}

describe('auditor workbook', () => {
	test('has a cover sheet and one sheet per register, with the CSV columns and rows', async () => {
		const workbook = await read(await auditorWorkbook(view));
		expect(workbook.worksheets.map((s) => s.name)).toEqual([
			'About',
			'Statement of Applicability',
			'AI risk register',
			'AI system inventory',
			'Questionnaire answers',
		]);
		const soa = workbook.getWorksheet('Statement of Applicability')!;
		expect(soa.rowCount).toBe(1 + 38);
		expect(soa.getRow(1).getCell(1).value).toBe('Control');
		expect(workbook.getWorksheet('Questionnaire answers')!.rowCount).toBe(1 + 3);
		expect(workbook.created.toISOString()).toBe('2026-06-02T00:00:00.000Z');
	});

	test('text that looks like a formula is a plain string cell, without the CSV guard', async () => {
		const soa = (await read(await auditorWorkbook(view))).getWorksheet(
			'Statement of Applicability',
		)!;
		const cell = soa.getRow(3).getCell(6);
		expect(cell.type).toBe(ExcelJS.ValueType.String);
		expect(cell.value).toBe('=HYPERLINK("https://evil.example", "click")');
		expect(soa.getRow(3).getCell(7).value).toBe(
			'+Aligned, with a comma and a "quote"\nand a line break.',
		);
		let formulas = 0;
		soa.eachRow((row) =>
			row.eachCell((c) => void (c.type === ExcelJS.ValueType.Formula && formulas++)),
		);
		expect(formulas).toBe(0);
	});

	test('scores are numbers, dates are dates with a date format, applicability is a boolean', async () => {
		const workbook = await read(await auditorWorkbook(view));
		const risks = workbook.getWorksheet('AI risk register')!;
		const header = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as string[]).slice(1);
		const at = (sheet: ExcelJS.Worksheet, row: number, column: string) =>
			sheet.getRow(row).getCell(header(sheet).indexOf(column) + 1);
		expect(at(risks, 2, 'Inherent score').value).toBe(9);
		expect(at(risks, 2, 'Residual likelihood').type).toBe(ExcelJS.ValueType.Number);
		const identified = at(risks, 2, 'Identified on');
		expect(identified.type).toBe(ExcelJS.ValueType.Date);
		expect((identified.value as Date).toISOString()).toBe('2026-04-01T00:00:00.000Z');
		expect(identified.numFmt).toBe('yyyy-mm-dd');
		const soa = workbook.getWorksheet('Statement of Applicability')!;
		expect(at(soa, 2, 'Applicable').value).toBe(true);
		expect(at(soa, 2, 'Applicable').type).toBe(ExcelJS.ValueType.Boolean);
		expect((at(soa, 2, 'Last review').value as Date).toISOString()).toBe(
			'2026-06-01T00:00:00.000Z',
		);
		// No date recorded: an empty cell, not an empty string posing as a date.
		expect(at(soa, 2, 'Next review').type).toBe(ExcelJS.ValueType.Null);
		const answers = workbook.getWorksheet('Questionnaire answers')!;
		expect(at(answers, 2, 'Last reviewed').type).toBe(ExcelJS.ValueType.Date);
		const about = workbook.getWorksheet('About')!;
		expect(about.getCell('B2').type).toBe(ExcelJS.ValueType.Date);
		expect(about.getCell('B7').value).toBe(38);
	});

	test('is byte-for-byte reproducible, whatever the wall clock says', async () => {
		const first = await auditorWorkbook(view);
		vi.useFakeTimers({ toFake: ['Date'] });
		try {
			vi.setSystemTime(new Date('2031-03-04T05:06:07Z'));
			const later = await auditorWorkbook(view);
			expect(later.equals(first)).toBe(true);
		} finally {
			vi.useRealTimers();
		}
	});

	test('without pinning, exceljs output would depend on the clock (why pinZipDates exists)', async () => {
		const workbook = new ExcelJS.Workbook();
		workbook.addWorksheet('x').addRow(['a']);
		vi.useFakeTimers({ toFake: ['Date'] });
		try {
			vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
			const a = Buffer.from(await workbook.xlsx.writeBuffer());
			vi.setSystemTime(new Date('2031-06-15T12:00:00Z'));
			const b = Buffer.from(await workbook.xlsx.writeBuffer());
			expect(a.equals(b)).toBe(false);
			expect(pinZipDates(a, '2026-01-01').equals(pinZipDates(b, '2026-01-01'))).toBe(true);
		} finally {
			vi.useRealTimers();
		}
	});

	test('pinZipDates refuses what is not a zip', () => {
		expect(() =>
			pinZipDates(Buffer.from('not a zip at all, just some text here'), '2026-01-01'),
		).toThrow(/not a zip/);
	});
});

/** The export fixture, with the public answer given other wordings and a body wrapped the way source files are. */
function answersFixture(): Entry[] {
	return exportEntries('exports-answers-xlsx').map((entry) => {
		if (entry.collection !== 'answers' || entry.id !== 'encryption') return entry;
		const data = {
			...(entry.data as object),
			aliases: ['Is data encrypted at rest?', 'Encryption of stored data'],
		} as Entry['data'];
		const body =
			'Yes. All customer data is encrypted at rest with **AES-256**, and the keys\nare held in a managed key service.\n\nKeys rotate\nevery year.\n';
		return { ...entry, data, body };
	});
}

describe('answers workbook', () => {
	const entries = answersFixture();
	const header = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as string[]).slice(1);

	/** Each data row of the workbook's one sheet as { column: value }, read back by exceljs. */
	async function rowsOf(answersView: AudienceView): Promise<Record<string, ExcelJS.CellValue>[]> {
		const workbook = await read(await answersWorkbook(answersView));
		expect(workbook.worksheets.map((s) => s.name)).toEqual(['Questionnaire answers']);
		const sheet = workbook.worksheets[0]!;
		const columns = header(sheet);
		const rows: Record<string, ExcelJS.CellValue>[] = [];
		sheet.eachRow((row, n) => {
			if (n > 1)
				rows.push(Object.fromEntries(columns.map((c, i) => [c, row.getCell(i + 1).value])));
		});
		return rows;
	}

	test.each(['public', 'private', 'internal'] as const)(
		'holds exactly the %s answers, one row each, with the CSV’s columns',
		async (audience) => {
			const answersView = createView(entries, audience);
			const rows = await rowsOf(answersView);
			expect(rows.map((r) => r.ID)).toEqual(answersView.entries.answers.map((a) => a.id));
			expect(rows.map((r) => r.ID)).toEqual(
				{
					public: ['encryption'],
					private: ['encryption', 'pentest'],
					internal: ['encryption', 'pentest', 'training-data'],
				}[audience],
			);
			for (const [i, { data }] of answersView.entries.answers.entries()) {
				const row = rows[i]!;
				expect(row.Question).toBe(data.question);
				expect(row.Category).toBe(data.category);
				expect(row['Short answer']).toBe(data.response);
				expect(row['Other wordings'] ?? null).toBe(
					data.aliases.length ? data.aliases.join('; ') : null,
				);
				expect((row['Last reviewed'] as Date).toISOString()).toBe(
					`${data.lastReviewed}T00:00:00.000Z`,
				);
				expect(row.Audience).toBe(data.audience);
			}
		},
	);

	test('answers are plain paragraphs: Markdown removed, no line break inside a paragraph', async () => {
		const [encryption] = await rowsOf(createView(entries, 'public'));
		expect(encryption!['Other wordings']).toBe(
			'Is data encrypted at rest?; Encryption of stored data',
		);
		expect(encryption!.Answer).toBe(
			'Yes. All customer data is encrypted at rest with AES-256, and the keys are held in a managed key service.\n\nKeys rotate every year.',
		);
	});

	test('is byte-for-byte reproducible, with every zip entry dated from the audience’s content', async () => {
		const publicView = createView(entries, 'public');
		const first = await answersWorkbook(publicView);
		vi.useFakeTimers({ toFake: ['Date'] });
		try {
			vi.setSystemTime(new Date('2031-03-04T05:06:07Z'));
			expect((await answersWorkbook(publicView)).equals(first)).toBe(true);
		} finally {
			vi.useRealTimers();
		}
		const files = unzipSync(first);
		expect(Object.keys(files)).toContain('xl/worksheets/sheet1.xml');
		// The public view's latest record date, not the internal entries' later one.
		expect(strFromU8(files['docProps/core.xml']!)).toContain(
			'<dcterms:modified xsi:type="dcterms:W3CDTF">2026-06-01T00:00:00Z<',
		);
		// Every central directory entry's DOS time is midnight and its date 2026-06-01.
		const dosDate = ((2026 - 1980) << 9) | (6 << 5) | 1;
		for (
			let at = first.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
			at !== -1;
			at = first.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)
		) {
			expect([first.readUInt16LE(at + 12), first.readUInt16LE(at + 14)]).toEqual([0, dosDate]);
		}
	});
});
