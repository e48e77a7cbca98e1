/**
 * The on-page contents of a long page: its h2 and h3 headings, in page order. Short pages get
 * none (a list of one or two links is noise), as in Starlight's “On this page”.
 */
export interface TocHeading {
	/** Fragment id of the heading, without `#`. */
	slug: string;
	text: string;
	/** 2 or 3; deeper headings are left out. */
	depth: number;
}

/** Fewer headings than this and the page shows no contents. */
export const TOC_MIN_HEADINGS = 3;

/** Keeps h2 and h3, drops an h3 that comes before any h2 (it would nest under nothing). */
export function tocOf(headings: readonly TocHeading[]): TocHeading[] {
	const kept: TocHeading[] = [];
	for (const heading of headings) {
		if (heading.depth === 2 || (heading.depth === 3 && kept.length > 0)) kept.push(heading);
	}
	return kept.length >= TOC_MIN_HEADINGS ? kept : [];
}
