/**
 * A CSV or XLSX file → a table of text cells under unique headers. Every row comes through:
 * only rows with no value at all are dropped (and counted), line breaks inside cells are kept,
 * and repeated or blank headers get a suffix so no column shadows another.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { findColumn } from './columns.ts';
import { decodeText, type Encoding } from './decode.ts';

export interface Table {
	headers: string[];
	/** Cells by header; every row has every header (empty string when blank). */
	rows: Record<string, string>[];
	/** 1-based line or sheet row of each row, for messages. */
	rowNumbers: number[];
	/** Rows with no value in any cell, skipped. */
	emptyRows: number;
	/** Headers renamed because they were blank or repeated: new name → original. */
	renamedHeaders: Record<string, string>;
	/** Rows above the header row, skipped (a title above the headers), and the header's row number. */
	skippedAbove?: number;
	headerRow?: number;
	/** Cells that held tabs or other control characters, replaced by spaces (YAML readers reject some). */
	cleanedCells: number;
	encoding?: Encoding;
	sheet?: string;
}

/** A file that cannot be read as a table; the message names the file and the fix. */
export class TableError extends Error {}

/**
 * Reads a table from file bytes; `name` decides the format by its extension. `expected` lists
 * headers a mapping looks for: when given, the header row is the one of the first ten that
 * holds most of them, so a title row above the headers (as in published workbooks) is skipped.
 */
export async function readTable(
	bytes: Uint8Array,
	name: string,
	sheet?: string,
	expected: readonly (readonly string[])[] = [],
): Promise<Table> {
	if (/\.xlsx$/i.test(name)) return readXlsx(bytes, name, sheet, expected);
	if (/\.(csv|tsv|txt)$/i.test(name)) return readCsv(bytes, name, expected);
	throw new TableError(
		`${name}: cannot read this kind of file; export the inventory as .csv or .xlsx`,
	);
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The delimiter that cuts the first rows into the most rows of one width (more than one
 * column), the wider on a tie. Papa Parse's own guess scores field counts over a sample and
 * takes a semicolon for the delimiter of a short comma-separated file whose quoted cells hold
 * semicolons, which turns a six-row excerpt of a federal inventory into one column.
 */
export function guessDelimiter(text: string): string {
	let best: { delimiter: string; rows: number; width: number } = {
		delimiter: ',',
		rows: 0,
		width: 0,
	};
	for (const delimiter of DELIMITERS) {
		const widths = Papa.parse<string[]>(text, {
			header: false,
			delimiter,
			preview: 50,
			skipEmptyLines: true,
		}).data.map((r) => r.length);
		const counts = new Map<number, number>();
		for (const w of widths) if (w > 1) counts.set(w, (counts.get(w) ?? 0) + 1);
		for (const [width, rows] of counts)
			if (rows > best.rows || (rows === best.rows && width > best.width))
				best = { delimiter, rows, width };
	}
	return best.delimiter;
}

function readCsv(bytes: Uint8Array, name: string, expected: readonly (readonly string[])[]): Table {
	const { text, encoding } = decodeText(bytes);
	const parsed = Papa.parse<string[]>(text, {
		header: false,
		skipEmptyLines: false,
		delimiter: guessDelimiter(text),
	});
	const fatal = parsed.errors.find((e) => e.type === 'Quotes');
	if (fatal)
		throw new TableError(
			`${name}: row ${(fatal.row ?? 0) + 2}: ${fatal.message}; check that every quoted cell is closed`,
		);
	// The newline that ends the last line is not a row of its own.
	const data = parsed.data.at(-1)?.join('') === '' ? parsed.data.slice(0, -1) : parsed.data;
	// Numbered as a spreadsheet shows them (header = row 1): a cell's line breaks do not count.
	const numbered = data.map((cells, index) => ({ cells, at: index + 1 }));
	const { header, body, skippedAbove } = splitHeader(numbered, expected);
	return {
		...build(header, body),
		encoding,
		...(skippedAbove && { skippedAbove, headerRow: body[0] ? body[0].at - 1 : undefined }),
	};
}

async function readXlsx(
	bytes: Uint8Array,
	name: string,
	sheetName: string | undefined,
	expected: readonly (readonly string[])[],
): Promise<Table> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
	} catch (error) {
		throw new TableError(
			`${name}: is not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)}); re-save it from Excel`,
			{ cause: error },
		);
	}
	const sheet = sheetName
		? workbook.getWorksheet(sheetName)
		: workbook.worksheets.find((ws) => ws.actualRowCount > 0);
	if (!sheet)
		throw new TableError(
			`${name}: ${sheetName ? `has no sheet "${sheetName}"; the sheets are ${workbook.worksheets.map((ws) => ws.name).join(', ')}` : 'has no sheet with data'}`,
		);
	const rows: { cells: string[]; at: number }[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, at) => {
		const cells: string[] = [];
		for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value));
		rows.push({ cells, at });
	});
	const { header, body, skippedAbove } = splitHeader(rows, expected);
	return {
		...build(header, body),
		sheet: sheet.name,
		...(skippedAbove && { skippedAbove, headerRow: rows[skippedAbove]!.at }),
	};
}

/** The header row (see readTable) and the rows below it. */
function splitHeader(
	rows: { cells: string[]; at: number }[],
	expected: readonly (readonly string[])[],
): { header: string[]; body: { cells: string[]; at: number }[]; skippedAbove: number } {
	let best = 0;
	if (expected.length) {
		const score = (cells: string[]) =>
			expected.filter((alternatives) =>
				findColumn(
					cells.map((c) => c.replace(/\s+/g, ' ').trim()),
					alternatives,
				),
			).length;
		let bestScore = score(rows[0]?.cells ?? []);
		for (let i = 1; i < Math.min(rows.length, 10); i++) {
			const s = score(rows[i]!.cells);
			if (s > bestScore) [best, bestScore] = [i, s];
		}
	}
	return { header: rows[best]?.cells ?? [], body: rows.slice(best + 1), skippedAbove: best };
}

/** A cell's value as the text a person sees; dates as YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value !== 'object') return String(value);
	if ('richText' in value) return value.richText.map((part) => part.text).join('');
	if ('text' in value && typeof value.text === 'string') return value.text;
	if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
	if ('error' in value) return '';
	return String(value);
}

/** Control characters other than the line break, including tabs and DEL, and the C1 range. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');

function build(
	rawHeaders: string[],
	body: { cells: string[]; at: number }[],
): Omit<Table, 'encoding' | 'sheet'> {
	const renamedHeaders: Record<string, string> = {};
	const seen = new Map<string, number>();
	const headers = rawHeaders.map((raw, index) => {
		const original = raw.replace(/\s+/g, ' ').trim();
		let header = original || `Column ${index + 1}`;
		const count = (seen.get(header.toLowerCase()) ?? 0) + 1;
		seen.set(header.toLowerCase(), count);
		if (count > 1) header = `${header} (${count})`;
		if (header !== original) renamedHeaders[header] = original;
		return header;
	});
	const rows: Record<string, string>[] = [];
	const rowNumbers: number[] = [];
	let emptyRows = 0;
	let cleanedCells = 0;
	const clean = (cell: string) => {
		const text = cell.replace(/\r\n?/g, '\n');
		if (!CONTROL.test(text)) return text.trim();
		cleanedCells++;
		return text.replace(CONTROL_ALL, ' ').replace(/ {2,}/g, ' ').trim();
	};
	for (const { cells, at } of body) {
		if (cells.every((cell) => !cell.trim())) {
			emptyRows++;
			continue;
		}
		// Cells beyond the header row still carry data: give them a column rather than drop them.
		for (let i = headers.length; i < cells.length; i++)
			if (cells[i]!.trim()) headers.push(`Column ${i + 1}`);
		rows.push(Object.fromEntries(headers.map((h, i) => [h, clean(cells[i] ?? '')])));
		rowNumbers.push(at);
	}
	for (const row of rows) for (const h of headers) row[h] ??= '';
	return { headers, rows, rowNumbers, emptyRows, renamedHeaders, cleanedCells };
}
