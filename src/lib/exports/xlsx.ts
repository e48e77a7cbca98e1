/**
 * One workbook for auditors: a cover sheet, then the Statement of Applicability, the risk
 * register, the AI system inventory and the answers, one sheet each, with the same columns
 * as the CSV files.
 *
 * Reproducible bytes: the document properties are dated from the content, and the zip
 * entries, which exceljs leaves to the wall clock, are re-dated by `pinZipDates`.
 */
import ExcelJS from 'exceljs';
import type { AudienceView } from '../views/audience.ts';
import { defuse } from './csv.ts';
import { contentDate } from './stamp.ts';
import { answersTable, inventoryTable, risksTable, soaTable, type Table } from './tables.ts';
import { pinZipDates } from './zip-stamp.ts';

/** The tables of the auditor workbook, in sheet order. */
export function workbookTables(view: AudienceView): Table[] {
	return [soaTable(view), risksTable(view), inventoryTable(view), answersTable(view)];
}

function addSheet(workbook: ExcelJS.Workbook, table: Table): void {
	const sheet = workbook.addWorksheet(table.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.addRow(table.columns).font = { bold: true };
	// Cells are written as text, defused like the CSV: a cell starting with "=" stays text.
	for (const row of table.rows) sheet.addRow(row.map(defuse));
	sheet.columns.forEach((column, i) => {
		const widest = Math.max(table.columns[i]!.length, ...table.rows.map((r) => Math.min(r[i]?.length ?? 0, 60)));
		column.width = Math.max(10, widest + 2);
		column.alignment = { wrapText: true, vertical: 'top' };
	});
	if (table.rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
}

/** The workbook's bytes; the same view always gives the same bytes. */
export async function auditorWorkbook(view: AudienceView): Promise<Buffer> {
	const org = view.organization.data;
	const date = contentDate(view);
	const stamp = new Date(`${date}T00:00:00Z`);
	const workbook = new ExcelJS.Workbook();
	workbook.creator = org.name;
	workbook.lastModifiedBy = org.name;
	workbook.title = `${org.name} AI management system: auditor workbook`;
	workbook.created = stamp;
	workbook.modified = stamp;
	const tables = workbookTables(view);
	const cover = workbook.addWorksheet('About');
	cover.addRows([
		['Organisation', org.legalName ?? org.name],
		['Content as of', date],
		['Audience', view.audience],
		['Scope', org.aimsScope],
		[],
		['Sheet', 'Rows'],
		...tables.map((t) => [t.title, t.rows.length]),
	]);
	cover.getColumn(1).width = 28;
	cover.getColumn(2).width = 80;
	for (const table of tables) addSheet(workbook, table);
	const bytes = await workbook.xlsx.writeBuffer();
	return pinZipDates(new Uint8Array(bytes as ArrayBuffer), date);
}
