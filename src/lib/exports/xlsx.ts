/**
 * Spreadsheet exports. One workbook for auditors: a cover sheet, then the Statement of
 * Applicability, the risk register, the AI system inventory and the answers, one sheet each,
 * with the same columns as the CSV files. One for buyers: the answers alone.
 *
 * Cells are typed (numbers, dates with a date format, booleans), so an auditor can sort the
 * register by score or review date. Reproducible bytes: the document properties are dated from the content, and the zip
 * entries, which exceljs leaves to the wall clock, are re-dated by `pinZipDates`.
 */
import ExcelJS from 'exceljs';
import type { AudienceView } from '../views/audience.ts';
import { contentDate } from './stamp.ts';
import {
	answersTable,
	cellText,
	inventoryTable,
	isDateCell,
	risksTable,
	soaTable,
	type Cell,
	type Table,
} from './tables.ts';
import { pinZipDates } from './zip-stamp.ts';

/** The tables of the auditor workbook, in sheet order. */
export function workbookTables(view: AudienceView): Table[] {
	return [soaTable(view), risksTable(view), inventoryTable(view), answersTable(view)];
}

/** How dates show in every sheet: ISO 8601, the same in every locale. */
export const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * A typed cell as exceljs takes it: empty, a number, a boolean, a date (midnight UTC, which Excel
 * stores as the day's serial number) or a string. Strings are written as strings, never as
 * formulas (exceljs makes a formula only from a `{ formula }` value), so the CSV's formula
 * guard is not needed here and would only show a stray quote to every reader.
 */
function cellValue(cell: Cell): ExcelJS.CellValue {
	if (cell === '') return null; // an empty cell, so a filter shows "(Blanks)" and a date column stays all dates
	return isDateCell(cell) ? new Date(`${cell.date}T00:00:00Z`) : cell;
}

function addSheet(workbook: ExcelJS.Workbook, table: Table): void {
	const sheet = workbook.addWorksheet(table.title.slice(0, 31), {
		views: [{ state: 'frozen', ySplit: 1 }],
	});
	sheet.addRow(table.columns).font = { bold: true };
	for (const row of table.rows) {
		const added = sheet.addRow(row.map(cellValue));
		row.forEach((cell, i) => {
			if (isDateCell(cell)) added.getCell(i + 1).numFmt = DATE_FORMAT;
		});
	}
	sheet.columns.forEach((column, i) => {
		const widest = Math.max(
			table.columns[i]!.length,
			...table.rows.map((r) => Math.min(cellText(r[i] ?? '').length, 60)),
		);
		column.width = Math.max(10, widest + 2);
		column.alignment = { wrapText: true, vertical: 'top' };
	});
	if (table.rows.length > 0)
		sheet.autoFilter = {
			from: { row: 1, column: 1 },
			to: { row: 1, column: table.columns.length },
		};
}

/** A workbook dated from the content and signed by the organisation, with nothing in it yet. */
function newWorkbook(view: AudienceView, what: string): ExcelJS.Workbook {
	const org = view.organization.data;
	const stamp = new Date(`${contentDate(view)}T00:00:00Z`);
	const workbook = new ExcelJS.Workbook();
	workbook.creator = org.name;
	workbook.lastModifiedBy = org.name;
	workbook.title = `${org.name} AI management system: ${what}`;
	workbook.created = stamp;
	workbook.modified = stamp;
	return workbook;
}

/** The workbook's bytes, every zip entry dated from the content. */
async function workbookBytes(workbook: ExcelJS.Workbook, view: AudienceView): Promise<Buffer> {
	const bytes = await workbook.xlsx.writeBuffer();
	return pinZipDates(new Uint8Array(bytes as ArrayBuffer), contentDate(view));
}

/** The workbook's bytes; the same view always gives the same bytes. */
export async function auditorWorkbook(view: AudienceView): Promise<Buffer> {
	const org = view.organization.data;
	const date = contentDate(view);
	const workbook = newWorkbook(view, 'auditor workbook');
	const tables = workbookTables(view);
	const cover = workbook.addWorksheet('About');
	cover.addRows([
		['Organisation', org.legalName ?? org.name],
		['Content as of', new Date(`${date}T00:00:00Z`)],
		['Audience', view.audience],
		['Scope', org.aimsScope],
		[],
		['Sheet', 'Rows'],
		...tables.map((t) => [t.title, t.rows.length]),
	]);
	cover.getCell('B2').numFmt = DATE_FORMAT;
	cover.getColumn(1).width = 28;
	cover.getColumn(2).width = 80;
	for (const table of tables) addSheet(workbook, table);
	return workbookBytes(workbook, view);
}

/**
 * The answers library as one sheet, for a buyer who works in Excel: the answers CSV's columns
 * and rows (answer text as plain paragraphs, review dates as dates), for the view's audience.
 */
export async function answersWorkbook(view: AudienceView): Promise<Buffer> {
	const workbook = newWorkbook(view, 'questionnaire answers');
	addSheet(workbook, answersTable(view));
	return workbookBytes(workbook, view);
}
