/**
 * The review written beside the filled questionnaire (`<out>.review.md`), never into it: for
 * each question, what was filled, how sure the match is, the entries it came from and what a
 * person must still do; then the questions the knowledge base does not answer, grouped by the
 * questionnaire's own sections, as the answers to write next.
 */
import { THRESHOLDS } from './fill.ts';
import { byOutcome, type AnsweredQuestionnaire, type AnsweredQuestion } from './run.ts';

const cellText = (s: string) => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const where = (q: AnsweredQuestion) =>
	`${q.sheet ? `${q.sheet} ` : ''}row ${q.row + 1}${q.id ? ` (${q.id})` : ''}`;

export function reviewPath(out: string): string {
	return out.replace(/\.(csv|xlsx)$/i, '') + '.review.md';
}

export interface ReviewFacts {
	input: string;
	out: string;
	audience: string;
	knowledge: number;
	asOf: string;
}

/**
 * The confidence, and when the sentence model changed it (raised it, or lowered it in
 * disagreement), the word match's own and the meaning's similarity.
 */
function confidenceOf(q: AnsweredQuestion): string {
	const shown = q.confidence.toFixed(2);
	return q.wordConfidence === undefined
		? shown
		: `${shown} (words ${q.wordConfidence.toFixed(2)}, meaning ${q.meaning?.toFixed(2)})`;
}

export function review(result: AnsweredQuestionnaire, facts: ReviewFacts): string {
	const { questions } = result;
	const { filled, weak, open, restricted } = byOutcome(questions);
	const lines = [
		`# Review of ${facts.out}`,
		'',
		`Filled from ${facts.input} with the knowledge base readable by the **${facts.audience}** audience (${facts.knowledge} answers) on ${facts.asOf}.${facts.audience === 'internal' ? ' **Internal answers: this file must not leave the organisation.**' : ''}`,
		'',
		`- Questions: ${questions.length}`,
		`- Filled: ${filled.length} (confidence ≥ ${THRESHOLDS.answered})`,
		`- Suggested, not filled (confidence ${THRESHOLDS.weak}–${THRESHOLDS.answered}): ${weak.length}`,
		`- Not in the knowledge base: ${open.length}`,
		`- Answered only for a more restricted audience: ${restricted.length}`,
		'',
		'## Sheets',
		'',
		...result.sheets.map(
			(s) =>
				`- ${s.name}${s.hidden ? ' (hidden)' : ''}: ${s.layout ? `header row ${s.layout.header}, questions in ${s.layout.question}, answers in ${s.layout.answer}${s.layout.explanation ? `, explanations in ${s.layout.explanation}` : ''}, ${s.layout.questions} questions` : `left as it is: ${s.skipped}`}`,
		),
		'',
		'## Filled answers',
		'',
		'| Where | Question | Filled | Confidence | Sources | To do |',
		'|---|---|---|---|---|---|',
		...filled.map(
			(q) =>
				`| ${where(q)} | ${cellText(q.question)} | ${q.cells.map((c) => `${c.ref}: ${cellText(c.text.length > 60 ? `${c.text.slice(0, 57)}…` : c.text)}`).join('<br>')} | ${confidenceOf(q)} | ${q.answer!.sources.join(', ')} | ${q.todo ?? ''} |`,
		),
		'',
		'## Suggested answers to check',
		'',
		...(weak.length
			? [
					'| Where | Question | Suggested answer | Confidence |',
					'|---|---|---|---|',
					...weak.map(
						(q) =>
							`| ${where(q)} | ${cellText(q.question)} | ${q.answer!.id}: “${cellText(q.wording ?? q.answer!.question)}” | ${confidenceOf(q)} |`,
					),
				]
			: ['None.']),
		'',
		'## Answered only for a more restricted audience',
		'',
		...(restricted.length
			? [
					`An answer the ${facts.audience} audience may not read fits these better than any it may, so they are left blank rather than filled with a nearby answer.${facts.audience === 'public' ? ' For a buyer under NDA, run again with `--audience private`.' : ''}`,
					'',
					...restricted.map(
						(q) =>
							`- ${where(q)}: ${cellText(q.question)} (${q.above ? `${q.above} answer` : 'a derived answer from restricted content'})`,
					),
				]
			: ['None.']),
		'',
		'## Not answered, by topic',
		'',
		'Write these answers next, in `src/content/answers/`.',
		'',
	];
	const groups = new Map<string, AnsweredQuestion[]>();
	for (const q of open) {
		const topic = q.topic ?? q.sheet ?? 'Questions';
		groups.set(topic, [...(groups.get(topic) ?? []), q]);
	}
	if (groups.size === 0) lines.push('None.');
	for (const [topic, qs] of groups)
		lines.push(
			`### ${topic} (${qs.length})`,
			'',
			...qs.map((q) => `- ${where(q)}: ${cellText(q.question)}`),
			'',
		);
	return `${lines.join('\n').trimEnd()}\n`;
}
