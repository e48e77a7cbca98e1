/**
 * Where a buyer's sheet wants its answers. Questionnaires put a title banner and instructions
 * above the header, an id in the first column, the question next to it, an answer column
 * (often a Yes/No drop-down) and a column for comments or evidence; merged rows between
 * groups name a section and are not questions. The header names the columns; the cells
 * confirm them. A sheet without an answer column is left alone: the tool never adds columns.
 */
import type { Grid } from './grid.ts';
import { questionLikeness } from './layout.ts';

export interface SheetLayout {
	headerRow: number;
	idColumn?: number;
	questionColumn: number;
	answerColumn: number;
	explanationColumn?: number;
	/** A category column (“Domain”, “Section”), for grouping the questions left open. */
	topicColumn?: number;
	questions: QuestionRow[];
}

export interface QuestionRow {
	row: number;
	id?: string;
	question: string;
	/** The section the row sits under: a merged section row above it, or the topic column. */
	topic?: string;
	/** Drop-down choices of its answer cell. */
	choices?: string[];
	/** Whether the answer and explanation cells are blank (fillable) rather than holding a value or a formula. */
	answerBlank: boolean;
	explanationBlank: boolean;
}

/** A question id such as `GOV-01`, `HFIH-04`, `A.5.1`, `1.2` or `12`. */
export const QUESTION_ID =
	/^(?:[A-Z][A-Za-z]{0,7}[-_ .]?\d{1,4}(?:[.-]\d{1,3})*[a-z]?|\d{1,3}(?:\.\d{1,3})*\.?)$/;

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const GUIDANCE =
	/guidance|instruction|scor|weight|example|expected|reviewer|analyst|internal use|institution/;

function questionHeader(h: string): number {
	if (!h || GUIDANCE.test(h)) return 0;
	if (/^(question )?(id|no\.?|num|number|ref|reference|#)$/.test(h)) return 0;
	if (/^questions?$/.test(h)) return 100;
	if (h.includes('question')) return 80;
	if (/requirement|control|criteri|query|inquiry|description|item|prompt|topic/.test(h)) return 40;
	return 0;
}

function answerHeader(h: string): number {
	if (!h || GUIDANCE.test(h) || h.includes('question')) return 0;
	if (/^(vendor |supplier |your |provider |solution provider )?(answer|response|reply)s?$/.test(h))
		return 100;
	if (/\b(answer|response|reply)\b/.test(h) && !/comment|note|additional|evidence|explan/.test(h))
		return 80;
	if (/^(yes ?\/ ?no|y ?\/ ?n|compliant\??|compliance|status|in place\??|implemented\??)$/.test(h))
		return 60;
	return 0;
}

function explanationHeader(h: string): number {
	if (!h || GUIDANCE.test(h)) return 0;
	if (
		/additional info|comment|explanation|justification|evidence|notes?\b|details|remarks|clarification|supporting/.test(
			h,
		)
	)
		return 100;
	return 0;
}

const topicHeader = (h: string) => /^(domain|section|category|area|topic|group)$/.test(h);

/** The header row: within the first 40 rows, the one that best names a question and an answer column. */
function findHeader(
	grid: Grid,
):
	| { row: number; question?: number; answer?: number; explanation?: number; topic?: number }
	| undefined {
	let best:
		| {
				row: number;
				score: number;
				question?: number;
				answer?: number;
				explanation?: number;
				topic?: number;
		  }
		| undefined;
	for (const row of grid.rows.slice(0, 40)) {
		const cells = Array.from({ length: grid.width }, (_, c) => norm(grid.text(row, c)));
		const filled = cells.filter(Boolean);
		if (filled.length < 2 || filled.some((c) => c.length > 80 || c.endsWith('?'))) continue;
		const pick = (score: (h: string) => number, except: (number | undefined)[] = []) => {
			let at: number | undefined;
			cells.forEach((h, c) => {
				if (
					!except.includes(c) &&
					score(h) > 0 &&
					(at === undefined || score(h) > score(cells[at]!))
				)
					at = c;
			});
			return at;
		};
		const answer = pick(answerHeader);
		if (answer === undefined) continue;
		const question = pick(questionHeader, [answer]);
		const explanationCandidates = cells
			.map((_, c) => c)
			.filter((c) => c !== answer && c !== question && explanationHeader(cells[c]!) > 0);
		// The explanation column nearest to the right of the answer, else the nearest at all.
		const explanation =
			explanationCandidates.find((c) => c > answer) ?? explanationCandidates.at(-1);
		const topic = cells.findIndex(topicHeader);
		const score =
			answerHeader(cells[answer]!) +
			(question !== undefined ? questionHeader(cells[question]!) : 0) +
			(explanation !== undefined ? 20 : 0);
		if (!best || score > best.score)
			best = {
				row,
				score,
				answer,
				...(question !== undefined && { question }),
				...(explanation !== undefined && { explanation }),
				...(topic >= 0 && { topic }),
			};
	}
	return best;
}

/**
 * Without a header that names an answer column: the column whose blank cells carry a list
 * validation (a drop-down) most often, below a row of labels. The drop-down says where the
 * answers go even when the header says “Vendor” or nothing at all.
 */
function headerFromDropDowns(grid: Grid): ReturnType<typeof findHeader> {
	const counts = new Map<number, { n: number; first: number }>();
	for (const row of grid.rows.slice(0, 2000)) {
		for (let c = 0; c < grid.width; c++) {
			if (!grid.choices(row, c) || grid.text(row, c).trim() !== '') continue;
			const seen = counts.get(c) ?? { n: 0, first: row };
			counts.set(c, { n: seen.n + 1, first: Math.min(seen.first, row) });
		}
	}
	const [answer, best] = [...counts].sort((a, b) => b[1].n - a[1].n || a[0] - b[0])[0] ?? [];
	if (answer === undefined || !best || best.n < 3) return undefined;
	const above = grid.rows
		.filter(
			(r) =>
				r < best.first &&
				Array.from({ length: grid.width }, (_, c) => grid.text(r, c).trim()).filter(Boolean)
					.length >= 2,
		)
		.at(-1);
	const row = above ?? grid.rows.filter((r) => r < best.first).at(-1) ?? best.first - 1;
	const cells = Array.from({ length: grid.width }, (_, c) => norm(grid.text(row, c)));
	const explanation = cells
		.map((_, c) => c)
		.find((c) => c > answer && explanationHeader(cells[c]!) > 0);
	const question = cells
		.map((_, c) => c)
		.find((c) => c !== answer && questionHeader(cells[c]!) > 0);
	return {
		row,
		answer,
		...(question !== undefined && { question }),
		...(explanation !== undefined && { explanation }),
	};
}

/** The layout of a sheet, or undefined when it has no answer column (it is then left as it is). */
export function findSheetLayout(grid: Grid, questionOverride?: number): SheetLayout | undefined {
	const header = findHeader(grid) ?? headerFromDropDowns(grid);
	if (!header || header.answer === undefined || header.answer === questionOverride)
		return undefined;
	const body = grid.rows.filter((r) => r > header.row);
	const answerColumn = header.answer;
	const likeness = (c: number) =>
		body.reduce((sum, r) => sum + questionLikeness(grid.text(r, c)), 0);
	const idScore = (c: number) =>
		body.filter((r) => QUESTION_ID.test(grid.text(r, c).trim())).length;
	let named = questionOverride ?? header.question;
	// The header's question column stands if it has text; otherwise the column that reads most like questions.
	const hasText = (c: number) => body.some((r) => grid.text(r, c).trim() !== '');
	if (questionOverride === undefined && (named === undefined || !hasText(named))) {
		const headerText = (c: number) => norm(grid.text(header.row, c));
		const candidates = Array.from({ length: grid.width }, (_, c) => c).filter(
			(c) => c !== answerColumn && c !== header.explanation && !GUIDANCE.test(headerText(c)),
		);
		const byContent = candidates.sort((a, b) => likeness(b) - likeness(a))[0];
		if (byContent !== undefined && likeness(byContent) >= 1) named = byContent;
	}
	if (named === undefined) return undefined;
	const questionColumn: number = named;
	const idColumn = Array.from({ length: questionColumn }, (_, c) => c)
		.filter((c) => idScore(c) >= Math.max(1, body.length * 0.2))
		.sort((a, b) => idScore(b) - idScore(a))[0];
	const layout: SheetLayout = {
		headerRow: header.row,
		questionColumn,
		answerColumn,
		questions: [],
		...(idColumn !== undefined && { idColumn }),
		...(header.explanation !== undefined && { explanationColumn: header.explanation }),
		...(header.topic !== undefined && { topicColumn: header.topic }),
	};
	let section: string | undefined;
	for (const row of body) {
		const question = grid.text(row, questionColumn).replace(/\s+/g, ' ').trim();
		const filled = Array.from({ length: grid.width }, (_, c) => c).filter(
			(c) => grid.text(row, c).trim() !== '',
		);
		if (filled.length === 0) continue;
		// A section row: one text, or a text in a range merged across the answer column.
		const merged = filled
			.map((c) => grid.merge(row, c))
			.find((m) => m && m.left <= answerColumn && m.right >= answerColumn && m.right > m.left);
		const id = idColumn !== undefined ? grid.text(row, idColumn).trim() : '';
		const hasId = id !== '' && QUESTION_ID.test(id);
		if (
			merged ||
			(!hasId && filled.length === 1 && filled[0] !== questionColumn) ||
			(!hasId &&
				filled.length === 1 &&
				questionLikeness(question) === 0 &&
				!grid.choices(row, answerColumn))
		) {
			section = grid.text(row, filled[0]!).replace(/\s+/g, ' ').trim();
			continue;
		}
		if (!question || grid.formula(row, questionColumn)) continue;
		const choices = grid.choices(row, answerColumn);
		if (!hasId && questionLikeness(question) === 0 && !choices) continue;
		const blank = (c: number | undefined) =>
			c !== undefined && !grid.formula(row, c) && grid.text(row, c).trim() === '';
		const topic =
			layout.topicColumn !== undefined
				? grid.text(row, layout.topicColumn).trim() || section
				: section;
		layout.questions.push({
			row,
			question,
			answerBlank: blank(answerColumn),
			explanationBlank: blank(layout.explanationColumn),
			...(hasId && { id }),
			...(topic && { topic }),
			...(choices && { choices }),
		});
	}
	return layout.questions.length > 0 ? layout : undefined;
}
