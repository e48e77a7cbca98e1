/**
 * Reads the content directory into raw entries: one per file, not yet validated. Plain Node:
 * the Astro loader and the CLI both call this, so they always see the same files.
 */
import { readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { closest, type Diagnostic } from '../diagnostics.ts';
import type { RuleId } from '../rule-ids.ts';
import {
	COLLECTION_NAMES,
	COLLECTIONS,
	type CollectionName,
	type Format,
} from '../schemas/index.ts';
import { look, readInside, readProblem, realBoundary, type Problem } from './inside.ts';
import { parseContent, ParseError } from './parse.ts';

export interface RawEntry {
	collection: CollectionName;
	/** File name without extension: the identifier other entries use to point here. */
	id: string;
	/** Path relative to the project root, forward slashes. */
	file: string;
	format: Format;
	data: unknown;
	body?: string;
	bodyLine?: number;
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Files above this size are refused: content is prose and data, not a place for attachments. */
export const MAX_ENTRY_BYTES = 1024 * 1024;
const ID = /^[a-z0-9][a-z0-9._-]*$/;
const EXTENSIONS: Record<string, Format> = {
	'.yaml': 'yaml',
	'.yml': 'yaml',
	'.md': 'md',
	'.mdx': 'mdx',
};
/** Folders inside a collection that hold attachments rather than entries. */
const ATTACHMENT_DIRS = new Set(['files']);

export function loadContent(
	contentDir: string,
	root: string,
): { entries: RawEntry[]; diagnostics: Diagnostic[] } {
	const entries: RawEntry[] = [];
	const diagnostics: Diagnostic[] = [];
	const rel = (path: string) => relative(root, path).split(sep).join('/');
	const problem = (path: string, { rule, message, fix }: Problem) =>
		diagnostics.push({ severity: 'error', file: rel(path), rule, message, fix });

	let boundary: string;
	try {
		boundary = realBoundary(contentDir);
	} catch {
		return {
			entries,
			diagnostics: [
				{
					severity: 'error',
					file: rel(contentDir),
					rule: 'content-folder',
					message: 'is not a content folder that can be read',
					fix: 'pass --content the folder that holds the collection folders (default src/content)',
				},
			],
		};
	}
	const list = (dir: string): string[] | undefined => {
		try {
			return readdirSync(dir).sort();
		} catch (error) {
			problem(dir, readProblem(error));
			return undefined;
		}
	};

	for (const name of list(contentDir) ?? []) {
		if (name.startsWith('.')) continue;
		const dir = join(contentDir, name);
		const kind = look(boundary, dir);
		if (kind.kind === 'problem') {
			problem(dir, kind.problem);
			continue;
		}
		if (kind.kind === 'missing') continue;
		// Loose files beside the collection folders (a README) are not content.
		if (kind.kind !== 'dir') continue;
		if (!(COLLECTION_NAMES as readonly string[]).includes(name)) {
			const guess = closest(name, COLLECTION_NAMES);
			diagnostics.push({
				severity: 'error',
				file: rel(dir),
				rule: 'unknown-collection',
				message: `"${name}" is not a collection${guess ? `; did you mean "${guess}"?` : ''}`,
				fix: `rename the folder to one of: ${COLLECTION_NAMES.join(', ')}`,
			});
			continue;
		}
		const collection = name as CollectionName;
		for (const fileName of list(dir) ?? []) {
			if (fileName.startsWith('.')) continue;
			const path = join(dir, fileName);
			// The attachments folder is read only by the rules about attachments (document files).
			if (ATTACHMENT_DIRS.has(fileName) && look(boundary, path).kind === 'dir') continue;
			const result = loadFile(collection, boundary, path, rel(path));
			if ('diagnostic' in result) diagnostics.push(result.diagnostic);
			else entries.push(result.entry);
		}
	}
	return { entries, diagnostics };
}

function loadFile(
	collection: CollectionName,
	boundary: string,
	path: string,
	file: string,
): { entry: RawEntry } | { diagnostic: Diagnostic } {
	const fail = (rule: RuleId, message: string, fix?: string, line?: number) => ({
		diagnostic: { severity: 'error' as const, file, line, rule, message, fix },
	});
	const format = EXTENSIONS[extname(path)];
	const accepted: readonly Format[] = COLLECTIONS[collection].formats;
	const looked = look(boundary, path);
	if (looked.kind === 'missing')
		return fail(
			'file-read',
			'disappeared while it was being read',
			'run the check again once nothing else is changing the content folder',
		);
	if (looked.kind === 'problem')
		return fail(looked.problem.rule, looked.problem.message, looked.problem.fix);
	if (looked.kind === 'dir') {
		return fail(
			'file-type',
			'is a folder, not a file',
			`${collection} entries are files; move what is inside it out and remove the folder${format ? '' : ', or rename it if it was meant as something else'}`,
		);
	}
	if (!format || !accepted.includes(format)) {
		return fail(
			'file-format',
			`${collection} entries cannot be ${extname(path) || 'files without an extension'}`,
			`save it as ${accepted.map((f) => `.${f}`).join(' or ')}`,
		);
	}
	const id = file.slice(file.lastIndexOf('/') + 1, -extname(path).length);
	if (!ID.test(id)) {
		return fail(
			'file-name',
			`"${id}" cannot be an identifier`,
			'name the file in lower case with letters, digits, dots and hyphens, for example claims-triage.md',
		);
	}
	const read = readInside(boundary, looked, MAX_ENTRY_BYTES);
	if ('problem' in read) return fail(read.problem.rule, read.problem.message, read.problem.fix);
	if (read.size > MAX_ENTRY_BYTES) {
		return fail(
			'file-size',
			`is ${(read.size / 1024 / 1024).toFixed(1)} MB; an entry may be at most ${MAX_ENTRY_BYTES / 1024 / 1024} MB`,
			'shorten it, or attach the material as a document file and link to it',
		);
	}
	const bytes = read.bytes;
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const offset = firstInvalidUtf8(bytes);
		const line = bytes.subarray(0, offset).toString('latin1').split('\n').length;
		return fail(
			'encoding',
			`is not valid UTF-8 (byte ${offset})`,
			're-save the file with UTF-8 encoding',
			line,
		);
	}
	try {
		const parsed = parseContent(text.replace(/^\uFEFF/, ''), format);
		return { entry: { collection, id, file, format, ...parsed } };
	} catch (error) {
		if (error instanceof ParseError) return fail('syntax', error.message, error.fix, error.line);
		// Never a stack trace: whatever the parser could not cope with is this file's error.
		return fail(
			'syntax',
			`could not be parsed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
			'simplify the YAML: plain fields, lists and quoted text',
		);
	}
}

/** How many continuation bytes a UTF-8 lead byte announces; -1 for a byte that cannot lead. */
function continuationBytes(lead: number): number {
	if (lead < 0x80) return 0;
	if (lead >> 5 === 0b110) return 1;
	if (lead >> 4 === 0b1110) return 2;
	return lead >> 3 === 0b11110 ? 3 : -1;
}

/** Offset of the first byte that cannot be UTF-8, so the error can point at its line. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length;) {
		const lead = bytes[i]!;
		const trailing = continuationBytes(lead);
		if (trailing < 0) return i;
		for (let k = 1; k <= trailing; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		i += trailing + 1;
	}
	return bytes.length;
}
