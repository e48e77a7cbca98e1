/**
 * The handbook's search filters: the names HandbookLayout writes as `data-pagefind-filter`, and
 * how /search/ labels them. Shared by the search page and its browser script, so it imports nothing: the
 * browser bundle stays small.
 */

/** Search filters offered on /search/, in this order. */
export const SEARCH_FILTERS = ['type', 'status', 'tier', 'owner'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export const FILTER_NAMES: Record<SearchFilter, string> = {
	type: 'Page type',
	status: 'Status',
	tier: 'EU AI Act tier',
	owner: 'Owner',
};
