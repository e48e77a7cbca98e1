/**
 * For each question, the best knowledge-base answer, how sure we are, and what may go in the
 * cells. Text only ever comes from the knowledge base; a question without a good enough match
 * gets no answer and is listed for a person. A short answer (Yes, No…) is given only when the
 * question is a yes/no question, the answer's own question is one too, and the match is sure.
 */
import type { Audience } from '../../lib/audiences.ts';
import type { KnowledgeAnswer, KnowledgeBase, Match } from './knowledge.ts';
import { closestInMeaning, type Similarities } from './meaning.ts';
import { questionType, type QuestionType } from './question-type.ts';
import { FILLER, termSet, withoutContractions } from './terms.ts';

/**
 * Confidence at or above `answered`: filled. Between `weak` and `answered`: left blank, and
 * the candidate is suggested in the review for a person to accept or reject. Below `weak`:
 * blank, listed as a question the knowledge base does not answer. Calibrated on the
 * development sets (docs/questionnaires.md): 0.55 filled 11 more right answers than 0.6 but 5
 * more wrong ones, most on an industry workbook's specific questions answered from a
 * neighbouring entry; precision comes first. A short answer (Yes, No) needs the word match's
 * own confidence at `short`: below it only the explanation is filled, and a person chooses the
 * short answer. At 0.65, the held-out sets had three wrong “Yes” among 300 short answers, all
 * between 0.65 and 0.8; at 0.8 none, for a tenth fewer short answers (docs/questionnaires.md).
 */
export const THRESHOLDS = { answered: 0.6, weak: 0.35, short: 0.8 } as const;

/**
 * When the sentence model (meaning.ts) ranks first the same answer the word match ranks
 * first, at least `lead` ahead of the next answer, their agreement is evidence the word match
 * alone cannot give: the confidence rises by `weight` × how far the similarity is above
 * `from`. Only a word match of at least `floor`
 * may rise (a question must share a subject with its answer), and the short answer (Yes, No)
 * still needs the word match's own confidence, so the model never adds a Yes. Chosen on the
 * tuned and development sets, and measured on the blind set (docs/questionnaires.md).
 */
export const AGREEMENT = { floor: 0.2, from: 0.7, weight: 3, lead: 0.02 } as const;

/**
 * When the word match's first would not be filled on its own (below THRESHOLDS.answered) and
 * the sentence model ranks first, at least `lead` ahead of the next, an answer the words rank
 * a close second (a word confidence of at least `share` of the first's: “Are user access
 * rights reviewed on a periodic basis?”, role-based access 0.57 and access reviews 0.44), that
 * answer is weighed with the agreement above, and taken when its agreed confidence beats the
 * first's. A short answer still needs its own word confidence: the model chooses between
 * answers the words found nearly as good, and never adds a Yes. Over a clear word match the
 * model is not followed: on the development sets that traded seven right answers for wrong ones.
 * Nor is it when the words' first has at least `subject` and names the question's subject,
 * which the model's choice never mentions (see chosen()); below that the words' first is too
 * weak a reading for its subject to count.
 */
export const OVERRULE = { lead: 0.03, share: 0.7, subject: 0.5 } as const;

/**
 * When the words find one answer clearly ahead of every other (a word confidence of at least
 * `floor`, `lead` or more above the next answer's) and the sentence model ranks that answer
 * among its first `within`, the two agree on an answer neither reaches alone (“Is the
 * platform highly available?”, 0.53, the next answer 0.09): it is filled at the answered
 * threshold. The short answer still needs the word match's own confidence, so no Yes is added.
 * Chosen on the development sets (docs/questionnaires.md): 17 more right answers there and no
 * wrong one; a floor of 0.4 or a lead of 0.1 began to fill questions about other insurances
 * and other logs. Not when the model's own first is another answer `behind` or more closer
 * in meaning (“How many years has your company been in business?”: the words find the breach
 * history by its “three years”, the model the company's size).
 */
export const CLEAR = { floor: 0.45, lead: 0.15, within: 4, behind: 0.15 } as const;

/**
 * A question whose best answer overall is one this audience may not read, fitting by at least
 * this much more (word confidence) than the best it may read, is not filled: the nearest
 * readable answer is then about something else (“model drift” answered with configuration
 * drift, “AI red teaming” with the penetration test).
 */
export const RESTRICTED_MARGIN = 0.1;

/**
 * When the sentence model ranks `rank` or more answers above the one the words chose, and the
 * words' confidence is below `below`, the two readings disagree too much to fill the cell: the
 * answer is suggested to a person instead (its confidence capped at `cap`, below the answered
 * threshold). “Can customers request deletion of their data?” found the data-subject-rights
 * entry at 0.72 by its words, which the model ranked 23rd. Chosen on the development sets
 * (docs/questionnaires.md): 3 wrong answers fewer for 7 right ones, the trade THRESHOLDS makes.
 */
export const DISAGREE = { rank: 20, below: 0.75, cap: THRESHOLDS.answered - 0.01 } as const;

export type Outcome = 'answered' | 'weak' | 'unanswered' | 'restricted';
export type ShortAnswer = 'yes' | 'no' | 'partial' | 'not-applicable';

export interface Decision {
	question: string;
	type: QuestionType;
	outcome: Outcome;
	confidence: number;
	/** The answer filled in (answered) or suggested (weak). */
	answer?: KnowledgeAnswer;
	/** The closest wording of that answer. */
	wording?: string;
	/** The short answer, when one may be given. */
	short?: ShortAnswer;
	/** The word match's own confidence, when the meaning changed it. */
	wordConfidence?: number;
	/** The sentence model's similarity of the question to the chosen answer, when it was consulted. */
	meaning?: number;
	/** Restricted: the audience of the answer that fits better, when it is a written one. */
	above?: Audience;
}

const SHORT = new Set<string>(['yes', 'no', 'partial', 'not-applicable']);

/** Filled, suggested to a person, or listed as not answered: by confidence against THRESHOLDS. */
export function outcomeOf(confidence: number): Outcome {
	if (confidence >= THRESHOLDS.answered) return 'answered';
	return confidence >= THRESHOLDS.weak ? 'weak' : 'unanswered';
}

/** The word match's confidence, raised when the meaning agrees (AGREEMENT), never above the match's `limit`. */
export function agreedConfidence(
	answerId: string,
	wordConfidence: number,
	similarities: Similarities,
	limit = 1,
): number {
	const closest = closestInMeaning(similarities);
	if (
		!closest ||
		closest.id !== answerId ||
		closest.lead < AGREEMENT.lead ||
		wordConfidence < AGREEMENT.floor
	)
		return wordConfidence;
	const raised =
		wordConfidence + AGREEMENT.weight * Math.max(0, closest.similarity - AGREEMENT.from);
	return Math.round(Math.min(limit, raised) * 100) / 100;
}

/**
 * The decision for one question. With `similarities` (from meaning.ts), a word match the
 * sentence model agrees with may be filled at a lower word confidence.
 */
export function decide(kb: KnowledgeBase, question: string, similarities?: Similarities): Decision {
	const type = questionType(question);
	const candidates = kb.candidates(question);
	const { first, match } = chosen(kb, question, candidates, similarities);
	const wordConfidence = match?.confidence ?? 0;
	const better = restrictedBetter(kb, question, first?.confidence ?? 0);
	if (better)
		return {
			question,
			type,
			outcome: 'restricted',
			confidence: wordConfidence,
			...(better.audience && { above: better.audience }),
		};
	const agreed =
		match && similarities
			? agreedConfidence(match.answer.id, wordConfidence, similarities, match.limit)
			: wordConfidence;
	let confidence = agreed;
	if (agreed < THRESHOLDS.answered && match === first && clearChoice(candidates, similarities))
		confidence = THRESHOLDS.answered;
	else if (match && similarities && disagrees(match, similarities))
		confidence = Math.min(agreed, DISAGREE.cap);
	const outcome = outcomeOf(confidence);
	const meaning =
		match && similarities?.has(match.answer.id)
			? { meaning: Math.round(similarities.get(match.answer.id)! * 100) / 100 }
			: {};
	const raised = confidence !== wordConfidence ? { wordConfidence } : {};
	if (!match || outcome === 'unanswered')
		return { question, type, outcome, confidence, ...raised, ...meaning };
	const { answer, wording } = match;
	// What the question asks that none of the answer's wordings asks: a Yes to them may not be a Yes to it.
	const said = new Set(answer.wordings.flatMap((w) => [...termSet(w)]));
	const content = [...termSet(question)].filter((t) => !FILLER.has(t));
	const unsaid = content.filter((t) => !said.has(t)).length;
	// A short question must be said in full (“Do you test the plan?” is not “Do you have a plan?”); a long one may add one detail.
	const short =
		outcome === 'answered' &&
		wordConfidence >= THRESHOLDS.short &&
		unsaid <= (content.length >= 5 ? 1 : 0) &&
		type === 'yes-no' &&
		SHORT.has(answer.response) &&
		questionType(answer.question) === 'yes-no' &&
		// A Yes answers a yes/no wording, never a list one (“Which hosting providers do you use?”).
		questionType(wording) !== 'list' &&
		polarity(question) === polarity(answer.question) &&
		polarity(question) === polarity(wording) &&
		(!asksPermission(question) || asksPermission(wording))
			? (answer.response as ShortAnswer)
			: undefined;
	return {
		question,
		type,
		outcome,
		confidence,
		answer,
		wording,
		...(short && { short }),
		...raised,
		...meaning,
	};
}

/**
 * Of a question's word candidates (best first): the first, and the match chosen, which is the
 * first or the answer the sentence model ranks first when its agreed confidence is higher
 * (OVERRULE).
 */
function chosen(
	kb: KnowledgeBase,
	question: string,
	candidates: readonly Match[],
	similarities: Similarities | undefined,
): { first?: Match; match?: Match } {
	const first = candidates[0];
	const closest = similarities && closestInMeaning(similarities);
	if (
		!first ||
		!closest ||
		first.confidence >= THRESHOLDS.answered ||
		closest.id === first.answer.id ||
		closest.lead < OVERRULE.lead
	)
		return { first, match: first };
	const other = candidates.find((m) => m.answer.id === closest.id);
	if (!other || other.confidence < OVERRULE.share * first.confidence)
		return { first, match: first };
	// A fair word match names the question's subject and the model's choice does not (“Is a
	// non-disclosure agreement required of all staff with access to our data?”: confidentiality
	// agreements, not staff access): the model is drawn by the rest of the sentence.
	const subject = kb.subjectOf(question);
	const named = (m: Match) => subject.filter((t) => kb.wordingsUse(m.answer.id, t));
	if (
		first.confidence >= OVERRULE.subject &&
		named(first).some((t) => !kb.uses(other.answer.id, t)) &&
		!named(other).some((t) => !kb.uses(first.answer.id, t))
	)
		return { first, match: first };
	const agreed = agreedConfidence(other.answer.id, other.confidence, similarities, other.limit);
	return { first, match: agreed > first.confidence ? other : first };
}

/**
 * Whether the sentence model ranks the chosen answer far down (DISAGREE) while the words are
 * only fairly sure of it.
 */
function disagrees(match: Match, similarities: Similarities): boolean {
	if (match.confidence >= DISAGREE.below) return false;
	return ranksAbove(similarities, similarities.get(match.answer.id) ?? -1) >= DISAGREE.rank;
}

/** How many answers the sentence model finds closer in meaning than `own`. */
function ranksAbove(similarities: Similarities, own: number): number {
	return [...similarities.values()].filter((s) => s > own).length;
}

/** Whether the words' first is clearly ahead of the rest and the sentence model ranks it near the top (CLEAR). */
function clearChoice(
	candidates: readonly Match[],
	similarities: Similarities | undefined,
): boolean {
	const [first, second] = candidates;
	if (!first || !similarities || first.limit < THRESHOLDS.answered) return false;
	if (first.confidence < CLEAR.floor || first.confidence - (second?.confidence ?? 0) < CLEAR.lead)
		return false;
	const own = similarities.get(first.answer.id);
	if (own === undefined) return false;
	const closest = closestInMeaning(similarities);
	if (closest && closest.similarity - own >= CLEAR.behind) return false;
	return ranksAbove(similarities, own) < CLEAR.within;
}

/** The better-fitting answer this audience may not read, if there is one (RESTRICTED_MARGIN). */
function restrictedBetter(
	kb: KnowledgeBase,
	question: string,
	wordConfidence: number,
): KnowledgeAnswer | undefined {
	const overall = kb.wider?.best(question);
	if (
		!overall ||
		kb.has(overall.answer.id) ||
		overall.confidence < THRESHOLDS.answered ||
		overall.confidence < wordConfidence + RESTRICTED_MARGIN
	)
		return undefined;
	return overall.answer;
}

/**
 * Whether a question asks the negative (“Are providers prohibited from training…?”, “Is any
 * data stored outside the EU?”): the answer's Yes means No there, so no short answer unless
 * both ask the same way round.
 */
export function polarity(question: string): boolean {
	// “Are there accounts that don't use MFA?” asks the negative too.
	const negations = withoutContractions(question.toLowerCase()).match(
		/\b(not|never|no|none|without|prohibit\w*|forbid\w*|barred|bar|prevent\w*|restrict\w*|block\w*|disallow\w*|exclud\w*|opt(?:s|ed)?[- ]out|outside|except|refus\w*|avoid\w*|den(?:y|ies|ied))\b/g,
	);
	return (negations?.length ?? 0) % 2 === 1;
}

/**
 * Whether a question asks what someone may do (“May your staff keep our data on personal
 * devices?”, “Are contractors allowed to…?”). The answer's Yes to another question about the
 * same thing (“Is there a BYOD policy?”) is not a Yes to that, so a permission question gets a
 * short answer only from a wording that asks permission too.
 */
export function asksPermission(question: string): boolean {
	return /^\s*may\b|\b(?:allowed|permitted) to\b/i.test(question);
}

const CHOICE: Record<ShortAnswer, RegExp> = {
	yes: /^(yes|y)\b/i,
	no: /^(no|n)(?!\/)\b/i,
	partial: /^(partial|partially|in progress)\b/i,
	'not-applicable': /^(n\/?a|not applicable)\b/i,
};
const DISPLAY: Record<ShortAnswer, string> = {
	yes: 'Yes',
	no: 'No',
	partial: 'Partial',
	'not-applicable': 'N/A',
};

/**
 * The short answer as the cell allows it: the drop-down's own spelling of it, or undefined
 * when the drop-down does not offer it; without a drop-down, Yes, No, Partial or N/A.
 */
export function shortFor(
	short: ShortAnswer,
	choices: readonly string[] | undefined,
): string | undefined {
	if (!choices) return DISPLAY[short];
	return choices.find((c) => CHOICE[short].test(c.trim()));
}
