/**
 * Browser side of handbook search, over Pagefind's JavaScript API (every bundle of the
 * handbook's index, merged by src/lib/search/browser.ts). Loaded only through Astro <script>
 * tags, which are bundled to files, so a `script-src 'self'` policy allows it.
 *
 * The query and the chosen filters live in the address (?q=…&type=Risk&tier=…), so a search
 * can be bookmarked, shared and reloaded; every result is reachable with “Show more results”;
 * filter counts are those of the current query, as a docs site's facets are.
 */

import { loadPagefind } from '../../lib/search/browser.ts';
import {
	FILTER_NAMES,
	SEARCH_FILTERS,
	type SearchFilter,
} from '../../lib/handbook/search-filters.ts';

interface PagefindResult {
	data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
type Counts = Record<string, Record<string, number>>;
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	filters(): Promise<Counts>;
	search(
		term: string | null,
		options?: { filters?: Record<string, string[]> },
	): Promise<{ results: PagefindResult[]; filters: Counts; totalFilters: Counts }>;
}

export const PAGE_SIZE = 20;

/** “/” focuses the search box, unless the reader is typing somewhere already. */
export function focusOnSlash(doc: Document): void {
	doc.addEventListener('keydown', (event) => {
		if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
		const target = event.target as HTMLElement | null;
		if (
			target &&
			(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
		)
			return;
		const input = doc.getElementById('search-q') ?? doc.getElementById('hb-q');
		if (input instanceof HTMLInputElement) {
			event.preventDefault();
			input.focus();
			input.select();
		}
	});
}

let loaded: Promise<Pagefind> | undefined;
function pagefind(): Promise<Pagefind> {
	loaded ??= loadPagefind<Pagefind>().then(async (module) => {
		await module.options({ excerptLength: 24 });
		return module;
	});
	return loaded;
}

/** Pagefind excerpts are escaped text with <mark> around hits; keep exactly that and nothing else. */
function excerptNodes(doc: Document, excerpt: string): Node[] {
	const template = doc.createElement('template');
	template.innerHTML = excerpt;
	return [...template.content.childNodes].map((node) => {
		if (node.nodeName === 'MARK') {
			const mark = doc.createElement('mark');
			mark.textContent = node.textContent;
			return mark;
		}
		return doc.createTextNode(node.textContent ?? '');
	});
}

/** Human label of a filter value: tier titles come from the page (reference data), statuses are humanised. */
function valueLabel(
	labels: Record<string, Record<string, string>>,
	name: SearchFilter,
	value: string,
): string {
	const known = labels[name]?.[value];
	if (known) return known;
	if (name === 'status') return (value.charAt(0).toUpperCase() + value.slice(1)).replace(/-/g, ' ');
	return value;
}

function chosenFilters(filterBox: HTMLElement): Record<string, string[]> {
	const filters: Record<string, string[]> = {};
	for (const box of filterBox.querySelectorAll<HTMLInputElement>('input:checked'))
		(filters[box.name] ??= []).push(box.value);
	return filters;
}

/** The /search/ page: query and filters from the address, facets with counts, results shown a page at a time. */
export async function searchPage(doc: Document): Promise<void> {
	const form = doc.querySelector<HTMLFormElement>('[data-search-page]');
	const input = doc.getElementById('search-q');
	const filterBox = doc.querySelector<HTMLElement>('[data-search-filters]');
	const status = doc.querySelector<HTMLElement>('[data-search-status]');
	const list = doc.querySelector<HTMLOListElement>('[data-search-results]');
	const more = doc.querySelector<HTMLButtonElement>('[data-search-more]');
	if (!form || !(input instanceof HTMLInputElement) || !filterBox || !status || !list || !more)
		return;
	doc.querySelector('[data-search-nojs]')?.remove();
	// Filters beside the results on a wide screen, a closed “Filters” above them on a phone.
	const facets = doc.querySelector<HTMLDetailsElement>('[data-search-facets]');
	if (facets) {
		facets.hidden = false;
		facets.open = window.matchMedia('(min-width: 60rem)').matches;
	}
	const labels = JSON.parse(filterBox.dataset.labels ?? '{}') as Record<
		string,
		Record<string, string>
	>;
	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';

	let engine: Pagefind;
	try {
		engine = await pagefind();
	} catch {
		status.textContent = 'Search could not be loaded. Browse by area from the menu instead.';
		return;
	}
	// One fieldset per filter, one checkbox per value in the whole index; counts follow the query.
	const available = await engine.filters();
	const countSpans = new Map<string, HTMLElement>();
	for (const name of SEARCH_FILTERS) {
		const values = Object.keys(available[name] ?? {}).sort((a, b) =>
			valueLabel(labels, name, a).localeCompare(valueLabel(labels, name, b)),
		);
		if (values.length === 0) continue;
		const fieldset = doc.createElement('fieldset');
		const legend = doc.createElement('legend');
		legend.textContent = FILTER_NAMES[name];
		fieldset.append(legend);
		for (const value of values) {
			const label = doc.createElement('label');
			const box = doc.createElement('input');
			box.type = 'checkbox';
			box.name = name;
			box.value = value;
			box.checked = params.getAll(name).includes(value);
			const count = doc.createElement('span');
			count.className = 'hb-count';
			countSpans.set(`${name}\0${value}`, count);
			label.append(box, ` ${valueLabel(labels, name, value)} `, count);
			fieldset.append(label);
		}
		filterBox.append(fieldset);
	}

	let run = 0;
	let results: PagefindResult[] = [];
	let shown = 0;
	const render = (item: Awaited<ReturnType<PagefindResult['data']>>) => {
		const li = doc.createElement('li');
		const type = doc.createElement('span');
		type.className = 'hb-badge';
		type.textContent = item.meta.type ?? 'Page';
		const link = doc.createElement('a');
		link.href = item.url;
		link.textContent = item.meta.title ?? item.url;
		const excerpt = doc.createElement('p');
		excerpt.append(...excerptNodes(doc, item.excerpt));
		li.append(type, ' ', link, excerpt);
		return li;
	};
	const describe = () => {
		const total = results.length;
		status.textContent =
			total === 0
				? 'No results.'
				: `${total} result${total === 1 ? '' : 's'}, showing ${shown === total ? 'all' : `1–${shown}`}.`;
		more.hidden = shown >= total;
		more.textContent = `Show ${Math.min(PAGE_SIZE, total - shown)} more results`;
	};
	const showMore = async (current: number) => {
		const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
		if (current !== run) return;
		const first = list.children.length;
		list.append(...next.map(render));
		shown += next.length;
		describe();
		// Keyboard and screen-reader users continue at the first new result.
		if (first > 0) list.children[first]?.querySelector('a')?.focus();
	};
	const update = async () => {
		const current = ++run;
		const filters = chosenFilters(filterBox);
		const term = input.value.trim();
		const query = new URLSearchParams(term ? { q: term } : {});
		for (const [name, values] of Object.entries(filters))
			for (const value of values) query.append(name, value);
		history.replaceState(null, '', `${location.pathname}${query.size ? `?${query}` : ''}`);
		if (!term && Object.keys(filters).length === 0) {
			list.replaceChildren();
			results = [];
			more.hidden = true;
			for (const [key, span] of countSpans) {
				span.textContent = `(${available[key.split('\0')[0]!]?.[key.split('\0')[1]!] ?? 0})`;
				(span.parentElement as HTMLElement).hidden = false;
			}
			status.textContent = 'Type a word to search, or choose a filter.';
			return;
		}
		const found = await engine.search(term || null, { filters });
		if (current !== run) return;
		for (const [key, span] of countSpans) {
			const [name, value] = key.split('\0') as [string, string];
			const n = found.filters[name]?.[value] ?? 0;
			span.textContent = `(${n})`;
			// Values the query cannot reach are hidden, unless chosen (so they can be unchosen).
			const label = span.parentElement as HTMLElement;
			label.hidden = n === 0 && !(label.querySelector('input') as HTMLInputElement).checked;
		}
		results = found.results;
		shown = 0;
		list.replaceChildren();
		await showMore(current);
	};
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void update();
	});
	more.addEventListener('click', () => void showMore(run));
	input.addEventListener('input', () => void update());
	filterBox.addEventListener('change', () => void update());
	await update();
}
