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
 * (question and aliases) and answer text cover, weighted by how rare each term is.
 */
import MiniSearch from 'minisearch';
import { policyCitation } from '../../lib/exports/names.ts';
import { markdownToText } from '../../lib/render/plain-text.ts';
import { AUDIENCES, type Audience } from '../../lib/audiences.ts';
import type { Entry } from '../../lib/content/validate.ts';
import { createView, type AudienceView } from '../../lib/views/audience.ts';
import { deriveAnswers } from './derived.ts';
import {
	asksOfThirdParties,
	asksWhatBuyersMay,
	canonicalPlace,
	placesIn,
	questionType,
	speaksOfBuyers,
	withoutExamples,
	type QuestionType,
} from './question-type.ts';
import { FILLER, term, termSet, words } from './terms.ts';

export interface KnowledgeAnswer {
	/** The answers entry's id, or `derived:<key>` for an answer built from other content. */
	id: string;
	question: string;
	/** The question and its aliases: every wording of the same question. */
	wordings: string[];
	/** The answer as plain text, exactly as the knowledge base words it. */
	text: string;
	/** yes | no | partial | not-applicable, or '' when the answer has no short form. */
	response: string;
	controls: string[];
	/** “Title (DOC-ID)” of each backing policy. */
	policies: string[];
	/** The entries the answer comes from, as `collection/id`. */
	sources: string[];
	/** Section of the knowledge base (the answer's category), for grouping. */
	topic: string;
	/** Who may read a written answer (derived answers draw on several entries, so have none). */
	audience?: Audience;
}

export interface Match {
	answer: KnowledgeAnswer;
	/** 0–1: how well the answer's wordings and text cover the question. */
	confidence: number;
	/** The wording of the answer that is closest to the question. */
	wording: string;
	/**
	 * The highest confidence this match may have, whatever else agrees with it (the sentence
	 * model included): 1, or a cap below the answered threshold when the question names a place
	 * or a third party the answer does not, or asks what the buyer may do and the answer never
	 * speaks of the buyer.
	 */
	limit: number;
}

interface Doc {
	id: string;
	question: string;
	aliases: string;
	body: string;
}

/** How many search hits are re-scored for confidence; BM25's order beyond that rarely matters. */
const CANDIDATES = 12;

interface Indexed {
	answer: KnowledgeAnswer;
	wordings: Set<string>[];
	all: Set<string>;
	places: Set<string>;
	/** Per wording: whether it asks what the buyer may do (“Can customers run their own tests?”). */
	buyerMay: boolean[];
	/** Whether any wording speaks of the buyer (we, our, customers…). */
	speaksOfBuyer: boolean;
	/** Whether any wording names suppliers, subprocessors or subcontractors. */
	namesThirdParty: boolean;
	/** Whether every wording is about AI (names AI, machine learning or language models). */
	aboutAi: boolean;
	/** Whether any wording names AI. */
	namesAi: boolean;
	/** The question words its wordings start with (“how many”, “where”…; see lead()). */
	leads: Set<string>;
}

export class KnowledgeBase {
	readonly answers: KnowledgeAnswer[];
	/**
	 * The knowledge base of every audience, when this one is narrower: it tells a question that
	 * only a more restricted answer fits (fill.ts leaves it blank rather than fill the nearest
	 * answer this audience may read). Its text never leaves the process.
	 */
	readonly wider: KnowledgeBase | undefined;
	readonly #byId: Map<string, Indexed>;
	readonly #weight: (term: string) => number;
	readonly #df: Map<string, number>;
	readonly #index: MiniSearch<Doc>;

	constructor(answers: KnowledgeAnswer[], wider?: KnowledgeBase) {
		this.answers = answers;
		this.wider = wider;
		this.#byId = new Map(
			answers.map((answer) => {
				const wordings = answer.wordings.map(termSet);
				const all = new Set([...wordings.flatMap((w) => [...w]), ...termSet(answer.text)]);
				const places = new Set(
					[...placesIn(`${answer.wordings.join(' ')} ${answer.text}`)].map(canonicalPlace),
				);
				const indexed: Indexed = {
					answer,
					wordings,
					all,
					places,
					buyerMay: answer.wordings.map(asksWhatBuyersMay),
					speaksOfBuyer: answer.wordings.some(speaksOfBuyers),
					namesThirdParty: wordings.some((w) => [...THIRD_PARTY_TERMS].some((t) => w.has(t))),
					aboutAi: wordings.every((w) => [...AI_TERMS].some((t) => w.has(t))),
					namesAi: wordings.some((w) => [...AI_TERMS].some((t) => w.has(t))),
					leads: new Set(answer.wordings.map(lead).filter((l) => l !== undefined)),
				};
				return [answer.id, indexed];
			}),
		);
		const documents = [...this.#byId.values()].map((e) => e.all);
		this.#df = documentFrequency(documents);
		// A term no answer uses weighs as much as one used once: the question's own vocabulary is wider than ours.
		const rarity = (t: string) =>
			Math.log((documents.length + 1) / (Math.max(1, this.#df.get(t) ?? 0) + 0.5));
		this.#weight = (t) => (FILLER.has(t) ? 0.3 : rarity(t));
		this.#index = new MiniSearch<Doc>({
			fields: ['question', 'aliases', 'body'],
			tokenize: words,
			processTerm: term,
			searchOptions: {
				boost: { question: 3, aliases: 2, body: 1 },
				prefix: (t) => t.length >= 5,
				fuzzy: (t) => (t.length >= 7 ? 0.15 : false),
				combineWith: 'OR',
			},
		});
		this.#index.addAll(
			answers.map((a) => ({
				id: a.id,
				question: a.question,
				aliases: a.wordings.slice(1).join('\n'),
				body: a.text,
			})),
		);
	}

	/**
	 * The question's subject: its rarest content terms (several when they are equally rare) that
	 * some answer uses; a term no answer uses says what we have not written down, not which
	 * answer fits.
	 */
	subjectOf(question: string): string[] {
		const known = [...termSet(withoutExamples(question))].filter(
			(t) => !FILLER.has(t) && this.#df.has(t),
		);
		const rarest = Math.max(...known.map(this.#weight));
		return known.filter((t) => this.#weight(t) === rarest).sort();
	}

	/** Whether one of the answer's wordings (its question or an alias) uses the term. */
	wordingsUse(id: string, term: string): boolean {
		return this.#byId.get(id)?.wordings.some((w) => w.has(term)) ?? false;
	}

	/** Whether the answer uses the term anywhere: in a wording or in its text. */
	uses(id: string, term: string): boolean {
		return this.#byId.get(id)?.all.has(term) ?? false;
	}

	/** Whether this knowledge base holds the answer. */
	has(id: string): boolean {
		return this.#byId.has(id);
	}

	/** The best answer for a question, or undefined when no answer shares a term with it. */
	best(question: string): Match | undefined {
		return this.candidates(question)[0];
	}

	/** Candidates, best first, each with its confidence. */
	candidates(question: string): Match[] {
		// A question is read as written and without its examples and follow-up (“Do you use a
		// SIEM (e.g., Splunk)? If yes, …”); each answer keeps the better of the two readings.
		const plain = withoutExamples(question);
		const readings = plain === question ? [question] : [question, plain];
		const best = new Map<string, Match>();
		for (const match of readings.flatMap((text) => this.#candidatesOf(text))) {
			const kept = best.get(match.answer.id);
			if (!kept || match.confidence > kept.confidence) best.set(match.answer.id, match);
		}
		// A written answer is preferred to a derived one that fits about as well: it says more.
		const rank = (m: Match) =>
			m.confidence - (m.answer.id.startsWith('derived:') ? DERIVED_HANDICAP : 0);
		return [...best.values()].sort(
			(a, b) => rank(b) - rank(a) || a.answer.id.localeCompare(b.answer.id),
		);
	}

	#candidatesOf(question: string): Match[] {
		const asked = termSet(question);
		if (asked.size === 0) return [];
		const places = [...placesIn(question)].map(canonicalPlace);
		const out: Match[] = [];
		const mass = (terms: Iterable<string>) =>
			[...terms].reduce((sum, t) => sum + this.#weight(t), 0);
		const askedMass = mass(asked);
		// Terms no answer uses at all: the question is (partly) about something not written down.
		const isLabel = questionType(question) === 'value';
		const asksList = questionType(question) === 'list';
		const contentTerms = [...asked].filter((t) => !FILLER.has(t));
		const key = contentTerms.sort(
			(a, b) => this.#weight(b) - this.#weight(a) || a.localeCompare(b),
		)[0];
		const content = contentTerms.length;
		const unknownShare =
			mass([...asked].filter((t) => !FILLER.has(t) && !this.#df.has(t))) / askedMass;
		const ofOthers = asksOfThirdParties(question);
		const asksOfAi = [...AI_TERMS].some((t) => asked.has(t));
		const ofBuyers = asksWhatBuyersMay(question);
		const speaksOfBuyer = speaksOfBuyers(question);
		const asks = lead(question);
		for (const hit of this.#index.search(question).slice(0, CANDIDATES)) {
			const entry = this.#byId.get(String(hit.id))!;
			// A wording about what the buyer may do (“Can customers run their own penetration test?”)
			// does not answer a question that never speaks of the buyer (“Do you run penetration tests?”).
			const closest = confidenceOf(
				asked,
				entry,
				this.#weight,
				(i) => speaksOfBuyer || !entry.buyerMay[i],
			);
			const { wording } = closest;
			let limit = 1;
			// A place the question names and the answer never mentions: not this answer.
			if (places.some((p) => !entry.places.has(p))) limit = PLACE_CAP;
			// What the question asks of a third party (“Do your subcontractors carry insurance?”)
			// answered by what we do ourselves: a Yes would speak for them.
			if (ofOthers && !entry.namesThirdParty) limit = Math.min(limit, UNKNOWN_CAP);
			// What the question asks the buyer may do (“Do you allow the institution to scan your
			// systems?”) answered by what we do ourselves.
			if (ofBuyers && !entry.speaksOfBuyer) limit = Math.min(limit, UNKNOWN_CAP);
			// “How many … ?” asks for a count: only an answer with a wording that asks for it gives one
			// (“How many encryption keys did you rotate last quarter?” is not how keys are rotated).
			if (asks === 'how many' && !entry.leads.has(asks)) limit = Math.min(limit, UNKNOWN_CAP);
			let confidence = Math.min(closest.confidence, limit);
			// A subject no answer mentions (“anonymously”, “BYOK”, “insurance”): a person must decide,
			// unless the sentence model agrees (fill.ts).
			if (unknownShare >= UNKNOWN_SHARE) confidence = Math.min(confidence, UNKNOWN_CAP);
			// What of the question this answer never mentions counts against it once more, at half weight.
			confidence *= 1 - mass([...asked].filter((t) => !entry.all.has(t))) / askedMass / 2;
			// Content terms found only in the answer's text, in none of its wordings: a weaker sign (at most twice).
			const textOnly = [...asked].filter(
				(t) => !FILLER.has(t) && entry.all.has(t) && !entry.wordings.some((w) => w.has(t)),
			).length;
			confidence *= IN_TEXT_ONLY ** Math.min(textOnly, 2);
			// An answer only about AI for a question that never names it (“Are security roles and
			// responsibilities defined?” against AI roles): “AI” is too common a term to weigh, but
			// it is the answer's whole subject.
			if (entry.aboutAi && !asksOfAi) confidence *= IN_TEXT_ONLY;
			// And the other way round: a question about AI (“Are your AI models hosted on-premises?”)
			// against an answer none of whose wordings names it (on-premises deployment of the product).
			if (asksOfAi && !entry.namesAi) confidence *= IN_TEXT_ONLY;
			// In a short question, the subject (its rarest term) must be in one of the answer's wordings.
			if (key && content <= 4 && !entry.wordings.some((w) => w.has(key)))
				confidence *= IN_TEXT_ONLY;
			// A label (“Solution Name”) is matched by the same label, not by a longer one (“Solution provider name”).
			if (isLabel) {
				const w = termSet(wording);
				if ([...w].some((t) => !asked.has(t)) || [...asked].some((t) => !w.has(t)))
					confidence *= LABEL_MISMATCH;
			}
			// “Which cloud platform hosts it?” answered by an entry that only ever asks yes or no (“Is
			// the platform hosted in the cloud?”): a Yes is not the name asked for.
			if (asksList && entry.answer.wordings.every((w) => questionType(w) === 'yes-no'))
				confidence *= LABEL_MISMATCH;
			// “Where…?” answered by a “Which…?”: a different question about the same thing.
			if (asks && SPECIFIC_LEADS.has(asks) && !entry.leads.has(asks)) confidence *= IN_TEXT_ONLY;
			out.push({
				answer: entry.answer,
				confidence: Math.round(confidence * 100) / 100,
				wording,
				limit,
			});
		}
		return out;
	}
}

/** Confidence is capped here when the question names a place the answer does not. */
const PLACE_CAP = 0.2;
/**
 * Confidence is capped here, below the answered threshold, when at least UNKNOWN_SHARE of the
 * question's weight is in terms no answer uses (the sentence model may still raise it), or, as
 * a limit nothing raises, when the question asks about third parties and no wording of the
 * answer names one, asks what the buyer may do and no wording speaks of the buyer, or asks
 * “how many” and no wording asks for a count.
 */
const UNKNOWN_CAP = 0.4;
/** The terms (terms.ts) an answer about suppliers, subprocessors or subcontractors uses. */
const THIRD_PARTY_TERMS = termSet('supplier subprocessor');
/** The terms (terms.ts) of AI: artificial intelligence, machine learning, models, language models, chatbots. */
const AI_TERMS = termSet('ai llm');
const UNKNOWN_SHARE = 0.25;
/** Confidence is multiplied by this when a label question and the closest wording are not the same terms, or a list question meets only yes/no wordings. */
const LABEL_MISMATCH = 0.55;

/** The question word a question starts with, if any. */
function lead(question: string): string | undefined {
	return question
		.trim()
		.toLowerCase()
		.match(/^(where|when|who|how long|how often|how many|which|what|how)\b/)?.[1];
}
/** Question words that ask for one kind of fact: a place, a date, a person, a duration, a frequency. */
const SPECIFIC_LEADS = new Set(['where', 'when', 'who', 'how long', 'how often']);

/** Confidence is multiplied by this for each term of the question that is only in the answer's text. */
const IN_TEXT_ONLY = 0.8;
/** How much better than a written answer a derived one must fit to be chosen. */
const DERIVED_HANDICAP = 0.03;

/**
 * In how many answers each term occurs. Terms weigh by inverse document frequency: “data” or
 * “ai”, in half the answers, says little; “insurance”, in none, says the question is about
 * something we have not written down, and weighs most.
 */
function documentFrequency(documents: readonly Set<string>[]): Map<string, number> {
	const df = new Map<string, number>();
	for (const doc of documents) for (const t of doc) df.set(t, (df.get(t) ?? 0) + 1);
	return df;
}

/**
 * Three quarters for the closest eligible wording (weighted Dice overlap, so extra words on either
 * side count against it), one quarter for how much of the question the answer covers at all.
 */
function confidenceOf(
	asked: Set<string>,
	entry: Indexed,
	weight: (term: string) => number,
	eligible: (index: number) => boolean,
): { confidence: number; wording: string } {
	const mass = (terms: Iterable<string>) => [...terms].reduce((sum, t) => sum + weight(t), 0);
	const shared = (a: Set<string>, b: Set<string>) => [...a].filter((t) => b.has(t));
	const askedMass = mass(asked);
	let closest = 0;
	let wording = entry.answer.question;
	let anyEligible = false;
	entry.wordings.forEach((w, i) => {
		if (!eligible(i)) return;
		anyEligible = true;
		// How much of the wording the question says (precision), and how much of the question
		// the wording says, with half credit for what only the answer's text says (recall).
		const inWording = mass(shared(asked, w));
		const precision = inWording / mass(w);
		// A derived answer's text is a list of everything (every subprocessor's purpose): no credit.
		const textCredit = entry.answer.id.startsWith('derived:') ? 0 : 0.5;
		const recall =
			(inWording + textCredit * mass([...asked].filter((t) => !w.has(t) && entry.all.has(t)))) /
			askedMass;
		const dice = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
		if (dice > closest) {
			closest = dice;
			wording = entry.answer.wordings[i]!;
		}
	});
	// No wording may answer it: what its text covers does not count either.
	if (!anyEligible) return { confidence: 0, wording };
	const covered = mass(shared(asked, entry.all)) / askedMass;
	return { confidence: Math.round((0.75 * closest + 0.25 * covered) * 100) / 100, wording };
}

/**
 * The knowledge base of a view: the answers its audience may read, and the answers derived
 * from the rest of its content. With `wider` (the internal view), it also knows which
 * questions only a more restricted answer fits.
 */
export function knowledgeBase(
	view: AudienceView,
	asOf?: string,
	wider?: AudienceView,
): KnowledgeBase {
	const others = wider && wider.audience !== view.audience ? knowledgeBase(wider, asOf) : undefined;
	return new KnowledgeBase(answersOf(view, asOf), others);
}

/** The knowledge base of each audience (public, private, internal): every wording a run may ask the model about. */
export function everyAudience(entries: readonly Entry[], asOf?: string): KnowledgeBase[] {
	return AUDIENCES.map((audience) => knowledgeBase(createView(entries, audience), asOf));
}

function answersOf(view: AudienceView, asOf: string | undefined): KnowledgeAnswer[] {
	const cite = policyCitation(view);
	return [
		...view.entries.answers.map(({ id, data, body }) => ({
			id,
			question: data.question,
			wordings: [data.question, ...data.aliases],
			text: markdownToText(body ?? ''),
			response: data.response ?? '',
			controls: data.controls,
			policies: data.policies.map(cite),
			sources: [`answers/${id}`, ...data.policies.map((p) => `policies/${p}`)],
			topic: data.category,
			audience: data.audience,
		})),
		...deriveAnswers(view, asOf),
	];
}

export type { QuestionType };
export { questionType };
