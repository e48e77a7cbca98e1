/** The trust center's social preview card: organisation, page title, held certifications. */
import { h, type OgNode } from './h.ts';

export interface OgCard {
	organization: string;
	siteTitle: string;
	title: string;
	/** Titles of certifications held, for example “ISO 42001”. */
	badges: string[];
	/** Brand colours from the organisation entry. */
	brand: string;
	accent: string;
}

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Shortens long titles so they never overflow three lines at 64 px. */
export function fitTitle(title: string, max = 90): string {
	return title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`;
}

export function ogCard(card: OgCard): OgNode {
	const badge = (text: string) =>
		h('div', { padding: '10px 22px', borderRadius: 999, border: '3px solid #ffffff', color: '#ffffff', fontSize: 28, fontWeight: 700 }, text);
	return h(
		'div',
		{ boxSizing: 'border-box', width: OG_WIDTH, height: OG_HEIGHT, flexDirection: 'column', justifyContent: 'space-between', padding: 72, backgroundColor: card.brand, color: '#ffffff', fontFamily: 'Inter' },
		h('div', { flexDirection: 'column' },
			h('div', { fontSize: 32, fontWeight: 700, opacity: 0.9 }, `${card.organization} · ${card.siteTitle}`),
			h('div', { width: 120, height: 8, marginTop: 24, backgroundColor: card.accent }),
		),
		h('div', { fontSize: 64, fontWeight: 700, lineHeight: 1.15 }, fitTitle(card.title)),
		h('div', { flexWrap: 'wrap', gap: 16 }, ...card.badges.map(badge)),
	);
}
