/**
 * Search over the questionnaire answers, run in the browser on the answers page (and pure, so
 * it is unit-tested here). Every word of the query must match, in the question, in one of the
 * other wordings (aliases) or in the answer text; results rank by where they match, the
 * question first. Common words (“do”, “you”, “the”) are ignored, so a question typed the way a
 * buyer writes it still finds its answer; a word of four letters or more also matches longer
 * words it begins (“encrypt” finds “encryption”), a shorter one only itself (“SOC” is not “social”).
 */

export interface SearchDoc {
	id: string;
	question: string;
	aliases: string;
	body: string;
}

export interface SearchHit {
	id: string;
	score: number;
}

/** Words too common to decide a match. Kept short: each one dropped makes a query looser. */
const STOP_WORDS = new Set(
	'a an and are as at be by can could do does did for from has have how i if in is it its me my of on or our so that the their them there these they this to us was we what when where which who will with would you your'.split(
		' ',
	),
);

/** Lower case, accents removed, split into words of letters and digits. */
export function tokenize(text: string): string[] {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/** The words a query must match: its own words without the common ones (all of them if only common words remain). */
export function queryTerms(query: string): string[] {
	const words = [...new Set(tokenize(query))];
	const significant = words.filter((w) => !STOP_WORDS.has(w));
	return significant.length > 0 ? significant : words;
}

/** Terms this long or longer also match the words they begin. */
const PREFIX_FROM = 4;

/** A word matches itself, and a term of four or more letters matches words that begin with it. */
export function termMatches(term: string, word: string): boolean {
	return word === term || (term.length >= PREFIX_FROM && word.startsWith(term));
}

const WEIGHTS = { question: 8, aliases: 4, body: 1 } as const;

/** Matching answers, best first; ties keep the documents' order. An empty query matches nothing. */
export function searchAnswers(docs: readonly SearchDoc[], query: string): SearchHit[] {
	const terms = queryTerms(query);
	if (terms.length === 0) return [];
	const phrase = tokenize(query).join(' ');
	const hits: (SearchHit & { index: number })[] = [];
	docs.forEach((doc, index) => {
		const fields = {
			question: tokenize(doc.question),
			aliases: tokenize(doc.aliases),
			body: tokenize(doc.body),
		};
		let score = 0;
		for (const term of terms) {
			let termScore = 0;
			for (const field of ['question', 'aliases', 'body'] as const)
				if (fields[field].some((word) => termMatches(term, word))) termScore += WEIGHTS[field];
			if (termScore === 0) return;
			score += termScore;
		}
		if (terms.length > 1 && fields.question.join(' ').includes(phrase))
			score += WEIGHTS.question * 2;
		hits.push({ id: doc.id, score, index });
	});
	return hits
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.map(({ id, score }) => ({ id, score }));
}

/**
 * A pattern that finds the query's terms in text, for highlighting: whole words for short
 * terms, word beginnings for longer ones, as `searchAnswers` matches them.
 */
export function highlightPattern(query: string): RegExp | undefined {
	const terms = queryTerms(query).sort((a, b) => b.length - a.length);
	if (terms.length === 0) return undefined;
	const alternatives = terms.map(
		(t) =>
			`${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${t.length >= PREFIX_FROM ? '[\\p{L}\\p{N}]*' : ''}`,
	);
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}
