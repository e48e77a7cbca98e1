/**
 * A buyer's questionnaire as CSV, read and written back. Every row and every cell of theirs
 * is kept as it was (no formula defusing on their cells: they are their data); the answer
 * columns are appended, defused like every CSV we write.
 */
import Papa from 'papaparse';
import { toCsv } from '../exports/csv.ts';
import { ADDED_COLUMNS, type Filled } from './fill.ts';
import type { Layout } from './layout.ts';

export interface CsvSheet {
	rows: string[][];
	delimiter: string;
	/** windows-1252 when the bytes were not valid UTF-8 (old Excel exports). */
	encoding: 'utf-8' | 'windows-1252';
}

export class SheetError extends Error {}

function decode(bytes: Uint8Array): { text: string; encoding: CsvSheet['encoding'] } {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
	}
}

export function readCsv(bytes: Uint8Array): CsvSheet {
	const { text, encoding } = decode(bytes);
	const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
	// A one-column file has no delimiter to detect; that is not an error.
	const errors = result.errors.filter((e) => e.code !== 'UndetectableDelimiter');
	if (errors.length > 0) throw new SheetError(`not a readable CSV file: ${errors[0]!.message}${errors[0]!.row !== undefined ? ` (row ${errors[0]!.row + 1})` : ''}`);
	const rows = result.data;
	while (rows.length > 0 && rows.at(-1)!.every((c) => c === '')) rows.pop();
	if (rows.length === 0) throw new SheetError('the file holds no rows');
	return { rows, delimiter: result.meta.delimiter || ',', encoding };
}

/** The sheet with the answer columns appended, as UTF-8 CSV in the input's delimiter. */
export function writeCsv(sheet: CsvSheet, layout: Layout, filled: Filled): string {
	const width = Math.max(...sheet.rows.map((r) => r.length));
	const added = new Map(filled.results.map((r) => [r.row, r.cells]));
	const blank = ADDED_COLUMNS.map(() => '');
	const rows = sheet.rows.map((row, i) => {
		const padded = [...row, ...Array<string>(width - row.length).fill('')];
		return [...padded, ...(i === layout.headerRow ? filled.header : (added.get(i) ?? blank))];
	});
	return toCsv(rows, { verbatim: (column) => column < width, delimiter: sheet.delimiter });
}
