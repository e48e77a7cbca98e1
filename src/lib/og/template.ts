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

/**
 * A title shortened at a word boundary, never mid-word (issue 13: the tagline was cut as
 * “…never deci…”), with an ellipsis when anything was dropped.
 */
export function fitTitle(title: string, max = 150): string {
	if (title.length <= max) return title;
	const cut = title.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * The font size at which a title fits the card's text box (1056 × about 330 px of Inter Bold,
 * about 0.56 em a character): 64 px up to three lines of short titles, down to 44 px for four
 * lines of a tagline. Sizes by character count, so the card never depends on measuring text.
 */
export function titleSize(title: string): number {
	const lines = (size: number) => Math.ceil(title.length / Math.floor(1056 / (size * 0.56)));
	for (const size of [64, 56, 50, 44])
		if (lines(size) * size * 1.15 <= 330 && lines(size) <= 4) return size;
	return 44;
}

export function ogCard(card: OgCard): OgNode {
	const badge = (text: string) =>
		h(
			'div',
			{
				padding: '10px 22px',
				borderRadius: 999,
				border: '3px solid #ffffff',
				color: '#ffffff',
				fontSize: 28,
				fontWeight: 700,
			},
			text,
		);
	return h(
		'div',
		{
			boxSizing: 'border-box',
			width: OG_WIDTH,
			height: OG_HEIGHT,
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: 72,
			backgroundColor: card.brand,
			color: '#ffffff',
			fontFamily: 'Inter',
		},
		h(
			'div',
			{ flexDirection: 'column' },
			h(
				'div',
				{ fontSize: 32, fontWeight: 700, opacity: 0.9 },
				`${card.organization} · ${card.siteTitle}`,
			),
			h('div', { width: 120, height: 8, marginTop: 24, backgroundColor: card.accent }),
		),
		h(
			'div',
			{ fontSize: titleSize(fitTitle(card.title)), fontWeight: 700, lineHeight: 1.15 },
			fitTitle(card.title),
		),
		h('div', { flexWrap: 'wrap', gap: 16 }, ...card.badges.map(badge)),
	);
}
