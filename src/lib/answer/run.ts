/**
 * One questionnaire, bytes in and bytes out: read it (CSV or XLSX), find the questions,
 * answer them from the knowledge base, write it back in the same format.
 */
import { fillQuestionnaire, type Filled } from './fill.ts';
import type { KnowledgeBase } from './knowledge.ts';
import { findLayout, type Layout } from './layout.ts';
import { readCsv, writeCsv } from './sheet-csv.ts';
import { readXlsx, writeXlsx } from './sheet-xlsx.ts';

export interface AnsweredQuestionnaire {
	bytes: Uint8Array | string;
	header: readonly string[];
	layout: Layout;
	filled: Filled;
	/** The worksheet filled (XLSX). */
	sheet?: string;
	/** How a CSV was decoded. */
	encoding?: string;
}

export interface AnswerRequest {
	format: 'csv' | 'xlsx';
	column?: string | undefined;
	sheet?: string | undefined;
}

/** Throws SheetError for an unreadable file, LayoutError when the questions cannot be found. */
export async function answerQuestionnaire(input: Uint8Array, kb: KnowledgeBase, { format, column, sheet: sheetName }: AnswerRequest): Promise<AnsweredQuestionnaire> {
	if (format === 'csv') {
		const sheet = readCsv(input);
		const layout = findLayout(sheet.rows, column);
		const filled = fillQuestionnaire(sheet.rows, layout, kb);
		return { bytes: writeCsv(sheet, layout, filled), header: sheet.rows[layout.headerRow] ?? [], layout, filled, encoding: sheet.encoding };
	}
	const sheet = await readXlsx(input, sheetName);
	const layout = findLayout(sheet.rows, column);
	const filled = fillQuestionnaire(sheet.rows, layout, kb);
	return { bytes: await writeXlsx(sheet, layout, filled), header: sheet.rows[layout.headerRow] ?? [], layout, filled, sheet: sheet.sheet.name };
}
