/**
 * What the last import wrote, so a re-import can tell a changed sheet from a hand edit.
 *
 * The state lives in one file beside the content, `<content>/.import-state.json` (the loader
 * skips dot files). For every imported entry it holds, per field fed from the sheet, a short
 * hash of the sheet's value at the last import (`sheet`) and, when the file kept a different
 * value on purpose (`--ours`), the hash of that value (`kept`); the same for the importer's
 * block of the body. Hashes, not values: the file never repeats the content.
 *
 * A re-import then decides each field (`decide`): the file's value unchanged since the import →
 * the sheet's value goes in; the file edited by hand and the sheet saying otherwise → the edit
 * is kept and reported as a conflict, unless the run says `--theirs` (take the sheet's) or
 * `--ours` (keep the edit and record it, so it is not reported again until the sheet changes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shortHash } from './values.ts';

export const STATE_FILE = '.import-state.json';

/** A field's record: the sheet's value last imported, and the file's own value kept over it. */
export interface FieldRecord {
	sheet: string;
	kept?: string;
}

export interface EntryState {
	fields: Record<string, FieldRecord>;
	block?: FieldRecord;
}

export type ImportState = Record<string, EntryState>;

export type Resolution = 'ask' | 'theirs' | 'ours';

export type Decision =
	/** The sheet's value goes in. */
	| { take: 'sheet'; record: FieldRecord }
	/** The file's value stays; `conflict` when it was edited by hand and differs from the sheet. */
	| { take: 'file'; record: FieldRecord | undefined; conflict: boolean };

/** The hash the state keeps of a value: any JSON value, `undefined` included. */
export function valueHash(value: unknown): string {
	return shortHash(value === undefined ? '\u0000undefined' : JSON.stringify(value));
}

/**
 * One field of an entry that already exists: `file` is its value on disk, `sheet` the sheet's,
 * `record` what the last import noted (undefined when the file was never imported into).
 */
export function decide(
	file: unknown,
	sheet: unknown,
	record: FieldRecord | undefined,
	resolution: Resolution,
): Decision {
	const hFile = valueHash(file);
	const hSheet = valueHash(sheet);
	if (hFile === hSheet) return { take: 'sheet', record: { sheet: hSheet } };
	// Nothing in the file and nothing recorded: there is no edit to lose.
	if (file === undefined && !record) return { take: 'sheet', record: { sheet: hSheet } };
	// Not edited since the import: the sheet's new value goes in.
	if (record && !record.kept && hFile === record.sheet)
		return { take: 'sheet', record: { sheet: hSheet } };
	// An edit kept with --ours stays quietly while the sheet says what it said then.
	if (record?.kept && hFile === record.kept && hSheet === record.sheet)
		return { take: 'file', record, conflict: false };
	// Edited by hand since the import (or never imported into), and the sheet differs: a conflict.
	if (resolution === 'theirs') return { take: 'sheet', record: { sheet: hSheet } };
	if (resolution === 'ours')
		return { take: 'file', record: { sheet: hSheet, kept: hFile }, conflict: false };
	return { take: 'file', record, conflict: true };
}

/** The state of a content directory; empty when no import ran there yet. */
export function readState(contentDir: string): ImportState {
	const path = join(contentDir, STATE_FILE);
	if (!existsSync(path)) return {};
	try {
		const parsed = JSON.parse(readFileSync(path, 'utf8')) as { entries?: ImportState };
		return parsed.entries ?? {};
	} catch {
		// A damaged state only costs the distinction it would have made: every difference is then a conflict.
		return {};
	}
}

/** The state as text: keys sorted, one entry a line, so it diffs well and a re-run writes the same bytes. */
export function formatState(state: ImportState): string {
	const keys = Object.keys(state).sort();
	const line = (entry: EntryState) => {
		const fields = Object.fromEntries(
			Object.keys(entry.fields)
				.sort()
				.map((k) => [k, entry.fields[k]]),
		);
		return JSON.stringify(entry.block ? { fields, block: entry.block } : { fields });
	};
	const body = keys
		.map((k, i) => `    ${JSON.stringify(k)}: ${line(state[k]!)}${i < keys.length - 1 ? ',' : ''}`)
		.join('\n');
	return `{\n  "about": "Written by npm run import: hashes of what each import took from the sheet, so a re-import keeps hand edits. Commit it with the content.",\n  "version": 1,\n  "entries": {\n${body}\n  }\n}\n`;
}
