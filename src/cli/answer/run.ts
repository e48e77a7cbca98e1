/**
 * One questionnaire, bytes in and bytes out: read it (CSV or XLSX), find the questions on
 * every sheet, answer them from the knowledge base, write the answers into the buyer's own
 * answer cells and return the file with what was done, for the review and the summary.
 */
import { decide, type Decision } from './fill.ts';
import { arrayGrid, type Grid } from './grid.ts';
import type { KnowledgeBase } from './knowledge.ts';
import { findLayout, LayoutError } from './layout.ts';
import type { Meaning } from './meaning.ts';
import { planCells } from './plan.ts';
import { readCsv, writeCsv } from './sheet-csv.ts';
import { findSheetLayout, type SheetLayout } from './sheet-layout.ts';
import { Workbook, type SheetInfo } from './xlsx-workbook.ts';
import { cellAt, type SheetXml } from './xlsx-sheet.ts';
import { columnName, inRange } from './xml.ts';

export interface AnsweredQuestion extends Decision {
	sheet?: string;
	row: number;
	id?: string;
	topic?: string;
	/** Cells written, as `C12` → text. */
	cells: { ref: string; text: string }[];
	todo?: string;
}

export interface SheetReport {
	name: string;
	hidden: boolean;
	/** Why nothing was filled on the sheet, when nothing was. */
	skipped?: string;
	layout?: {
		header: number;
		question: string;
		answer: string;
		explanation?: string;
		questions: number;
	};
}

export interface AnsweredQuestionnaire {
	bytes: Uint8Array | string;
	questions: AnsweredQuestion[];
	sheets: SheetReport[];
	/** How a CSV was decoded. */
	encoding?: string;
}

/** The questions by what became of them: filled, suggested to a person, not answered, restricted. */
export function byOutcome(questions: readonly AnsweredQuestion[]) {
	return {
		filled: questions.filter((q) => q.cells.length > 0),
		weak: questions.filter((q) => q.outcome === 'weak'),
		open: questions.filter((q) => q.outcome === 'unanswered'),
		restricted: questions.filter((q) => q.outcome === 'restricted'),
	};
}

export interface AnswerRequest {
	format: 'csv' | 'xlsx';
	column?: string | undefined;
	sheet?: string | undefined;
}

const letter = (col: number | undefined) => (col === undefined ? undefined : columnName(col));

async function answerSheet(
	layout: SheetLayout,
	kb: KnowledgeBase,
	sheet: string | undefined,
	meaning: Meaning | undefined,
): Promise<AnsweredQuestion[]> {
	const similarities = await meaning?.similarities(layout.questions.map((q) => q.question));
	return layout.questions.map((q, i) => {
		const d = decide(kb, q.question, similarities?.[i]);
		const plan = planCells(q, layout, d);
		return {
			...d,
			...(sheet !== undefined && { sheet }),
			row: q.row,
			...(q.id && { id: q.id }),
			...(q.topic && { topic: q.topic }),
			cells: plan.cells.map((c) => ({ ref: `${columnName(c.col)}${q.row + 1}`, text: c.text })),
			...(plan.todo && { todo: plan.todo }),
		};
	});
}

function describeLayout(layout: SheetLayout): SheetReport['layout'] {
	return {
		header: layout.headerRow + 1,
		question: letter(layout.questionColumn)!,
		answer: letter(layout.answerColumn)!,
		...(layout.explanationColumn !== undefined && {
			explanation: letter(layout.explanationColumn)!,
		}),
		questions: layout.questions.length,
	};
}

/**
 * Rejects with SheetError or PackageError for an unreadable file, LayoutError when no
 * questions can be found. Without `meaning`, questions are matched on their words alone.
 */
export async function answerQuestionnaire(
	input: Uint8Array,
	kb: KnowledgeBase,
	{ format, column, sheet: only }: AnswerRequest,
	meaning?: Meaning,
): Promise<AnsweredQuestionnaire> {
	if (format === 'csv') {
		const csv = readCsv(input);
		const override = column === undefined ? undefined : findLayout(csv.rows, column).questionColumn;
		let layout = findSheetLayout(arrayGrid(csv.rows), override);
		let added = false;
		if (!layout) {
			// No answer column in the header: a CSV may take one more column, named Answer.
			const found = findLayout(csv.rows, column);
			layout = findSheetLayout(withAnswerColumn(csv.rows, found.headerRow), found.questionColumn);
			if (!layout)
				throw new LayoutError(
					'no rows read like questions; name the question column with --column "<header>"',
				);
			added = true;
		}
		const questions = await answerSheet(layout, kb, undefined, meaning);
		return {
			bytes: writeCsv(csv, questions, added, layout.headerRow),
			questions,
			sheets: [{ name: 'CSV', hidden: false, layout: describeLayout(layout) }],
			encoding: csv.encoding,
		};
	}
	const workbook = new Workbook(input);
	if (
		only !== undefined &&
		!workbook.sheets.some((s) => s.name.toLowerCase() === only.toLowerCase())
	)
		throw new LayoutError(
			`--sheet "${only}" is not in the workbook (sheets: ${workbook.sheets.map((s) => `"${s.name}"`).join(', ')})`,
		);
	const questions: AnsweredQuestion[] = [];
	const sheets: SheetReport[] = [];
	for (const info of workbook.sheets) {
		if (only !== undefined && info.name.toLowerCase() !== only.toLowerCase()) continue;
		if (info.hidden && only === undefined) {
			sheets.push({ name: info.name, hidden: true, skipped: 'hidden sheet' });
			continue;
		}
		const xml = workbook.sheet(info);
		const grid = sheetGrid(workbook, info, xml);
		const layout = findSheetLayout(
			grid,
			column === undefined ? undefined : questionColumnOf(column),
		);
		if (!layout) {
			sheets.push({
				name: info.name,
				hidden: info.hidden,
				skipped: 'no question column with an answer column beside it',
			});
			continue;
		}
		const answered = await answerSheet(layout, kb, info.name, meaning);
		workbook.fill(
			info,
			answered.flatMap((q) =>
				q.cells.map((c) => ({ row: q.row, col: layoutCol(c.ref), text: c.text })),
			),
		);
		questions.push(...answered);
		sheets.push({ name: info.name, hidden: info.hidden, layout: describeLayout(layout) });
	}
	if (questions.length === 0)
		throw new LayoutError(
			'no sheet has questions with an answer column beside them (a header such as "Question" and "Answer" or "Response"); name the sheet with --sheet and the question column with --column',
		);
	return { bytes: workbook.write(), questions, sheets };
}

const layoutCol = (ref: string) =>
	[...ref.match(/^[A-Z]+/)![0]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** `--column` as a 0-based column: a letter or a 1-based number. */
function questionColumnOf(column: string): number {
	if (/^\d+$/.test(column) && Number(column) >= 1) return Number(column) - 1;
	if (/^[A-Za-z]{1,2}$/.test(column)) return layoutCol(column.toUpperCase());
	throw new LayoutError(
		`--column "${column}": for a workbook, give the question column's letter or number`,
	);
}

/** A CSV with a blank column added under an "Answer" header, so the layout finder sees where answers go. */
function withAnswerColumn(rows: readonly (readonly string[])[], headerRow: number): Grid {
	const width = Math.max(...rows.map((r) => r.length));
	return arrayGrid(
		rows.map((r, i) => [
			...r,
			...Array<string>(width - r.length).fill(''),
			i === headerRow ? 'Answer' : '',
		]),
	);
}

/** The sheet as a grid, with drop-down choices resolved (a hidden list sheet included) and merges. */
function sheetGrid(workbook: Workbook, info: SheetInfo, xml: SheetXml): Grid {
	// Only rows with some text: a sheet formatted down to row 1,048,576 has as many empty rows.
	const rows = [...xml.rows.values()]
		.filter((r) => r.cells.some((c) => c.text.trim() !== ''))
		.map((r) => r.index)
		.sort((a, b) => a - b);
	let width = 0;
	for (const index of rows)
		width = Math.max(width, (xml.rows.get(index)!.cells.at(-1)?.col ?? -1) + 1);
	width = Math.min(60, width);
	const lists = new Map<string, string[]>();
	return {
		rows,
		width,
		text: (row, col) => cellAt(xml, row, col)?.text ?? '',
		formula: (row, col) => cellAt(xml, row, col)?.formula ?? false,
		merge: (row, col) => xml.merges.find((m) => inRange(m, row, col)),
		choices: (row, col) => {
			const validation = xml.validations.find((v) => v.ranges.some((r) => inRange(r, row, col)));
			if (!validation) return undefined;
			let choices = lists.get(validation.source);
			if (!choices)
				lists.set(validation.source, (choices = workbook.listChoices(validation.source, info)));
			return choices.length > 0 ? choices : undefined;
		},
	};
}
