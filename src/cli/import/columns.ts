/** Finds the sheet column a mapping names, tolerant of the small wording changes between years. */
import { normalizeLabel } from './values.ts';

/**
 * The header matching one of `wanted`: first an exact match ignoring case, spacing and
 * punctuation, then a header that starts with the wanted text (long OMB questions are often
 * cut or extended), in the order `wanted` lists them.
 */
export function findColumn(
	headers: readonly string[],
	wanted: readonly string[],
): string | undefined {
	const normalized = headers.map((h) => [h, normalizeLabel(h)] as const);
	for (const want of wanted) {
		const w = normalizeLabel(want);
		const exact = normalized.find(([, n]) => n === w);
		if (exact) return exact[0];
	}
	for (const want of wanted) {
		const w = normalizeLabel(want);
		if (w.length < 8) continue;
		const prefix = normalized.find(([, n]) => n.startsWith(w));
		if (prefix) return prefix[0];
	}
	return undefined;
}
