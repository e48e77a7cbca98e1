/**
 * Content in, checked entries and diagnostics out: load → validate → integrity rules. Rules
 * that need what later stages decide (the trust center's page list) get it from here.
 * `npm run check`, the build and the tests all go through here, so they cannot disagree.
 */
import { resolve } from 'node:path';
import { loadContent, type RawEntry } from './content/load.ts';
import { requireIsoDate, todayIso } from './dates.ts';
import { checkMdxEntries } from './content/mdx-check.ts';
import { validateEntry, type Entry } from './content/validate.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { runRules } from './rules/index.ts';
import { trustPages } from './trust/pages.ts';
import { createView } from './views/audience.ts';

export interface CheckedContent {
	entries: Entry[];
	diagnostics: Diagnostic[];
	/** False when schema errors kept the integrity rules from running. */
	rulesRan: boolean;
	asOf: string;
}

export interface PipelineOptions {
	/** Project root; file names in diagnostics are relative to it. */
	root: string;
	/** Content directory; defaults to `src/content` under the root. */
	contentDir?: string;
	/** Day the time-based rules are checked on (YYYY-MM-DD); defaults to today in UTC. */
	asOf?: string;
}

export function checkContent({
	root,
	contentDir = 'src/content',
	asOf = todayUtc(),
}: PipelineOptions): CheckedContent {
	const dir = resolve(root, contentDir);
	const loaded = loadContent(dir, root);
	return checkEntries(loaded.entries, { root, dir, asOf, diagnostics: loaded.diagnostics });
}

/**
 * The stages after loading: validate each entry, then the integrity rules. `npm run check`
 * and the build reach it through `checkContent`; the importer calls it with the entries on
 * disk and the ones it is about to write, so an import is checked exactly as the next
 * `npm run check` will check it.
 */
export function checkEntries(
	raws: readonly RawEntry[],
	{
		root,
		dir,
		asOf,
		diagnostics: earlier = [],
	}: {
		root: string;
		/** The content directory, absolute. */
		dir: string;
		asOf: string;
		/** Diagnostics of the stages before (loading), reported with the rest. */
		diagnostics?: readonly Diagnostic[];
	},
): CheckedContent {
	const entries: Entry[] = [];
	const diagnostics = [...earlier, ...checkMdxEntries(raws, root)];
	for (const raw of raws) {
		const result = validateEntry(raw);
		if (result.entry) entries.push(result.entry);
		diagnostics.push(...result.diagnostics);
	}
	// Cross-entry rules on half-loaded content would report phantom dangling references and
	// missing SoA lines; the author fixes the file errors first, then sees the rest.
	const rulesRan = diagnostics.every((d) => d.severity !== 'error');
	// The public trust center's page list, for the rule that security.txt links resolve (built only if asked for).
	const trustPagePaths = () => trustPages(createView(entries, 'public')).map((page) => page.path);
	if (rulesRan) diagnostics.push(...runRules(entries, asOf, dir, root, { trustPagePaths }));
	return {
		entries: entries.sort(
			(a, b) => a.collection.localeCompare(b.collection) || a.id.localeCompare(b.id),
		),
		diagnostics: sortDiagnostics(diagnostics),
		rulesRan,
		asOf,
	};
}

/**
 * Today as YYYY-MM-DD in UTC, unless AIMS_AS_OF pins it (tests, reproducible rebuilds). A
 * pinned day that is not a real date throws a `DateInputError` (src/lib/dates.ts): the CLI
 * prints its one-line message and exits with status 2.
 */
export function todayUtc(env: Record<string, string | undefined> = process.env): string {
	const pinned = env.AIMS_AS_OF;
	if (pinned !== undefined && pinned !== '') return requireIsoDate(pinned, 'AIMS_AS_OF');
	return todayIso();
}
