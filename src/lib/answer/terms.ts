/**
 * How questions are reduced to terms, for the search index and for the confidence measure:
 * lower case, stop words out, acronyms spelt out, a light suffix stemmer so “encrypted”,
 * “encryption” and “encrypts” meet. Both sides go through the same function, so a change
 * here cannot make the index and the confidence disagree.
 */

const STOP_WORDS = new Set(
	'a about above after all also am an and any are as at be been being both but by can could describe detail details did do does doing done during each either explain for from further had has have having how i if in including into is it its itself may me more most must my no nor not of on or other our ours out over own please provide same shall should so some such than that the their them then there these they this those through to too under until up upon us very was we were what when where whether which while who whom why will with within would yes you your yours'.split(' '),
);

/**
 * Phrases questionnaires write both spelt out and as acronyms, reduced to one token so that
 * either spelling finds the other and counts once, not as two or three shared words.
 */
const PHRASES: [RegExp, string][] = [
	[/\bartificial intelligence\b/g, 'ai'],
	[/\bmachine learning\b/g, 'ml'],
	[/\blarge language models?\b|\bllms\b/g, 'llm'],
	[/\bgenerative ai\b|\bgen ai\b/g, 'genai'],
	[/\bmulti[- ]?factor authentication\b|\btwo[- ]factor authentication\b|\b2fa\b/g, 'mfa'],
	[/\bsingle sign[- ]on\b/g, 'sso'],
	[/\bpersonally identifiable information\b/g, 'pii'],
	[/\bdata processing agreements?\b|\bdpas\b/g, 'dpa'],
	[/\bdata protection impact assessments?\b|\bdpias\b/g, 'dpia'],
	[/\bbusiness continuity\b/g, 'bcp'],
	[/\bdisaster recovery\b/g, 'dr'],
	[/\bsoftware development life ?cycle\b|\bsdlc\b/g, 'sdlc'],
	[/\bpen(?:etration)?[- ]?tests?(?:ing)?\b|\bpentests\b/g, 'pentest'],
	[/\brole[- ]based access control\b/g, 'rbac'],
	[/\bsecurity information and event management\b/g, 'siem'],
	[/\bsoc ?2\b/g, 'soc2'],
	[/\biso(?:\/iec)? ?(\d{5})\b/g, 'iso$1'],
	[/\beu ai act\b|\bai act\b/g, 'aiact'],
];

/** A light English stemmer: enough to join inflections, not a linguist. */
export function stem(word: string): string {
	let w = word;
	if (w.length <= 3) return w;
	// certified, certifies, certification → certify
	const ify = w.match(/^(.{3,})(?:ification|ified|ifies|ifying)$/);
	if (ify) return `${ify[1]}ify`;
	// compliant, compliance → comply; reliant, reliance → rely
	const iant = w.match(/^(.{3,})i(?:ant|ance|ances)$/);
	if (iant) return `${iant[1]}y`;
	if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
	else if (w.endsWith('sses')) w = w.slice(0, -2);
	else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
	for (const suffix of ['ations', 'ation', 'ions', 'ion', 'ments', 'ment', 'ing', 'ed', 'ly', 'er', 'e']) {
		// “comply” and “apply” are not adverbs: -ly needs a longer stem.
		const shortest = suffix === 'ly' ? 5 : 4;
		if (w.endsWith(suffix) && w.length - suffix.length >= shortest) return w.slice(0, -suffix.length);
	}
	return w;
}

/** Words of a text, lower case, known phrases reduced to one token. */
export function words(text: string): string[] {
	let lower = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
	for (const [phrase, token] of PHRASES) lower = lower.replace(phrase, token);
	return (lower.match(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g) ?? []).flatMap((w) => w.replace(/'s$/, '').split(/[-']/));
}

/** One word as an index term, or null for a stop word. */
export function term(word: string): string | null {
	const w = word.toLowerCase();
	return STOP_WORDS.has(w) || w.length < 2 ? null : stem(w);
}

/** The distinct content terms of a text. */
export function termSet(text: string): Set<string> {
	return new Set(words(text).map(term).filter((t): t is string => t !== null));
}
