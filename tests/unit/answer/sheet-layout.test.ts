import { describe, expect, test } from 'vitest';
import { arrayGrid, type Grid } from '../../../src/cli/answer/grid.ts';
import { findSheetLayout } from '../../../src/cli/answer/sheet-layout.ts';
import { parseRange, type Range } from '../../../src/cli/answer/xml.ts';

/** A grid with merges and drop-downs, as a workbook sheet gives them. */
function grid(
	rows: string[][],
	merges: string[] = [],
	choices?: { range: string; list: string[] },
): Grid {
	const base = arrayGrid(rows);
	const ranges = merges.map((m) => parseRange(m)!);
	const inside = (r: Range, row: number, col: number) =>
		row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
	return {
		...base,
		merge: (row, col) => ranges.find((r) => inside(r, row, col)),
		choices: (row, col) =>
			choices && inside(parseRange(choices.range)!, row, col) ? choices.list : undefined,
	};
}

describe('finding questions, answers and explanations on a sheet', () => {
	test('a title row and an instruction row above the header; merged section rows between groups are not questions', () => {
		const rows = [
			['Acme vendor security questionnaire', '', '', ''],
			['Answer every question; attach evidence where asked.', '', '', ''],
			['#', 'Question', 'Response', 'Evidence/Notes'],
			['Access control', '', '', ''],
			['1', 'Do you enforce MFA?', '', ''],
			['2', 'Are access rights reviewed?', 'Yes', 'Quarterly'],
			['Data protection', '', '', ''],
			['3', 'Is data encrypted at rest?', '', ''],
		];
		const layout = findSheetLayout(
			grid(rows, ['A1:D1', 'A2:D2', 'A4:D4', 'A7:D7'], {
				range: 'C5:C8',
				list: ['Yes', 'No', 'Partial', 'N/A'],
			}),
		)!;
		expect(layout).toMatchObject({
			headerRow: 2,
			questionColumn: 1,
			answerColumn: 2,
			explanationColumn: 3,
		});
		expect(layout.questions.map((q) => [q.row, q.topic, q.answerBlank, q.choices?.length])).toEqual(
			[
				[4, 'Access control', true, 4],
				[5, 'Access control', false, 4],
				[7, 'Data protection', true, 4],
			],
		);
	});

	test('ids in column A, the question in B, an answer drop-down in C, notes in D; guidance and score columns are ignored', () => {
		const rows = [
			['ID', 'Question', 'Answer', 'Additional Information', 'Guidance', 'Score'],
			[
				'GNRL-01',
				'Solution Provider Name',
				'',
				'',
				'The legal name of your company, as it appears on contracts and invoices.',
				'',
			],
			[
				'DATA-01',
				'Is data encrypted at rest?',
				'',
				'',
				'Describe the algorithms and how keys are managed and rotated across the platform.',
				'0',
			],
		];
		const layout = findSheetLayout(grid(rows))!;
		expect(layout).toMatchObject({
			headerRow: 0,
			idColumn: 0,
			questionColumn: 1,
			answerColumn: 2,
			explanationColumn: 3,
		});
		// A name/value row counts as a question because it has an id.
		expect(layout.questions.map((q) => q.id)).toEqual(['GNRL-01', 'DATA-01']);
	});

	test('without an answer header, the column of drop-downs is the answer column', () => {
		const rows = [
			['Ref', 'Control', 'Vendor', 'Comments'],
			['1', 'Do you enforce MFA for administrators?', '', ''],
			['2', 'Is data encrypted at rest?', '', ''],
			['3', 'Do you run annual penetration tests?', '', ''],
		];
		const layout = findSheetLayout(grid(rows, [], { range: 'C2:C4', list: ['Yes', 'No'] }))!;
		expect(layout).toMatchObject({
			headerRow: 0,
			questionColumn: 1,
			answerColumn: 2,
			explanationColumn: 3,
		});
		expect(layout.questions).toHaveLength(3);
	});

	test('a sheet without an answer column is left alone, so no column is ever added to it', () => {
		expect(
			findSheetLayout(
				grid([
					['Term', 'Definition'],
					['MFA', 'More than one factor of authentication is required to sign in.'],
				]),
			),
		).toBeUndefined();
		expect(
			findSheetLayout(
				grid([
					['Sheet', 'Score'],
					['Data', '12'],
				]),
			),
		).toBeUndefined();
	});

	test('a formula in the answer cell makes it not blank', () => {
		const g: Grid = {
			...grid([
				['Question', 'Answer'],
				['Do you encrypt data at rest?', ''],
			]),
			formula: (row, col) => row === 1 && col === 1,
		};
		expect(findSheetLayout(g)!.questions[0]!.answerBlank).toBe(false);
	});
});
