/**
 * Loads a site's Pagefind index in the browser: the first bundle's API, with every extra
 * bundle that `/pagefind/bundles.json` lists merged in, so a site indexed in parts
 * (src/lib/search/index-site.ts) searches and filters as one. Runs only in the browser. Every
 * address is under the site's base (src/lib/routes.ts), like every other internal link.
 */
import { withBase } from '../routes.ts';

interface Mergeable {
	mergeIndex(path: string): Promise<void>;
}

/** Pagefind's JavaScript API with all bundles merged; `T` is the part of it the caller uses. */
export async function loadPagefind<T>(): Promise<T> {
	// A runtime path, so the bundler leaves it alone: the index only exists after the build.
	const module = (await import(/* @vite-ignore */ withBase('/pagefind/pagefind.js'))) as T &
		Mergeable;
	const bundles = withBase('/pagefind/bundles.json');
	const response = await fetch(bundles);
	if (!response.ok) throw new Error(`${bundles}: HTTP ${response.status}`);
	// bundles.json lists site paths (`/pagefind-2/`).
	for (const path of (await response.json()) as string[]) await module.mergeIndex(withBase(path));
	return module;
}
