/**
 * Where pages live, for every kind of site: the one `withBase()` every internal link goes
 * through, and the routes both the trust center and the handbook have. Each kind's own routes
 * are in src/lib/trust/routes.ts and src/lib/handbook/routes.ts. A path (`/exports/`) is the
 * page's place within its site, as the page registry and the sitemap name it; an href is that
 * path under the site's base, as a link writes it.
 */

/**
 * The site's base path, ending in a slash: Astro's `base` (`import.meta.env.BASE_URL`) in a
 * build or the dev server, `/` where there is no Astro (the CLI, plain Node).
 */
export function basePath(): string {
	const base = import.meta.env?.BASE_URL ?? '/';
	return base.endsWith('/') ? base : `${base}/`;
}

/**
 * The base path a site is served under, from the address it is served at: the address's path,
 * ending in a slash (`https://example.com/trust` and `https://example.com/trust/` → `/trust/`);
 * `/` for an address at the root of its host, or no address at all.
 */
export function basePathOf(address: string | undefined): string {
	const path = address === undefined ? '/' : new URL(address).pathname;
	return path.endsWith('/') ? path : `${path}/`;
}

/** A site path (`/controls/`, always starting with a slash) as a link to it under the site's base. */
export function withBase(path: string, base: string = basePath()): string {
	if (!path.startsWith('/'))
		throw new Error(`withBase: a site path starts with "/", not "${path}"`);
	return `${base}${path.slice(1)}`;
}

/** The site path of a pathname under the site's base (`Astro.url.pathname`): `/base/controls/` → `/controls/`. */
export function sitePath(pathname: string, base: string = basePath()): string {
	return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/** Site paths of the routes every kind of site has. */
export const SHARED_PATHS = {
	home: () => '/' as const,
	stylesheet: () => '/brand.css',
	exports: () => '/exports/' as const,
	exportFile: (file: string) => `/exports/${file}`,
	search: () => '/search/',
};

/** The home page: the trust center's overview, the handbook's dashboard. */
export const homeHref = () => withBase(SHARED_PATHS.home());
/** The brand stylesheet (src/pages/brand.css.ts). */
export const stylesheetHref = () => withBase(SHARED_PATHS.stylesheet());
/** The exports index. */
export const exportsHref = () => withBase(SHARED_PATHS.exports());
/** One export, by file name (`soa.csv`). */
export const exportFileHref = (file: string) => withBase(SHARED_PATHS.exportFile(file));
/** The search page. */
export const searchHref = () => withBase(SHARED_PATHS.search());
