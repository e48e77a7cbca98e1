/**
 * A sheet as the layout finder sees it, whatever the file: the text of each cell, which cells
 * are merged, which hold formulas, and the drop-down choices a cell allows.
 */
import type { Range } from './xml.ts';

export interface Grid {
	/** Indexes (0-based) of the rows that exist, in order. */
	rows: readonly number[];
	width: number;
	text(row: number, col: number): string;
	formula(row: number, col: number): boolean;
	/** The merged range a cell belongs to, if any. */
	merge(row: number, col: number): Range | undefined;
	/** The choices of the cell's list validation, if it has one. */
	choices(row: number, col: number): string[] | undefined;
}

/** A CSV's rows as a grid: no merges, no formulas, no drop-downs. */
export function arrayGrid(rows: readonly (readonly string[])[]): Grid {
	return {
		rows: rows.map((_, i) => i),
		width: Math.max(0, ...rows.map((r) => r.length)),
		text: (row, col) => rows[row]?.[col] ?? '',
		formula: () => false,
		merge: () => undefined,
		choices: () => undefined,
	};
}
