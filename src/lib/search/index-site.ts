/**
 * Builds a site's Pagefind index from its own built pages. Because each site is built from
 * its audience's view, its index can only hold what its pages show. A site that silently
 * ships without search is worse than a failed build, so every error throws.
 *
 * Pagefind's indexer holds about 70 bytes of memory per byte of indexed text. When the build
 * machine cannot spare that, AIMS_SEARCH_BUNDLE_MB indexes a site in parts: its pages, in path
 * order, are cut into groups of at most that much HTML, and each group is indexed by an
 * indexer process of its own into a bundle of its own (`/pagefind/`, `/pagefind-2/`, …).
 * `/pagefind/bundles.json` lists the extra bundles (none by default), and the browser merges
 * them into the first (`src/lib/search/browser.ts`). The price: a bundle that lacks a searched
 * word answers with looser matches of its own, so results carry more noise than one index.
 */
import { compareIds } from '../order.ts';
import {
	linkSync,
	copyFileSync,
	mkdirSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';

/** Where the browser finds bundle `n` (1-based) of a site. */
export const bundlePath = (n: number) => (n === 1 ? '/pagefind/' : `/pagefind-${n}/`);

export interface IndexedSite {
	pages: number;
	bundles: number;
}

/** The site's HTML files (relative paths, in path order) cut into groups of at most `budget` bytes. */
export function groupPages(
	files: readonly { path: string; bytes: number }[],
	budget: number,
): string[][] {
	const groups: string[][] = [];
	let size = 0;
	for (const file of [...files].sort((a, b) => compareIds(a.path, b.path))) {
		const current = groups.at(-1);
		if (current && size + file.bytes <= budget) {
			current.push(file.path);
			size += file.bytes;
		} else {
			groups.push([file.path]);
			size = file.bytes;
		}
	}
	return groups;
}

/** One indexer process over one folder, written to `outputPath`; returns the page count. */
async function indexFolder(folder: string, outputPath: string): Promise<number> {
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
		if (!index) throw new Error(errors.join('\n'));
		const added = await index.addDirectory({ path: folder });
		if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
		return added.page_count;
	} finally {
		await pagefind.close();
	}
}

/** Indexes every HTML page under `siteDir` into `siteDir/pagefind/` and, for a large site, `siteDir/pagefind-N/`. */
export async function indexSite(
	siteDir: string,
	{ bundleBytes = budgetFromEnv() } = {},
): Promise<IndexedSite> {
	const parts: string[] = [];
	try {
		const files = readdirSync(siteDir, { recursive: true, withFileTypes: true })
			.filter((d) => d.isFile() && d.name.endsWith('.html'))
			.map((d) => {
				const file = join(d.parentPath, d.name);
				return { path: relative(siteDir, file), bytes: statSync(file).size };
			});
		const groups = groupPages(files, bundleBytes);
		let pages = 0;
		if (groups.length <= 1) {
			pages = await indexFolder(siteDir, join(siteDir, 'pagefind'));
		} else {
			// Each group is a folder of hard links mirroring the site's paths, so Pagefind gives
			// its pages the same URLs as in the site.
			for (const [i, group] of groups.entries()) {
				const part = `${siteDir}.search-part-${i + 1}`;
				parts.push(part);
				for (const path of group) {
					mkdirSync(dirname(join(part, path)), { recursive: true });
					try {
						linkSync(join(siteDir, path), join(part, path));
					} catch {
						copyFileSync(join(siteDir, path), join(part, path));
					}
				}
				pages += await indexFolder(part, join(siteDir, bundlePath(i + 1)));
				rmSync(part, { recursive: true, force: true });
			}
		}
		if (pages === 0) throw new Error(`no pages to index in ${siteDir}`);
		const extra = groups.slice(1).map((_, i) => bundlePath(i + 2));
		writeFileSync(join(siteDir, 'pagefind', 'bundles.json'), `${JSON.stringify(extra)}\n`);
		return { pages, bundles: Math.max(groups.length, 1) };
	} catch (error) {
		throw new Error(`The search index of ${siteDir} could not be built`, { cause: error });
	} finally {
		for (const part of parts) rmSync(part, { recursive: true, force: true });
	}
}

function budgetFromEnv(env: Record<string, string | undefined> = process.env): number {
	const raw = env.AIMS_SEARCH_BUNDLE_MB;
	if (raw === undefined || raw === '') return Infinity;
	const mb = Number(raw);
	if (!(mb > 0))
		throw new Error(`AIMS_SEARCH_BUNDLE_MB must be a positive number of megabytes, not "${raw}"`);
	return mb * 2 ** 20;
}
