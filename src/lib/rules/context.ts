import { join, relative, sep } from 'node:path';
import type { Entry } from '../content/validate.ts';
import { fieldPath, type Diagnostic, type Severity } from '../diagnostics.ts';
import type { RuleId } from '../rule-ids.ts';
import type { CollectionName, EntryData } from '../schemas/index.ts';

/** What every rule receives: the valid entries, indexed, and the date the checks are made on. */
export interface RuleContext {
	entries: readonly Entry[];
	/** Entries of one collection, sorted by id. */
	all<C extends CollectionName>(collection: C): Entry<C>[];
	get(collection: CollectionName, id: string): Entry | undefined;
	/** The day the content is checked as of, YYYY-MM-DD. */
	asOf: string;
	/** Absolute path of the content directory, for rules about attached files. */
	contentDir: string;
	/** Absolute path of the project root: its public/ folder holds the site's static files, and git is asked about the content there. */
	root: string;
	/** A path inside the content directory, relative to the project root, for diagnostics. */
	contentFile(...segments: string[]): string;
	/**
	 * The paths of the public trust center's pages (`/security/`), for rules about links to
	 * them. Page lists come later in the flow than rules, so the caller supplies them (the
	 * pipeline does); without it those rules have nothing to check against and stay silent.
	 */
	trustPagePaths?: () => readonly string[];
}

/** What a caller may hand the rules beyond the entries: see `RuleContext.trustPagePaths`. */
export interface RuleInputs {
	trustPagePaths?: () => readonly string[];
}

export type Rule = (context: RuleContext) => Diagnostic[];

export function createContext(
	entries: readonly Entry[],
	asOf: string,
	contentDir: string,
	root: string,
	inputs: RuleInputs = {},
): RuleContext {
	const byCollection = new Map<CollectionName, Entry[]>();
	const byKey = new Map<string, Entry>();
	for (const entry of [...entries].sort((a, b) => a.id.localeCompare(b.id))) {
		const list = byCollection.get(entry.collection);
		if (list) list.push(entry);
		else byCollection.set(entry.collection, [entry]);
		byKey.set(`${entry.collection}/${entry.id}`, entry);
	}
	return {
		entries,
		all: <C extends CollectionName>(collection: C) =>
			(byCollection.get(collection) ?? []) as Entry<C>[],
		get: (collection, id) => byKey.get(`${collection}/${id}`),
		asOf,
		contentDir,
		root,
		contentFile: (...segments) =>
			relative(root, join(contentDir, ...segments))
				.split(sep)
				.join('/'),
		...(inputs.trustPagePaths && { trustPagePaths: inputs.trustPagePaths }),
	};
}

/** A diagnostic about one field of one entry, with its line looked up. */
export function at(
	entry: Entry,
	path: readonly PropertyKey[],
	rule: RuleId,
	message: string,
	fix: string,
	severity: Severity = 'error',
): Diagnostic {
	return {
		severity,
		file: entry.file,
		line: entry.lineOf(path),
		field: fieldPath(path) || undefined,
		rule,
		message,
		fix,
	};
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type Data<C extends CollectionName> = EntryData<C>;
