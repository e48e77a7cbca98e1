/**
 * CSV per RFC 4180: comma separated (a questionnaire written back keeps its own delimiter),
 * CRLF line ends, fields quoted when they hold the delimiter, a quote or a line break,
 * quotes doubled.
 *
 * Encoding: UTF-8 with a byte-order mark. RFC 4180 allows it, every CSV parser we know skips
 * it, and without it Excel reads UTF-8 as the local code page and mangles names and dashes.
 *
 * Formula injection (CWE-1236): a spreadsheet runs a cell that starts with = + - @ (or a tab
 * or carriage return, which some apps strip first) as a formula, so text a content author
 * or buyer wrote could run on an auditor's machine. Such cells are prefixed with a single
 * quote, the OWASP mitigation: the cell shows as text and the reader sees the quote.
 */
import { cellText, type Table } from './tables.ts';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell made safe to open in a spreadsheet. */
export function defuse(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

export interface CsvOptions {
	/**
	 * Columns whose cells are written exactly as given. The questionnaire filler keeps a
	 * buyer's own cells byte for byte and defuses only the cells it adds.
	 */
	verbatim?: (column: number) => boolean;
	/** Field separator; a comma unless a file being written back used another. */
	delimiter?: string;
}

/** CSV text of rows whose first row is the header. */
export function toCsv(
	rows: readonly (readonly string[])[],
	{ verbatim, delimiter = ',' }: CsvOptions = {},
): string {
	const cell = (value: string, column: number) => {
		const safe = verbatim?.(column) ? value : defuse(value);
		return safe.includes(delimiter) || /["\r\n]/.test(safe)
			? `"${safe.replace(/"/g, '""')}"`
			: safe;
	};
	return BOM + rows.map((row) => row.map(cell).join(delimiter)).join('\r\n') + '\r\n';
}

/** A table as CSV, header first; typed cells are written as text (`cellText`). */
export function tableCsv(table: Table): string {
	return toCsv([table.columns, ...table.rows.map((row) => row.map(cellText))]);
}
