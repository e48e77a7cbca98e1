/** Picks search words from content, so search tests follow whatever the example organisation says. */

const WORD = /\b[a-z]{6,}\b/g;

/**
 * The word of `texts` that the fewest entries of `corpus` contain (ties: alphabetical), and,
 * when `mustAppearIn` is given, that it contains too. Lower-case words of six letters or more
 * only: no Markdown syntax, no stop words, no identifiers.
 */
export function distinctiveWord<T>(
	texts: string[],
	corpus: readonly T[],
	textOf: (entry: T) => string,
	mustAppearIn?: string,
): string {
	const candidates = [...new Set(texts.flatMap((t) => t.match(WORD) ?? []))].sort();
	const haystacks = corpus.map((entry) => textOf(entry).toLowerCase());
	const scored = candidates
		.filter((word) => !mustAppearIn || new RegExp(`\\b${word}\\b`).test(mustAppearIn))
		.map((word) => ({ word, count: haystacks.filter((text) => text.includes(word)).length }))
		.sort((a, b) => a.count - b.count || a.word.localeCompare(b.word));
	if (scored.length === 0)
		throw new Error(`no searchable word in: ${texts.join(' | ').slice(0, 200)}`);
	return scored[0]!.word;
}
