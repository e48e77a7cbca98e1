/**
 * Hands one build's checked content to every site's Astro process. `npm run build` checks the
 * content once, before any site renders, and writes the result here; each site's loader reads
 * it instead of loading, validating and running the rules again (about 1 s per site at 1,000
 * systems, 10 s at 10,000). V8's serializer keeps the parsed entries exactly as checked:
 * plain objects, arrays, strings, numbers and dates. Only `lineOf`, a function over the
 * source's syntax tree, stays behind: the diagnostics that need line numbers are already
 * written, so handed entries answer "unknown line".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { CheckedContent } from '../pipeline.ts';

/** The environment variable that names the file, set by scripts/build.ts for its Astro children. */
const unknownLine = () => undefined;

export const CHECKED_FILE_ENV = 'AIMS_CHECKED_FILE';

export function writeCheckedFile(file: string, checked: CheckedContent): void {
	writeFileSync(file, serialize({ ...checked, entries: checked.entries.map(({ lineOf: _, ...entry }) => entry) }));
}

/** The checked content the build handed over, if it did. */
export function readCheckedFile(env: Record<string, string | undefined> = process.env): CheckedContent | undefined {
	const file = env[CHECKED_FILE_ENV];
	if (!file) return undefined;
	const checked = deserialize(readFileSync(file)) as CheckedContent;
	for (const entry of checked.entries) entry.lineOf = unknownLine;
	return checked;
}
