/**
 * Which cells one decision fills, and with what: the short answer in the answer cell, spelt as
 * its drop-down allows, and the explanation in the sheet's own explanation column. Only blank
 * cells are written; a question already answered by the buyer or the vendor is left alone.
 */
import { shortFor, type Decision } from './fill.ts';
import type { QuestionRow, SheetLayout } from './sheet-layout.ts';

export interface PlannedCell {
	col: number;
	text: string;
}

export interface Plan {
	cells: PlannedCell[];
	/** What a person must still do, if anything. */
	todo?: string;
}

export function planCells(
	q: QuestionRow,
	layout: Pick<SheetLayout, 'answerColumn' | 'explanationColumn'>,
	d: Decision,
): Plan {
	if (d.outcome === 'unanswered') return { cells: [], todo: 'no answer in the knowledge base' };
	if (d.outcome === 'restricted')
		return {
			cells: [],
			todo: `answered only for ${d.above ? `the ${d.above}` : 'a more restricted'} audience`,
		};
	if (d.outcome === 'weak' || !d.answer)
		return { cells: [], todo: `check the suggested answer (${d.answer?.id}) and fill by hand` };
	if (!q.answerBlank) return { cells: [], todo: 'already answered in the sheet; left as it was' };
	const cells: PlannedCell[] = [];
	const text = d.answer.text;
	const explanation =
		layout.explanationColumn !== undefined && q.explanationBlank
			? layout.explanationColumn
			: undefined;
	let todo: string | undefined;
	const short = d.short && shortFor(d.short, q.choices);
	if (d.short && !short)
		todo = `the drop-down (${q.choices!.join(', ')}) has no choice for "${d.short}"; choose one`;
	else if (d.type === 'yes-no' && !d.short)
		todo = 'choose the short answer: the knowledge base gives an explanation only';
	if (q.choices || (d.type === 'yes-no' && layout.explanationColumn !== undefined)) {
		// A Yes/No column: the short answer there, the explanation beside it.
		if (short) cells.push({ col: layout.answerColumn, text: short });
		if (explanation !== undefined) cells.push({ col: explanation, text });
		else if (!short) return { cells: [], todo: todo ?? 'no explanation column for the answer' };
	} else
		cells.push({
			col: layout.answerColumn,
			text: short && !/^(yes|no)\b/i.test(text) ? `${short}. ${text}` : text,
		});
	return { cells, ...(todo && { todo }) };
}
