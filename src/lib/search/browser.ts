/**
 * Loads a site's Pagefind index in the browser: the first bundle's API, with every extra
 * bundle that `/pagefind/bundles.json` lists merged in, so a site indexed in parts
 * (src/lib/search/index-site.ts) searches and filters as one. Runs only in the browser.
 */

interface Mergeable {
	mergeIndex(path: string): Promise<void>;
}

/** Pagefind's JavaScript API with all bundles merged; `T` is the part of it the caller uses. */
export async function loadPagefind<T>(): Promise<T> {
	// A runtime path, so the bundler leaves it alone: the index only exists after the build.
	const module = (await import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`)) as T & Mergeable;
	const response = await fetch('/pagefind/bundles.json');
	if (!response.ok) throw new Error(`/pagefind/bundles.json: HTTP ${response.status}`);
	for (const path of (await response.json()) as string[]) await module.mergeIndex(path);
	return module;
}
