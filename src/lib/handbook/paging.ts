/**
 * Paging of large index pages (issue 12): a collection's index and each of its filter pages
 * show at most PAGE_SIZE rows, with numbered static pages after the first, so every page
 * stays small (about 200 KB at most) however large the inventory, and works without JavaScript.
 */
export const PAGE_SIZE = 100;

export interface Paged<T> {
	/** 1-based page number. */
	page: number;
	pages: number;
	items: T[];
	/** Index of the first item of the page in the whole list, 0-based. */
	start: number;
	total: number;
}

/** Splits a list into pages; an empty list is one empty page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Paged<T>[] {
	const pages = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: pages }, (_, i) => ({
		page: i + 1,
		pages,
		items: items.slice(i * size, (i + 1) * size),
		start: i * size,
		total: items.length,
	}));
}

/**
 * Address of page `page` under `base` (which ends in a slash): the first page is the base
 * itself, later ones `<base>page/<n>/`, which cannot collide with an entry's `/systems/<id>/`.
 */
export function pageHref(base: string, page: number): string {
	return page === 1 ? base : `${base}page/${page}/`;
}
