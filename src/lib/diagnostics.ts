/**
 * A diagnostic is one thing wrong with the content: where (file, line, field), which rule,
 * what is wrong and how to fix it. The loader, the schemas and the integrity rules all speak
 * this one type; the CLI and the build only format it.
 */
import type { RuleId } from './rule-ids.ts';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
	severity: Severity;
	/** Path of the file, relative to the project root, with forward slashes. */
	file: string;
	/** 1-based line in that file, where known. */
	line?: number;
	/** Field path inside the entry, such as `euAiAct.tier` or `actions[0].due`. */
	field?: string;
	/** Stable rule name, such as `schema`, `reference` or `review-overdue` (src/lib/rule-ids.ts). */
	rule: RuleId;
	/** What is wrong. */
	message: string;
	/** How to fix it. */
	fix?: string;
}

/** `a.b[0].c` from a path of keys and indexes. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => {
		if (typeof key === 'number') return `${out}[${key}]`;
		return out ? `${out}.${String(key)}` : String(key);
	}, '');
}

/** One diagnostic as a line an author can act on: `file:line: field: message (rule)`, then the fix. */
export function formatDiagnostic(d: Diagnostic): string {
	const where = d.line ? `${d.file}:${d.line}` : d.file;
	const field = d.field ? `${d.field}: ` : '';
	const fix = d.fix ? `\n    fix: ${d.fix}` : '';
	return `${d.severity === 'error' ? 'error' : 'warning'} ${where}: ${field}${d.message} [${d.rule}]${fix}`;
}

/** Stable order: by file, then line, then rule, so output never depends on load order. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
	return [...list].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			(a.line ?? 0) - (b.line ?? 0) ||
			(a.field ?? '').localeCompare(b.field ?? '') ||
			a.rule.localeCompare(b.rule) ||
			a.message.localeCompare(b.message),
	);
}

/** Under `--strict`, warnings count as errors. */
export function hasErrors(list: readonly Diagnostic[], strict = false): boolean {
	return list.some((d) => d.severity === 'error' || strict);
}

/** The edit distance between two strings, for “did you mean” hints. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
		if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
	}
	// A suggestion further than half the word away is noise, not help.
	return best !== undefined && bestDistance <= Math.max(2, Math.ceil(word.length / 2))
		? best
		: undefined;
}

/** `annex-3` and `annex-iii` are the same to an author; compare them as such. */
function romanToDigits(value: string): string {
	return value.replace(
		/(^|[-_ ])(iii|ii|iv|i)(?=$|[-_ ])/g,
		(_, sep: string, roman: string) => sep + { i: '1', ii: '2', iii: '3', iv: '4' }[roman],
	);
}

function editDistance(rawA: string, rawB: string): number {
	const [a, b] = [romanToDigits(rawA), romanToDigits(rawB)];
	if (b.startsWith(a) || a.startsWith(b)) return Math.abs(a.length - b.length) / 2;
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(
				previous[j]! + 1,
				current[j - 1]! + 1,
				previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
			);
		}
		previous = current;
	}
	return previous[b.length]!;
}
