/**
 * Deterministic filler prose for synthetic content. No randomness: entry `n` always reads the
 * same, so two benchmark runs build the same sites. The vocabulary is large enough that the
 * search index grows with the content the way a real register's does.
 */

const WORDS = (
	'model data review fairness drift accuracy oversight customer claims triage scoring ranking forecast ' +
	'anomaly detection routing summary translation assistant chatbot recommendation pricing fraud credit ' +
	'underwriting recruitment screening scheduling maintenance inspection quality labelling annotation ' +
	'retention deletion consent privacy security encryption access logging monitoring incident response ' +
	'escalation threshold evaluation validation verification benchmark baseline calibration explanation ' +
	'transparency disclosure notice complaint appeal override handler analyst engineer supervisor auditor ' +
	'committee approval register inventory supplier vendor contract licence provenance lineage sampling ' +
	'representativeness imbalance demographic subgroup parity robustness adversarial poisoning injection ' +
	'hallucination grounding retrieval prompt embedding classifier regression transformer tokeniser ' +
	'pipeline deployment rollback canary shadow retraining feedback labelling backlog dashboard metric ' +
	'weekly monthly quarterly annual sampling tolerance deviation exception waiver evidence training ' +
	'awareness competence procedure guideline standard checklist template questionnaire assessment'
).split(' ');

/** A small, fast, seedable mixer (mulberry32's step) so each entry gets its own words. */
function mix(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** `count` sentences of eight to fourteen words for entry `seed`. */
export function prose(seed: number, count: number): string {
	const next = mix(seed);
	const sentences: string[] = [];
	for (let s = 0; s < count; s++) {
		const length = 8 + Math.floor(next() * 7);
		const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]!);
		sentences.push(
			`${words[0]!.charAt(0).toUpperCase()}${words[0]!.slice(1)} ${words.slice(1).join(' ')}.`,
		);
	}
	return sentences.join(' ');
}

/** A short title: two vocabulary words picked for `seed`. */
export function phrase(seed: number, words = 2): string {
	const next = mix(seed * 7919);
	return Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]!).join(' ');
}

/** Zero-padded number for identifiers and titles, so they sort as numbers. */
export const pad = (n: number, width = 5) => String(n).padStart(width, '0');
