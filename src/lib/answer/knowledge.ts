/**
 * The knowledge base as a search index: which answer best fits a buyer's question, and how
 * sure we are.
 *
 * Why MiniSearch: it runs in-process and offline, indexes a few hundred answers in
 * milliseconds, and ranks with BM25 plus prefix and fuzzy matching, which forgives the
 * plural, the typo and the truncated word that real questionnaires are full of. An embedding
 * model would need weights and a runtime we do not ship, and could not explain its matches.
 *
 * BM25 scores have no scale, so they only choose the candidates. Confidence is measured
 * separately, on a 0–1 scale, from how much of the question the candidate's own wordings
 * (question and aliases) and answer text cover.
 */
import MiniSearch from 'minisearch';
import { policyCitation } from '../exports/names.ts';
import { markdownToText } from '../exports/plain-text.ts';
import type { AudienceView } from '../views/audience.ts';
import { term, termSet, words } from './terms.ts';

export interface KnowledgeAnswer {
	id: string;
	question: string;
	/** The question and its aliases: every wording of the same question. */
	wordings: string[];
	/** The answer as plain text, exactly as the knowledge base words it. */
	text: string;
	response: string;
	controls: string[];
	/** “Title (DOC-ID)” of each backing policy. */
	policies: string[];
}

export interface Match {
	answer: KnowledgeAnswer;
	/** 0–1: how well the answer's wordings and text cover the question. */
	confidence: number;
}

interface Doc {
	id: string;
	question: string;
	aliases: string;
	body: string;
}

/** How many search hits are re-scored for confidence; BM25's order beyond that rarely matters. */
const CANDIDATES = 8;

export class KnowledgeBase {
	readonly answers: KnowledgeAnswer[];
	readonly #byId: Map<string, { answer: KnowledgeAnswer; wordings: Set<string>[]; all: Set<string> }>;
	readonly #weight: (term: string) => number;
	readonly #index: MiniSearch<Doc>;

	constructor(answers: KnowledgeAnswer[]) {
		this.answers = answers;
		this.#byId = new Map(
			answers.map((answer) => {
				const wordings = answer.wordings.map(termSet);
				const all = new Set([...wordings.flatMap((w) => [...w]), ...termSet(answer.text)]);
				return [answer.id, { answer, wordings, all }];
			}),
		);
		this.#weight = idf([...this.#byId.values()].map((e) => e.all));
		this.#index = new MiniSearch<Doc>({
			fields: ['question', 'aliases', 'body'],
			tokenize: words,
			processTerm: term,
			searchOptions: { boost: { question: 3, aliases: 2, body: 1 }, prefix: (t) => t.length >= 4, fuzzy: (t) => (t.length >= 6 ? 0.2 : false), combineWith: 'OR' },
		});
		this.#index.addAll(answers.map((a) => ({ id: a.id, question: a.question, aliases: a.wordings.slice(1).join('\n'), body: a.text })));
	}

	/** The best answer for a question, or undefined when no answer shares a term with it. */
	best(question: string): Match | undefined {
		const asked = termSet(question);
		if (asked.size === 0) return undefined;
		let best: Match | undefined;
		for (const hit of this.#index.search(question).slice(0, CANDIDATES)) {
			const entry = this.#byId.get(String(hit.id))!;
			const confidence = confidenceOf(asked, entry.wordings, entry.all, this.#weight);
			if (!best || confidence > best.confidence) best = { answer: entry.answer, confidence };
		}
		return best;
	}
}

/**
 * Inverse document frequency over the knowledge base: “data” or “ai”, in half the answers,
 * says little; “insurance”, in none, says the question is about something we have not
 * written down, and weighs most.
 */
function idf(documents: readonly Set<string>[]): (term: string) => number {
	const df = new Map<string, number>();
	for (const doc of documents) for (const t of doc) df.set(t, (df.get(t) ?? 0) + 1);
	return (t) => Math.log((documents.length + 1) / ((df.get(t) ?? 0) + 0.5));
}

/**
 * Three quarters for the closest wording (weighted Dice overlap, so extra words on either
 * side count against it), one quarter for how much of the question the answer covers at all.
 */
function confidenceOf(asked: Set<string>, wordings: Set<string>[], all: Set<string>, weight: (term: string) => number): number {
	const mass = (terms: Iterable<string>) => [...terms].reduce((sum, t) => sum + weight(t), 0);
	const shared = (a: Set<string>, b: Set<string>) => [...a].filter((t) => b.has(t));
	const askedMass = mass(asked);
	const closest = Math.max(0, ...wordings.map((w) => (2 * mass(shared(asked, w))) / (askedMass + mass(w))));
	const covered = mass(shared(asked, all)) / askedMass;
	return Math.round((0.75 * closest + 0.25 * covered) * 100) / 100;
}

/** The knowledge base of a view: only answers its audience may read. */
export function knowledgeBase(view: AudienceView): KnowledgeBase {
	const cite = policyCitation(view);
	return new KnowledgeBase(
		view.entries.answers.map(({ id, data, body }) => ({
			id,
			question: data.question,
			wordings: [data.question, ...data.aliases],
			text: markdownToText(body ?? ''),
			response: data.response ?? '',
			controls: data.controls,
			policies: data.policies.map(cite),
		})),
	);
}
