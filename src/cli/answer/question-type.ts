/**
 * What kind of answer a question asks for. Only a yes/no question may get a short answer from
 * a drop-down; a list or a value wants the list or the value; a “describe” wants prose.
 */

export type QuestionType = 'yes-no' | 'list' | 'value' | 'describe';

const YES_NO =
	/^(?:\(?[a-z0-9.]+\)\s*)?(?:do|does|did|is|are|was|were|can|could|has|have|had|will|would|should|shall|may|must)\b/i;
const YES_NO_ANYWHERE =
	/\(yes\s*\/\s*no\)|\byes or no\b|^(?:please )?(?:confirm|indicate|state|specify)(?: whether| if)\b/i;
const LIST =
	/^(?:please )?(?:list|enumerate|name (?:the|all|any|each)|identify (?:the|all|any|each)|provide a list)\b|^which\b|^what (?:are|is) the (?:names|list)\b/i;
const DESCRIBE =
	/^(?:please )?(?:describe|explain|how|why|what|when|where|who|outline|detail|summari[sz]e|provide|share|attach|tell|give|elaborate|discuss)\b/i;

export function questionType(question: string): QuestionType {
	const q = question.trim();
	// “Do you …? If so, describe …” is first a yes/no question.
	if (YES_NO.test(q) || YES_NO_ANYWHERE.test(q)) return 'yes-no';
	if (LIST.test(q)) return 'list';
	if (DESCRIBE.test(q) || q.endsWith('?')) return 'describe';
	// A label without a verb: “Solution provider name”, “Company website”.
	return 'value';
}

/**
 * Places a question may name. A question that names a place the answer does not mention
 * (“Is data stored in China?” against an answer about the EU) is not answered by it.
 */
export const PLACES =
	/\b(china|chinese|russia|russian|india|indian|brazil|japan|korea|singapore|australia|canada|mexico|israel|switzerland|united kingdom|uk|england|britain|united states|usa|u\.s\.|us|america|american|european union|eu|eea|europe|european|ireland|germany|france|netherlands|portugal|spain|italy|poland|asia|apac|africa|middle east|latin america|offshore|outside the (?:eu|eea|us|uk)|overseas)\b/g;

export function placesIn(text: string): Set<string> {
	const out = new Set<string>();
	for (const m of text.toLowerCase().matchAll(PLACES)) {
		const p = m[1]!;
		// “us” is a pronoun far more often than a country: only in capitals.
		if (p === 'us') continue;
		out.add(p.toLowerCase());
	}
	for (const m of text.matchAll(/\b(US|U\.S\.)\b/g)) out.add(m[1]!.toLowerCase());
	return out;
}

const SAME_PLACE: Record<string, string> = {
	chinese: 'china',
	russian: 'russia',
	indian: 'india',
	'united kingdom': 'uk',
	england: 'uk',
	britain: 'uk',
	'united states': 'us',
	usa: 'us',
	'u.s.': 'us',
	america: 'us',
	american: 'us',
	'european union': 'eu',
	europe: 'eu',
	european: 'eu',
	eea: 'eu',
};
export const canonicalPlace = (p: string) => SAME_PLACE[p] ?? p;

/**
 * Whether a question asks what someone other than the respondent does: its suppliers,
 * subprocessors or subcontractors are the subject (“Do your subcontractors carry cyber
 * insurance?”, “Is your cloud provider certified?”) or what is required of them (“Do you
 * require third parties to sign NDAs?”). A question that only mentions them (“Is our data
 * used to train your models or your vendors' models?”) does not count, nor does a singular
 * “the vendor” or “the provider”, who is the respondent in most questionnaires.
 */
export function asksOfThirdParties(question: string): boolean {
	const q = question.trim();
	return OF_OTHERS.some((pattern) => pattern.test(q));
}
const OTHERS = String.raw`(?:sub-?contractors?|sub-?processors?|sub-?vendors?|fourth[- ]part(?:y|ies)|third[- ]parties|vendors|suppliers|providers|outsourcers)\b`;
const YOUR_ONE = String.raw`your\s+(?:[\w-]+\s+){0,2}(?:vendor|supplier|provider|subcontractor|subprocessor)\b`;
const THEIR = String.raw`(?:(?:all|any|each)\s+(?:of\s+)?)?(?:(?:your|the|its|their)\s+)?(?:(?!(?:you|we|i|they)\b)[\w-]+\s+){0,2}?`;
const OF_OTHERS = [
	// They are the subject: “Do your vendors…?”, “Are all subprocessors…?”, “Is your cloud provider…?”
	new RegExp(
		String.raw`^(?:do|does|did|are|is|was|were|will|would|can|could|must|should|have|has)\s+(?:${THEIR}${OTHERS}|${YOUR_ONE})`,
		'i',
	),
	// Something is required of them: “Do you require your subcontractors to…?”
	new RegExp(
		String.raw`\b(?:requir\w*|obliges?|mandates?|ensure|ask)\s+(?:that\s+)?(?:${THEIR}${OTHERS}|${YOUR_ONE})`,
		'i',
	),
];

/**
 * The question as it reads without what it adds around its ask: the examples it gives (“Do
 * you use a SIEM (e.g., Splunk, Sentinel)?”, “…using tools such as Nessus or Qualys?”), whose
 * product names no answer mentions would otherwise weigh as a subject we have not written
 * about, and the follow-up after its question mark (“If yes, list them with their location.”,
 * “Please attach a copy.”, or a bracket after it), which asks for the details an answer's
 * text gives. A restatement (“i.e. MFA”) or a scope (“including backups”) is kept: it asks
 * more; a bracketed list ending in “etc.” is examples, whatever it opens with.
 */
export function withoutExamples(question: string): string {
	// A cell this long is not one question; every pattern below is bounded besides.
	if (question.length > LONGEST_QUESTION) return question;
	return question
		.replace(FOLLOW_UP, '$1')
		.replace(AFTER_THE_ASK, '$1')
		.replace(BRACKET, (bracket, inside: string) =>
			EXAMPLE_OPENING.test(inside) || ETC_LIST.test(inside) ? '' : bracket,
		)
		.replace(EXAMPLES_IN_LINE, '')
		.replace(ACRONYM, (bracket, letters: string, at: number, text: string) =>
			spellsOut(letters, text.slice(0, at)) ? '' : bracket,
		)
		.replace(/\s+([?.,;:!])/g, '$1')
		.replace(/\s{2,}/g, ' ')
		.trim();
}
/** Longer than this, a cell is read only as written. */
const LONGEST_QUESTION = 2000;
/** A bracket without brackets inside, of at most 300 characters. */
const BRACKET = /\s*[([]([^()[\]]{0,300})[)\]]/g;
/** A bracket that gives examples: “(e.g., Splunk)”, “(for example …)”, “(such as …)”, “(like …)”. */
const EXAMPLE_OPENING =
	/^\s*(?:e\.?\s?g\.?|for (?:example|instance)|such as|examples? (?:include|are)|like)(?=[\s,:.])/i;
/** A bracketed list that ends in “etc.”, whatever it opens with: “(i.e. hosting, SaaS, etc.)”. */
const ETC_LIST = /,.*\betc\.?\s*$/is;
/**
 * Inline examples to the end of their clause, with the general word they give examples of
 * when it says only “by some means”: “…for vulnerabilities using tools such as Nessus or
 * Qualys?” is “…for vulnerabilities?”.
 */
const EXAMPLES_IN_LINE =
	/,?\s*(?:\b(?:using|with|via|through)\s+(?:an?\s+|the\s+)?(?:tools?|products?|software|solutions?|services?|technolog(?:y|ies)|platforms?|providers?)\s+)?\b(?:e\.g\.|for (?:example|instance)|such as)(?=[\s,:])[^.;?!()]{0,300}/gi;
/** A bracketed abbreviation: “(BIA)”, “(RTOs)”. */
const ACRONYM = /\s*\(([A-Z][A-Za-z0-9]{1,6})\)/g;
/**
 * Whether an abbreviation is the initials of the words before it, in the singular or the
 * plural: “business impact analysis (BIA)”, “intrusion detection systems (IDSs)” say it twice.
 */
function spellsOut(abbreviation: string, before: string): boolean {
	const initials = (letters: string) => {
		const words = before
			.split(/[\s-]+/)
			.filter(Boolean)
			.slice(-letters.length);
		return (
			words.length === letters.length &&
			words.every((word, i) => word[0]?.toLowerCase() === letters[i]!.toLowerCase())
		);
	};
	return (
		initials(abbreviation) || (abbreviation.endsWith('s') && initials(abbreviation.slice(0, -1)))
	);
}
/** A bracket after the question mark: “Are off-site backups made? (i.e. moved digitally)”. */
const AFTER_THE_ASK = /^([^?]+\?)\s*[([][^()[\]]{0,300}[)\]]\s*$/s;
const FOLLOW_UP =
	/^([^?]+\?)\s+(?:if (?:yes|so|not|no|applicable|any)\b|please\b|(?:provide|attach|upload|describe|explain|list|include|specify|detail|share)\b).*$/is;

/**
 * Whether a question asks what the buyer may do (“Do you allow the institution to scan your
 * systems?”, “Can customers run their own penetration test?”): an answer about what we do
 * ourselves (our own scanning) does not answer it, and its Yes would grant the buyer
 * something. “Can we see your report?” asks for a document, not leave to act, and does not
 * count.
 */
export function asksWhatBuyersMay(question: string): boolean {
	return BUYER_MAY.some((pattern) => pattern.test(question.trim()));
}
/** Whether a wording speaks of the buyer: we, our, customers, clients, tenants, users. */
export function speaksOfBuyers(wording: string): boolean {
	return /\b(?:we|our|us|customers?|clients?|tenants?|institutions?|buyers?|users?|licensees?)\b/i.test(
		wording,
	);
}
const BUYERS = String.raw`(?:the\s+)?(?:institution|customer|client|buyer|licensee|tenant)s?\b|us\b|our\s+\w+`;
const BUYER_MAY = [
	new RegExp(String.raw`\b(?:allow|permit|let|enable)s?\s+(?:${BUYERS})\s*(?:\w+\s+)?to\b`, 'i'),
	new RegExp(String.raw`^(?:can|may|could|is it possible for)\s+(?:${BUYERS})`, 'i'),
	// “How much notice must customers give before running their own penetration test?”
	new RegExp(
		String.raw`\b(?:${BUYERS})\s+(?:\w+\s+){0,4}?(?:run|running|perform|performing|conduct|conducting|do|doing|carry(?:ing)? out)\s+(?:their|our)\s+own\b`,
		'i',
	),
	// “Can we send our own auditors to inspect your controls?”: we, acting with our own people or tools.
	/^(?:can|may|could)\s+we\s+(?:\w+\s+){1,3}?our\s+own\b/i,
];
