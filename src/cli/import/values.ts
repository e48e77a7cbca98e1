/**
 * Cell values → schema values: dates in the formats spreadsheets really hold, lists written
 * as text, identifiers and short stable hashes. Pure functions.
 */
import { createHash } from 'node:crypto';

/** Whether `03/01/2024` is 3 January (dmy) or 1 March (mdy). US federal sheets are mdy. */
export type DateOrder = 'mdy' | 'dmy';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A cell as YYYY-MM-DD, or undefined when it is not a date. Accepts 2024-03-01, 2024/3/1,
 * 2024-03-01T10:00:00Z, 03/01/2024 (by `order`), 1.3.2024, 1 Mar 2024, March 1, 2024,
 * Mar-2024 (first of the month) and Excel serial numbers (1 = 1900-01-01).
 */
export function parseDate(raw: string, order: DateOrder = 'mdy'): string | undefined {
	const value = raw.trim().replace(/\s+/g, ' ');
	let m: RegExpExecArray | null;
	if (
		(m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value))
	)
		return ymd(+m[1]!, +m[2]!, +m[3]!);
	if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?: [\d:]+(?: ?[AP]M)?)?$/i.exec(value))) {
		const [a, b, y] = [+m[1]!, +m[2]!, fullYear(m[3]!)];
		// A dot is the European separator; otherwise the sheet's convention decides.
		const dayFirst = value.includes('.') || order === 'dmy';
		return dayFirst ? ymd(y, b, a) : ymd(y, a, b);
	}
	if ((m = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.?,? (\d{4})$/i.exec(value)))
		return ymd(+m[3]!, month(m[2]!), +m[1]!);
	if ((m = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i.exec(value)))
		return ymd(+m[3]!, month(m[1]!), +m[2]!);
	if ((m = /^([a-z]+)[ -](\d{4})$/i.exec(value))) return ymd(+m[2]!, month(m[1]!), 1);
	if ((m = /^(\d{5})(?:\.\d+)?$/.exec(value))) {
		const serial = +m[1]!;
		// 1982-01-01 … 2119-12-31: anything outside is an ordinary number, not a date.
		if (serial >= 29952 && serial <= 80000)
			return new Date(EXCEL_EPOCH + serial * 86_400_000).toISOString().slice(0, 10);
	}
	return undefined;
}

function fullYear(text: string): number {
	const year = +text;
	if (text.length !== 2) return year;
	return year < 70 ? 2000 + year : 1900 + year;
}

function month(name: string): number {
	return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function ymd(year: number, monthNumber: number, day: number): string | undefined {
	if (monthNumber < 1) return undefined;
	const date = new Date(Date.UTC(year, monthNumber - 1, day));
	const iso = date.toISOString().slice(0, 10);
	return date.getUTCFullYear() === year &&
		date.getUTCMonth() === monthNumber - 1 &&
		date.getUTCDate() === day
		? iso
		: undefined;
}

/** `"a; b, c"` or one item per line → `["a", "b", "c"]`, trimmed, empties and repeats dropped. */
export function splitList(raw: string, separator: RegExp = /[;,\n]|\s\|\s/): string[] {
	const items = raw.split(separator).map((item) =>
		item
			.replace(/\s+/g, ' ')
			.replace(/^[-•*]\s*/, '')
			.trim(),
	);
	return [...new Set(items.filter(Boolean))];
}

/** A file-name identifier: lower case letters, digits and hyphens, at most `max` characters. */
export function slugify(text: string, max = 60): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug.slice(0, max).replace(/-+$/, '');
}

/** Eight hex digits of SHA-256: stable across runs and machines, unlike row numbers. */
export function shortHash(...parts: string[]): string {
	return createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, 8);
}

/** A header or an option as compared: lower case, punctuation and spacing ignored. */
export function normalizeLabel(text: string): string {
	return text
		.toLowerCase()
		.replace(/[‘’´`]/g, "'")
		.replace(/[^a-z0-9']+/g, ' ')
		.trim();
}
