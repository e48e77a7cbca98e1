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
