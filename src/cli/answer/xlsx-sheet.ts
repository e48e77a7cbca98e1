/**
 * One worksheet's XML, scanned once: where each row and cell sits in the text, what each cell
 * says, which are formulas, the merged ranges and the list validations. Filling writes new
 * cells into that same text and leaves every other byte of the part as it was.
 */
import {
	attributes,
	columnName,
	decodeXml,
	escapeXml,
	parseRange,
	parseRef,
	textRuns,
	type Range,
} from './xml.ts';

export interface Cell {
	row: number;
	col: number;
	text: string;
	formula: boolean;
	/** Where the `<c>` element starts and ends in the sheet XML. */
	start: number;
	end: number;
	/** The start tag's attributes. */
	attrs: Record<string, string>;
}

export interface Row {
	index: number;
	/** Where the `<row>` element starts and ends, and where its cells end (before `</row>`; -1 when self-closing). */
	start: number;
	end: number;
	inner: number;
	cells: Cell[];
}

export interface ListValidation {
	ranges: Range[];
	/** The list as written: a quoted literal (`"Yes,No,N/A"`), a range or a defined name. */
	source: string;
}

export interface SheetXml {
	xml: string;
	rows: Map<number, Row>;
	merges: Range[];
	validations: ListValidation[];
	/** Where `</sheetData>` (or the self-closing `<sheetData/>`) is. */
	sheetDataEnd: number;
	sheetDataSelfClosing: boolean;
}

const ROW_NUMBER = /\br="(\d+)"/;

export function parseSheet(xml: string, sharedStrings: readonly string[]): SheetXml {
	const rows = new Map<number, Row>();
	const open = xml.search(/<sheetData\b/);
	const selfClosing = open >= 0 && /^<sheetData\b[^>]*\/>/.test(xml.slice(open, open + 200));
	const close = selfClosing ? xml.indexOf('>', open) + 1 : xml.indexOf('</sheetData>');
	if (open >= 0 && !selfClosing) {
		// Scanned in place: slicing a 50 MB sheet per row would copy it.
		const data = xml;
		const rowPattern = /<row\b([^>]*?)(\/>|>)/g;
		rowPattern.lastIndex = open;
		let previous = -1;
		const cellPattern = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
		for (let m = rowPattern.exec(data); m && m.index < close; m = rowPattern.exec(data)) {
			const r = ROW_NUMBER.exec(m[1]!)?.[1];
			const index = r ? Number(r) - 1 : previous + 1;
			previous = index;
			const start = m.index;
			if (m[2] === '/>') {
				rows.set(index, { index, start, end: rowPattern.lastIndex, inner: -1, cells: [] });
				continue;
			}
			const inner = data.indexOf('</row>', rowPattern.lastIndex);
			const row: Row = { index, start, end: inner + 6, inner, cells: [] };
			cellPattern.lastIndex = rowPattern.lastIndex;
			let col = -1;
			for (let c = cellPattern.exec(data); c && c.index < inner; c = cellPattern.exec(data)) {
				const cellAttrs = attributes(c[1]!);
				col = cellAttrs.r ? (parseRef(cellAttrs.r)?.col ?? col + 1) : col + 1;
				const content = c[2] ?? '';
				row.cells.push({
					row: index,
					col,
					text: content ? cellText(cellAttrs.t, content, sharedStrings) : '',
					formula: content.includes('<f'),
					start: c.index,
					end: cellPattern.lastIndex,
					attrs: cellAttrs,
				});
			}
			rows.set(index, row);
			rowPattern.lastIndex = row.end;
		}
	}
	return {
		xml,
		rows,
		merges: merges(xml),
		validations: validations(xml),
		sheetDataEnd: close,
		sheetDataSelfClosing: selfClosing,
	};
}

function cellText(
	type: string | undefined,
	content: string,
	sharedStrings: readonly string[],
): string {
	if (type === 'inlineStr') return textRuns(content);
	const value = content.match(/<v\b[^>]*>([\s\S]*?)<\/v>/)?.[1];
	if (value === undefined) return '';
	if (type === 's') return sharedStrings[Number(value)] ?? '';
	if (type === 'b') return value === '1' ? 'TRUE' : 'FALSE';
	return decodeXml(value);
}

function merges(xml: string): Range[] {
	return [...xml.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/g)]
		.map((m) => parseRange(m[1]!))
		.filter((r): r is Range => r !== undefined);
}

const ranges = (sqref: string) =>
	sqref
		.trim()
		.split(/\s+/)
		.map(parseRange)
		.filter((r): r is Range => r !== undefined);

/** List validations, both the classic `<dataValidation>` and the x14 extension Excel writes for lists on another sheet. */
function validations(xml: string): ListValidation[] {
	const out: ListValidation[] = [];
	for (const m of xml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)) {
		const attrs = attributes(m[1]!);
		const formula = m[2]!.match(/<formula1>([\s\S]*?)<\/formula1>/)?.[1];
		if (attrs.type === 'list' && formula && attrs.sqref)
			out.push({ ranges: ranges(attrs.sqref), source: decodeXml(formula) });
	}
	for (const m of xml.matchAll(/<x14:dataValidation\b([^>]*)>([\s\S]*?)<\/x14:dataValidation>/g)) {
		const attrs = attributes(m[1]!);
		const formula = m[2]!.match(/<x14:formula1>\s*<xm:f>([\s\S]*?)<\/xm:f>/)?.[1];
		const sqref = m[2]!.match(/<xm:sqref>([\s\S]*?)<\/xm:sqref>/)?.[1];
		if (attrs.type === 'list' && formula && sqref)
			out.push({ ranges: ranges(sqref), source: decodeXml(formula) });
	}
	return out;
}

export function cellAt(sheet: SheetXml, row: number, col: number): Cell | undefined {
	return sheet.rows.get(row)?.cells.find((c) => c.col === col);
}

export interface CellEdit {
	row: number;
	col: number;
	text: string;
}

const inlineCell = (ref: string, style: string | undefined, text: string) =>
	`<c r="${ref}"${style !== undefined ? ` s="${escapeXml(style)}"` : ''} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;

/**
 * The sheet XML with each edit written as an inline-string cell, keeping the cell's style.
 * An edit on a formula cell or a cell with a value is refused: the tool only fills blanks.
 * Inline strings leave sharedStrings.xml, and with it every other sheet, untouched.
 */
export function writeCells(sheet: SheetXml, edits: readonly CellEdit[]): string {
	interface Splice {
		at: number;
		until: number;
		text: string;
	}
	const splices: Splice[] = [];
	const byRow = new Map<number, CellEdit[]>();
	for (const edit of edits) byRow.set(edit.row, [...(byRow.get(edit.row) ?? []), edit]);
	const newRows: string[] = [];
	for (const [rowIndex, rowEdits] of [...byRow].sort((a, b) => a[0] - b[0])) {
		rowEdits.sort((a, b) => a.col - b.col);
		const row = sheet.rows.get(rowIndex);
		const ref = (e: CellEdit) => `${columnName(e.col)}${e.row + 1}`;
		if (!row) {
			newRows.push(
				`<row r="${rowIndex + 1}">${rowEdits.map((e) => inlineCell(ref(e), undefined, e.text)).join('')}</row>`,
			);
			continue;
		}
		const inserts: { at: number; text: string }[] = [];
		for (const edit of rowEdits) {
			const existing = row.cells.find((c) => c.col === edit.col);
			if (existing) {
				if (existing.formula || existing.text !== '')
					throw new Error(
						`refusing to overwrite ${ref(edit)}: it holds ${existing.formula ? 'a formula' : 'a value'}`,
					);
				splices.push({
					at: existing.start,
					until: existing.end,
					text: inlineCell(existing.attrs.r ?? ref(edit), existing.attrs.s, edit.text),
				});
			} else {
				const next = row.cells.find((c) => c.col > edit.col);
				inserts.push({
					at: next ? next.start : row.inner,
					text: inlineCell(ref(edit), undefined, edit.text),
				});
			}
		}
		if (row.inner < 0) {
			// <row r="5"/> becomes <row r="5">…</row>.
			const tag = sheet.xml.slice(row.start, row.end);
			splices.push({
				at: row.start,
				until: row.end,
				text: `${tag.slice(0, -2)}>${inserts.map((i) => i.text).join('')}</row>`,
			});
		} else
			for (const insert of inserts)
				splices.push({ at: insert.at, until: insert.at, text: insert.text });
	}
	// Rows the sheet did not have go before the first row after them, in order.
	for (const text of newRows) {
		const index = Number(text.match(/^<row r="(\d+)"/)![1]) - 1;
		const after = [...sheet.rows.values()]
			.filter((r) => r.index > index)
			.sort((a, b) => a.index - b.index)[0];
		if (after) splices.push({ at: after.start, until: after.start, text });
		else if (sheet.sheetDataSelfClosing)
			splices.push({
				at: sheet.sheetDataEnd - 2,
				until: sheet.sheetDataEnd,
				text: `>${text}</sheetData>`,
			});
		else splices.push({ at: sheet.sheetDataEnd, until: sheet.sheetDataEnd, text });
	}
	splices.sort((a, b) => a.at - b.at || a.until - b.until);
	let out = '';
	let at = 0;
	for (const s of splices) {
		out += sheet.xml.slice(at, s.at) + s.text;
		at = s.until;
	}
	return out + sheet.xml.slice(at);
}
