/**
 * The text of a trust center page's preview image (`og:image:alt`), as the card shows it
 * (src/sites/trust/og/[...path].png.ts): organisation and site, then the card's title — the
 * tagline on the overview's card, the section's title on the others — and the certifications held.
 */
import { isHeld } from './certifications.ts';
import { cardOf, pageMeta, type PageMeta } from './pages.ts';
import type { AudienceView } from '../views/audience.ts';

export function ogImageAlt(view: AudienceView, page: PageMeta, siteTitle: string): string {
	const org = view.organization.data;
	const card = cardOf(page);
	const title = card === '/' ? org.tagline : pageMeta(view, card).title;
	const held = view.entries.certifications
		.filter((c) => isHeld(c.data.status))
		.map((c) => c.data.title);
	return `${org.name} · ${siteTitle}: ${title}${held.length > 0 ? ` (${held.join(', ')})` : ''}`;
}
