/**
 * What pages read: the current site and its audience view, sorted. Pages never filter by
 * audience themselves; the view has already done it.
 */
import { loadSiteView } from './content/astro-loader.ts';
import { currentSite } from './sites.ts';

export const site = currentSite();

export function siteView() {
	return loadSiteView(process.cwd(), undefined, { fresh: import.meta.env.DEV });
}
