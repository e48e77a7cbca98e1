/**
 * The inventory filter with JavaScript: the filter links of SystemFilters.astro combine into
 * `?tier=…&stage=…` in the address (one value per facet; a second click on a chosen value
 * removes it), and the table is rebuilt from /systems/index.json with every matching system,
 * a page of rows at a time. Without JavaScript the links simply open the static filter pages.
 */
import { personHref, systemHref, systemsDataHref, systemsHref } from '../../lib/handbook/routes.ts';
import type { SystemRow } from '../../lib/handbook/systems-index.ts';
import { sitePath } from '../../lib/routes.ts';

const FACET_NAMES = ['tier', 'stage', 'supplier', 'owner'] as const;
const PAGE_SIZE = 100;

/** The facet values chosen in an address, in facet order; unknown parameters are ignored. */
export function chosenFacets(search: string): [string, string][] {
	const params = new URLSearchParams(search);
	return FACET_NAMES.flatMap((facet) => {
		const value = params.get(facet);
		return value ? [[facet, value] as [string, string]] : [];
	});
}

/** Rows matching every chosen facet. */
export function matching(
	rows: readonly SystemRow[],
	chosen: readonly [string, string][],
): SystemRow[] {
	return rows.filter((row) =>
		chosen.every(
			([facet, value]) => (row.facets as Record<string, string | undefined>)[facet] === value,
		),
	);
}

function cell(doc: Document, tag: 'td' | 'th', content: string | Node): HTMLElement {
	const el = doc.createElement(tag);
	if (tag === 'th') el.setAttribute('scope', 'row');
	el.append(content);
	return el;
}

function link(doc: Document, href: string, text: string): HTMLAnchorElement {
	const a = doc.createElement('a');
	a.href = href;
	a.textContent = text;
	return a;
}

function rowOf(doc: Document, row: SystemRow): HTMLTableRowElement {
	const tr = doc.createElement('tr');
	tr.dataset.system = row.id;
	tr.append(
		cell(doc, 'th', link(doc, systemHref(row.id), row.title)),
		cell(doc, 'td', row.tier),
		cell(doc, 'td', row.stage),
		cell(doc, 'td', row.supplier),
		cell(doc, 'td', row.ownerId ? link(doc, personHref(row.ownerId), row.owner) : row.owner),
		cell(doc, 'td', row.risk),
		cell(doc, 'td', row.nextReview),
	);
	return tr;
}

export async function filterSystems(doc: Document): Promise<void> {
	const nav = doc.querySelector<HTMLElement>('[data-system-filter]');
	const table = doc.querySelector<HTMLTableElement>('[data-systems-table]');
	const status = doc.querySelector<HTMLElement>('[data-system-filter-status]');
	if (!nav || !table || !status || !table.tBodies[0]) return;
	const body = table.tBodies[0];
	const caption = table.querySelector('[data-systems-caption]');
	const pager = doc.querySelector<HTMLElement>('[data-systems-pager]');
	let rows: SystemRow[];
	try {
		const response = await fetch(systemsDataHref());
		if (!response.ok) throw new Error(String(response.status));
		rows = (await response.json()) as SystemRow[];
	} catch {
		return; // The links still work: the static filter pages are there.
	}
	const more = doc.createElement('button');
	more.type = 'button';
	more.className = 'hb-secondary';
	more.hidden = true;
	table.closest('.table-wrap')?.after(more);
	let found: SystemRow[] = [];
	let shown = 0;

	const showMore = () => {
		const next = found.slice(shown, shown + PAGE_SIZE);
		body.append(...next.map((row) => rowOf(doc, row)));
		shown += next.length;
		more.hidden = shown >= found.length;
		more.textContent = `Show ${Math.min(PAGE_SIZE, found.length - shown)} more AI systems`;
	};
	const apply = () => {
		const chosen = chosenFacets(location.search);
		for (const a of nav.querySelectorAll<HTMLAnchorElement>('a[data-facet]')) {
			const on = chosen.some(
				([facet, value]) => a.dataset.facet === facet && a.dataset.value === value,
			);
			if (on) a.setAttribute('aria-current', 'true');
			else a.removeAttribute('aria-current');
		}
		found = matching(rows, chosen);
		shown = 0;
		body.replaceChildren();
		showMore();
		if (pager) pager.hidden = true;
		const words = chosen.map(
			([facet, value]) =>
				nav
					.querySelector(`a[data-facet="${facet}"][data-value="${CSS.escape(value)}"]`)
					?.textContent?.trim() ?? value,
		);
		if (caption)
			caption.textContent = `${found.length} AI systems${words.length ? `: ${words.join(', ')}` : ''}`;
		status.textContent = chosen.length
			? `Showing ${found.length} of ${rows.length} AI systems.`
			: '';
	};
	// On a static filter page its own value is where a combination starts; the combination
	// itself is shown on /systems/, whose heading does not name a single value.
	const page = /^\/systems\/(tier|stage|supplier|owner)\/([^/]+)\//.exec(
		sitePath(location.pathname),
	);
	nav.addEventListener('click', (event) => {
		const a = (event.target as Element | null)?.closest<HTMLAnchorElement>('a');
		if (!a || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
		event.preventDefault();
		const params = new URLSearchParams(
			page ? { [page[1]!]: decodeURIComponent(page[2]!) } : location.search,
		);
		if (a.hasAttribute('data-filter-clear')) for (const facet of FACET_NAMES) params.delete(facet);
		else if (a.dataset.facet && a.dataset.value) {
			if (params.get(a.dataset.facet) === a.dataset.value) params.delete(a.dataset.facet);
			else params.set(a.dataset.facet, a.dataset.value);
		}
		const target = `${systemsHref()}${params.size ? `?${params}` : ''}`;
		if (page) {
			location.assign(target);
			return;
		}
		history.pushState(null, '', target);
		apply();
	});
	more.addEventListener('click', showMore);
	if (page) return;
	window.addEventListener('popstate', apply);
	if (chosenFacets(location.search).length > 0 || rows.length > body.rows.length) apply();
}
