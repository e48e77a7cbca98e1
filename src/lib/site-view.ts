/**
 * The current site's audience view, and its cache: the one place pages and the content loader
 * get the checked content from. In a build, `npm run build` checked the content once for all
 * sites and handed it over (src/lib/checked-file.ts); otherwise the content is checked here,
 * once per process, content folder and change.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHECKED_FILE_ENV, checkedFileReady, readCheckedFile } from './checked-file.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { checkContent } from './pipeline.ts';
import { currentSite } from './sites.ts';
import { createView, type AudienceView } from './views/audience.ts';

let cached: { key: string; view: Promise<AudienceView> } | undefined;

/**
 * What every copy of this module in the process shares. An Astro build runs the content loader
 * and the pages in one process but in two copies of this module (the loader's, loaded with the
 * config, and the one bundled with the pages); a build handed its checked content keeps the
 * view here, so each site reads the checked file and makes its view once, not twice (about
 * 0.4 s per site at 3,611 systems).
 */
interface Shared {
	/** Views of handed-over content, by cache key. */
	views: Map<string, Promise<AudienceView>>;
	/** The date each view was checked as of (AIMS_AS_OF or the day of the check), so pages date themselves by the check, not by the clock again. */
	asOf: WeakMap<AudienceView, string>;
}
const SHARED = Symbol.for('aims-as-code.site-view');
const shared = ((globalThis as { [SHARED]?: Shared })[SHARED] ??= {
	views: new Map(),
	asOf: new WeakMap(),
});
const checkedAsOf = shared.asOf;
/** Bumped by the dev server's watcher whenever a content file changes (contentChanged). */
let contentVersion = 0;

/** The date a view of this module was checked as of. */
export function asOfOf(view: AudienceView): string {
	const asOf = checkedAsOf.get(view);
	if (asOf === undefined) throw new Error('asOfOf() takes a view from loadSiteView()');
	return asOf;
}

/** The content folder of a project: AIMS_CONTENT_DIR, or src/content. */
export function contentDirOf(root: string): string {
	return resolve(root, process.env.AIMS_CONTENT_DIR ?? 'src/content');
}

/** Tells the cache that the content changed (the dev server's watcher calls it). */
export function contentChanged(): void {
	contentVersion++;
}

/**
 * What the content folder looks like now: every file's path, size and modification time. In
 * the dev server, pages may run in another module instance than the loader and never see its
 * version bumps; this stamp lets them re-check once per change rather than once per call.
 */
function contentStamp(dir: string): string {
	const parts: string[] = [];
	const walk = (at: string) => {
		let names: string[];
		try {
			names = readdirSync(at).sort();
		} catch {
			return;
		}
		for (const name of names) {
			const path = join(at, name);
			// Links are not followed: a link that loops back into the folder must not hang the dev server (the loader refuses links anyway).
			const stats = lstatSync(path, { throwIfNoEntry: false });
			if (!stats) continue;
			if (stats.isDirectory()) walk(path);
			else parts.push(`${path}:${stats.size}:${stats.mtimeMs}`);
		}
	};
	walk(dir);
	return parts.join('\n');
}

/**
 * The current site's view. `watch` (the dev server's pages) adds the content folder's stamp to
 * the cache key, so an edit is seen on the next request and the content is checked once for it.
 */
export function loadSiteView(
	root: string,
	logger?: { warn(message: string): void },
	{ watch = false } = {},
): Promise<AudienceView> {
	const site = currentSite();
	const contentDir = contentDirOf(root);
	const handedFile = watch ? undefined : process.env[CHECKED_FILE_ENV];
	if (handedFile !== undefined) {
		// Not keyed by root: the loader names it with a trailing slash, the pages without.
		const key = `${contentDir}\0${site.name}\0${handedFile}`;
		let view = shared.views.get(key);
		if (!view) shared.views.set(key, (view = makeView(root, contentDir, logger, false)));
		return view;
	}
	const key = `${root}\0${contentDir}\0${site.name}\0${contentVersion}\0${watch ? contentStamp(contentDir) : ''}`;
	if (cached?.key !== key) cached = { key, view: makeView(root, contentDir, logger, watch) };
	return cached.view;
}

/** Checks the content (or reads the checked content the build handed over) and makes the site's view. */
function makeView(
	root: string,
	contentDir: string,
	logger: { warn(message: string): void } | undefined,
	watch: boolean,
): Promise<AudienceView> {
	const site = currentSite();
	return (async () => {
		if (!watch) await checkedFileReady();
		// `npm run build` checked the content once for all sites, and printed its warnings.
		const handed = watch ? undefined : readCheckedFile();
		const result = handed ?? checkContent({ root, contentDir });
		const errors = result.diagnostics.filter((d) => d.severity === 'error');
		if (errors.length > 0) {
			throw new Error(
				`The content has ${errors.length} error${errors.length === 1 ? '' : 's'} (run npm run check for the full report):\n${errors.map(formatDiagnostic).join('\n')}`,
			);
		}
		if (!handed) for (const warning of result.diagnostics) logger?.warn(formatDiagnostic(warning));
		const view = createView(result.entries, site.audience);
		checkedAsOf.set(view, result.asOf);
		return view;
	})();
}
