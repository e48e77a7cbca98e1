/**
 * A buyer's questionnaire as CSV, read and written back. Every row and every cell of theirs
 * is kept as it was (no formula defusing on their cells: they are their data); the answers go
 * into their answer and explanation columns, or into one added Answer column when the file
 * has none, defused like every CSV we write.
 */
import Papa from 'papaparse';
import { defuse, toCsv } from '../../lib/exports/csv.ts';
import { decodeText, type Encoding } from '../import/decode.ts';
import type { AnsweredQuestion } from './run.ts';

export interface CsvSheet {
	rows: string[][];
	delimiter: string;
	/** How the bytes were read: by their BOM (UTF-8, UTF-16), else UTF-8, else windows-1252 (old Excel exports). */
	encoding: Encoding;
}

export class SheetError extends Error {}

export function readCsv(bytes: Uint8Array): CsvSheet {
	const { text, encoding } = decodeText(bytes);
	const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
	// A one-column file has no delimiter to detect; that is not an error.
	const errors = result.errors.filter((e) => e.code !== 'UndetectableDelimiter');
	if (errors.length > 0)
		throw new SheetError(
			`not a readable CSV file: ${errors[0]!.message}${errors[0]!.row !== undefined ? ` (row ${errors[0]!.row + 1})` : ''}`,
		);
	const rows = result.data;
	while (rows.length > 0 && rows.at(-1)!.every((c) => c === '')) rows.pop();
	if (rows.length === 0) throw new SheetError('the file holds no rows');
	return { rows, delimiter: result.meta.delimiter || ',', encoding };
}

const column = (ref: string) =>
	[...ref.match(/^[A-Z]+/)![0]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** The sheet with the answers written, as UTF-8 CSV in the input's delimiter; `added`: an Answer column was added. */
export function writeCsv(
	sheet: CsvSheet,
	questions: readonly AnsweredQuestion[],
	added: boolean,
	headerRow = 0,
): string {
	const width = Math.max(...sheet.rows.map((r) => r.length));
	const rows = sheet.rows.map((row) => [
		...row,
		...Array<string>(width - row.length + (added ? 1 : 0)).fill(''),
	]);
	if (added) rows[headerRow]![width] = 'Answer';
	// The buyer's cells verbatim; ours defused as they are written.
	for (const q of questions) for (const c of q.cells) rows[q.row]![column(c.ref)] = defuse(c.text);
	return toCsv(rows, { verbatim: () => true, delimiter: sheet.delimiter });
}
