/**
 * A buyer's questionnaire as XLSX, filled in place: the answer columns are added to the right
 * of the question sheet; other sheets, columns, styles and row order stay as they were.
 */
import ExcelJS from 'exceljs';
import type { Filled } from './fill.ts';
import { LayoutError, questionLikeness, type Layout } from './layout.ts';
import { SheetError } from './sheet-csv.ts';

export interface XlsxSheet {
	workbook: ExcelJS.Workbook;
	sheet: ExcelJS.Worksheet;
	rows: string[][];
}

/** Every cell's displayed text, row by row (0-based). */
function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
	const rows: string[][] = [];
	for (let r = 1; r <= sheet.rowCount; r++) {
		const row = sheet.getRow(r);
		rows.push(Array.from({ length: sheet.columnCount }, (_, c) => row.getCell(c + 1).text ?? ''));
	}
	return rows;
}

function likeness(rows: string[][]): number {
	const width = Math.max(0, ...rows.map((r) => r.length));
	return Math.max(0, ...Array.from({ length: width }, (_, c) => rows.reduce((sum, row) => sum + questionLikeness(row[c] ?? ''), 0)));
}

/** Reads the workbook and picks the sheet named, or else the one that reads most like a questionnaire. */
export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<XlsxSheet> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	} catch (cause) {
		throw new SheetError(`not a readable XLSX workbook: ${(cause as Error).message}`, { cause });
	}
	const sheets = workbook.worksheets.map((sheet) => ({ sheet, rows: sheetRows(sheet) }));
	if (sheetName !== undefined) {
		const named = sheets.find((s) => s.sheet.name.toLowerCase() === sheetName.toLowerCase());
		if (!named) throw new LayoutError(`--sheet "${sheetName}" is not in the workbook (sheets: ${sheets.map((s) => `"${s.sheet.name}"`).join(', ')})`);
		return { workbook, ...named };
	}
	const best = [...sheets].sort((a, b) => likeness(b.rows) - likeness(a.rows))[0];
	if (!best || best.rows.length === 0) throw new SheetError('the workbook holds no rows');
	return { workbook, ...best };
}

/** The workbook with the answer columns added to the question sheet. */
export async function writeXlsx(input: XlsxSheet, layout: Layout, filled: Filled): Promise<Buffer> {
	const first = Math.max(...input.rows.map((r) => r.length)) + 1;
	const header = input.sheet.getRow(layout.headerRow + 1);
	filled.header.forEach((name, i) => {
		const cell = header.getCell(first + i);
		cell.value = name;
		cell.font = { bold: true };
	});
	for (const result of filled.results) {
		const row = input.sheet.getRow(result.row + 1);
		// Cells are set as plain strings: exceljs writes them as text, never as formulas.
		result.cells.forEach((value, i) => {
			row.getCell(first + i).value = i === 5 ? Number(value) : value;
		});
	}
	input.sheet.getColumn(first).width = 80;
	input.sheet.getColumn(first).alignment = { wrapText: true, vertical: 'top' };
	return Buffer.from(await input.workbook.xlsx.writeBuffer());
}
