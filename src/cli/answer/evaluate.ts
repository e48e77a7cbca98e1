/**
 * Scores the matcher on a labelled evaluation set: each question with the answer it should get
 * (an answers entry id, `derived:<key>`, or `none` for a question that must stay blank; where
 * two entries answer it equally well, both, written `a | b`), the
 * short answer it should carry if it is a yes/no question, and its kind. Precision counts
 * filled answers that are right; recall counts on-topic questions answered right; a false
 * "Yes" is a Yes where the label says otherwise (the error a buyer's analyst never forgives).
 */
import { parse } from 'yaml';
import { decide } from './fill.ts';
import type { Similarities } from './meaning.ts';
import type { KnowledgeBase } from './knowledge.ts';

/** `industry`: a question as an industry workbook asks it, answered or left blank (`none`) alike. */
export const KINDS = ['reworded', 'generic', 'off-topic', 'direct', 'derived', 'industry'] as const;
/** How far a reworded question strays from the entry's own: a close rewording, or a free paraphrase sharing few words. */
export const LEVELS = ['modest', 'free'] as const;

export interface EvaluationItem {
	question: string;
	expected: string;
	short?: string;
	kind: (typeof KINDS)[number];
	/** The audience whose knowledge base should answer it: `private` for an answer buyers read under NDA. */
	audience?: 'public' | 'private';
	/** Optional: how freely the question is reworded, so that the bench can report each level apart. */
	level?: (typeof LEVELS)[number];
}

/** The items of an evaluation file, or an error naming the item and the field. */
export function parseEvaluation(text: string, file: string): EvaluationItem[] {
	const data: unknown = parse(text);
	if (!Array.isArray(data))
		throw new Error(`${file}: must be a list of items (- question: …, expected: …, kind: …)`);
	return data.map((item: Record<string, unknown>, i) => {
		const at = `${file}: item ${i + 1}`;
		if (typeof item?.question !== 'string' || !item.question.trim())
			throw new Error(`${at}: question must be text`);
		if (typeof item.expected !== 'string' || !item.expected.trim())
			throw new Error(`${at}: expected must be an answer id, derived:<key> or none`);
		if (!KINDS.includes(item.kind as EvaluationItem['kind']))
			throw new Error(
				`${at}: kind must be one of ${KINDS.join(', ')}, not ${JSON.stringify(item.kind)}`,
			);
		if (item.short !== undefined && typeof item.short !== 'string')
			throw new Error(`${at}: short must be text such as "Yes"`);
		if (item.audience !== undefined && item.audience !== 'public' && item.audience !== 'private')
			throw new Error(`${at}: audience must be public or private`);
		if (item.level !== undefined && !LEVELS.includes(item.level as (typeof LEVELS)[number]))
			throw new Error(
				`${at}: level must be one of ${LEVELS.join(', ')}, not ${JSON.stringify(item.level)}`,
			);
		return {
			question: item.question,
			expected: item.expected.trim(),
			kind: item.kind as EvaluationItem['kind'],
			...(typeof item.short === 'string' && { short: item.short }),
			...(item.audience === 'private' && { audience: 'private' as const }),
			...(item.level !== undefined && { level: item.level as (typeof LEVELS)[number] }),
		};
	});
}

export interface ItemResult {
	item: EvaluationItem;
	got: string;
	short?: string;
	confidence: number;
	verdict: 'right' | 'wrong' | 'blank' | 'blank-correctly';
	falseYes: boolean;
}

export interface Score {
	items: number;
	filled: number;
	right: number;
	precision: number;
	/** Of the questions the knowledge base answers, how many got their answer. */
	recall: number;
	falseYes: number;
	/** Off-topic (expected none) questions left blank, of all off-topic ones. */
	blankOffTopic: { blank: number; of: number };
	byKind: Record<string, { right: number; of: number }>;
	/** The same count for the items that carry a level (empty when none does). */
	byLevel: Record<string, { right: number; of: number }>;
	results: ItemResult[];
	/** Answer ids in the set that the knowledge base does not hold (stale labels). */
	unknown: string[];
}

/** The answers an item accepts: `a | b` when two entries answer it equally well. */
function acceptedIds(item: EvaluationItem): string[] {
	return item.expected.split('|').map((id) => id.trim());
}

const DISPLAY: Record<string, string> = {
	yes: 'Yes',
	no: 'No',
	partial: 'Partial',
	'not-applicable': 'N/A',
};

/** A blank is right only where the label says none; a fill is right only with the right answer and short answer. */
function verdictOf(got: string, expected: string, rightFill: boolean): ItemResult['verdict'] {
	if (got === 'none') return expected === 'none' ? 'blank-correctly' : 'blank';
	return rightFill ? 'right' : 'wrong';
}

/** Scores the matcher on labelled items; with `similarities` (one per item, from meaning.ts), as `npm run answer` matches by default. */
export function evaluate(
	kb: KnowledgeBase,
	items: readonly EvaluationItem[],
	similarities?: readonly Similarities[],
): Score {
	const ids = new Set(kb.answers.map((a) => a.id));
	const results: ItemResult[] = items.map((item, i) => {
		const d = decide(kb, item.question, similarities?.[i]);
		const got = d.outcome === 'answered' ? d.answer!.id : 'none';
		const short = d.short && DISPLAY[d.short];
		const accepted = acceptedIds(item).includes(got);
		const shortRight =
			(!short || !item.short || short === item.short) && (!short || item.short !== undefined);
		const verdict = verdictOf(got, item.expected, accepted && shortRight);
		return {
			item,
			got,
			...(short && { short }),
			confidence: d.confidence,
			verdict,
			falseYes: short === 'Yes' && (!accepted || item.short !== 'Yes'),
		};
	});
	const filled = results.filter((r) => r.got !== 'none');
	const right = results.filter((r) => r.verdict === 'right').length;
	const onTopic = results.filter((r) => r.item.expected !== 'none');
	const offTopic = results.filter((r) => r.item.expected === 'none');
	const byKind: Score['byKind'] = {};
	const byLevel: Score['byLevel'] = {};
	for (const r of results) {
		const good = r.verdict === 'right' || r.verdict === 'blank-correctly';
		for (const [tally, key] of [
			[byKind, r.item.kind],
			[byLevel, r.item.level],
		] as const) {
			if (key === undefined) continue;
			const k = (tally[key] ??= { right: 0, of: 0 });
			k.of++;
			if (good) k.right++;
		}
	}
	return {
		items: items.length,
		filled: filled.length,
		right,
		precision: filled.length ? right / filled.length : 1,
		recall: onTopic.length
			? onTopic.filter((r) => r.verdict === 'right').length / onTopic.length
			: 1,
		falseYes: results.filter((r) => r.falseYes).length,
		blankOffTopic: { blank: offTopic.filter((r) => r.got === 'none').length, of: offTopic.length },
		byKind,
		byLevel,
		results,
		unknown: [
			...new Set(items.flatMap(acceptedIds).filter((e) => e !== 'none' && !ids.has(e))),
		].sort(),
	};
}
