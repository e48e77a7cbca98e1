import ExcelJS from 'exceljs';
import { describe, expect, test, vi } from 'vitest';
import { auditorWorkbook } from '../../../src/lib/exports/xlsx.ts';
import { pinZipDates } from '../../../src/lib/exports/zip-stamp.ts';
import { createView } from '../../../src/lib/views/audience.ts';
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
		expect(workbook.worksheets.map((s) => s.name)).toEqual(['About', 'Statement of Applicability', 'AI risk register', 'AI system inventory', 'Questionnaire answers']);
		const soa = workbook.getWorksheet('Statement of Applicability')!;
		expect(soa.rowCount).toBe(1 + 38);
		expect(soa.getRow(1).getCell(1).value).toBe('Control');
		expect(soa.getRow(3).getCell(6).value).toBe(`'=HYPERLINK("https://evil.example", "click")`);
		expect(workbook.getWorksheet('Questionnaire answers')!.rowCount).toBe(1 + 3);
		expect(workbook.created.toISOString()).toBe('2026-06-02T00:00:00.000Z');
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
		expect(() => pinZipDates(Buffer.from('not a zip at all, just some text here'), '2026-01-01')).toThrow(/not a zip/);
	});
});
