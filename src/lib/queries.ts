/**
 * What pages read: the current site and its audience view, sorted. Pages never filter by
 * audience themselves; the view has already done it. Trust pages read `trustView()` and
 * handbook pages `handbookView()`, whose types leave out the fields their readers may not see.
 */
import { asOfOf, loadSiteView } from './site-view.ts';
import { currentSite } from './sites.ts';
import type { AudienceView, TrustAudience } from './views/audience.ts';

export const site = currentSite();

/** The current site's view, typed for any audience: for code every site shares. */
export function siteView(): Promise<AudienceView> {
	return loadSiteView(process.cwd(), undefined, { watch: import.meta.env.DEV });
}

/** The date the site's content was checked as of: what pages say they are “as of”. */
export async function siteAsOf(): Promise<string> {
	return asOfOf(await siteView());
}

/** The trust center's view (public or private). */
export async function trustView(): Promise<AudienceView<TrustAudience>> {
	if (site.kind !== 'trust')
		throw new Error(`trustView() is for trust center pages; this build is the ${site.name} site`);
	// The loader built this view for the site's audience, which a trust site's kind fixes.
	return (await siteView()) as AudienceView<TrustAudience>;
}

/** The handbook's view: everything. */
export async function handbookView(): Promise<AudienceView<'internal'>> {
	if (site.kind !== 'handbook')
		throw new Error(`handbookView() is for handbook pages; this build is the ${site.name} site`);
	return (await siteView()) as AudienceView<'internal'>;
}
