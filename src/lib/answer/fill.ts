/**
 * Fills a questionnaire: for each question, the best knowledge-base answer and how sure we
 * are. Text only ever comes from the knowledge base; a question without a good enough match
 * gets no answer and is flagged for a person.
 */
import type { KnowledgeBase } from './knowledge.ts';
import type { Layout } from './layout.ts';

export const ADDED_COLUMNS = ['Answer', 'Short answer', 'Matched question', 'Cited controls', 'Cited policies', 'Confidence', 'Needs review'] as const;

/** At or above: answered. Between the two: answered, but a person must check. Below WEAK: left blank. */
export const THRESHOLDS = { answered: 0.55, weak: 0.35 } as const;

export type Outcome = 'answered' | 'weak' | 'unanswered';

export interface RowResult {
	/** Index of the row in the sheet (0-based). */
	row: number;
	question: string;
	outcome: Outcome;
	confidence: number;
	/** Cells for ADDED_COLUMNS, in order. */
	cells: string[];
}

export interface Filled {
	/** Names of the added columns, suffixed where the sheet already uses the name. */
	header: string[];
	results: RowResult[];
	counts: Record<Outcome, number>;
}

export function fillQuestionnaire(rows: readonly (readonly string[])[], layout: Layout, kb: KnowledgeBase): Filled {
	const existing = new Set((rows[layout.headerRow] ?? []).map((h) => h.trim().toLowerCase()));
	const header = ADDED_COLUMNS.map((name) => (existing.has(name.toLowerCase()) ? `${name} (autofill)` : name));
	const counts: Record<Outcome, number> = { answered: 0, weak: 0, unanswered: 0 };
	const results: RowResult[] = [];
	rows.forEach((cells, row) => {
		if (row <= layout.headerRow) return;
		const question = (cells[layout.questionColumn] ?? '').trim();
		if (!question) return;
		const match = kb.best(question);
		const confidence = match?.confidence ?? 0;
		const outcome: Outcome = confidence >= THRESHOLDS.answered ? 'answered' : confidence >= THRESHOLDS.weak ? 'weak' : 'unanswered';
		counts[outcome]++;
		const a = outcome === 'unanswered' ? undefined : match?.answer;
		results.push({
			row,
			question,
			outcome,
			confidence,
			cells: [a?.text ?? '', a?.response ?? '', a?.question ?? '', (a?.controls ?? []).join('; '), (a?.policies ?? []).join('; '), confidence.toFixed(2), outcome === 'answered' ? 'no' : 'yes'],
		});
	});
	return { header, results, counts };
}
