/**
 * Browser side of handbook search, over Pagefind's JavaScript API (every bundle of the
 * handbook's index, merged by src/lib/search/browser.ts). Loaded only through Astro <script>
 * tags, which are bundled to files, so a `script-src 'self'` policy allows it.
 */

import { loadPagefind } from '../../lib/search/browser.ts';

interface PagefindResult {
	data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(term: string | null, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] }>;
}

/** Search filters offered on /search/, in this order. */
export const FILTERS = ['type', 'status', 'tier', 'owner'] as const;
const PAGE_SIZE = 20;

/** “/” focuses the search box, unless the reader is typing somewhere already. */
export function focusOnSlash(doc: Document): void {
	doc.addEventListener('keydown', (event) => {
		if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
		const target = event.target as HTMLElement | null;
		if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
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

/** The /search/ page: query from ?q=, filters as checkboxes, results with their page type. */
export async function searchPage(doc: Document): Promise<void> {
	const form = doc.querySelector<HTMLFormElement>('[data-search-page]');
	const input = doc.getElementById('search-q');
	const filterBox = doc.querySelector<HTMLElement>('[data-search-filters]');
	const status = doc.querySelector<HTMLElement>('[data-search-status]');
	const list = doc.querySelector<HTMLOListElement>('[data-search-results]');
	if (!form || !(input instanceof HTMLInputElement) || !filterBox || !status || !list) return;
	doc.querySelector('[data-search-nojs]')?.remove();
	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';

	let engine: Pagefind;
	try {
		engine = await pagefind();
	} catch {
		status.textContent = 'Search could not be loaded. Browse by area from the menu instead.';
		return;
	}
	const available = await engine.filters();
	for (const name of FILTERS) {
		const values = Object.keys(available[name] ?? {}).sort();
		if (values.length === 0) continue;
		const fieldset = doc.createElement('fieldset');
		const legend = doc.createElement('legend');
		legend.textContent = name.charAt(0).toUpperCase() + name.slice(1);
		fieldset.append(legend);
		for (const value of values) {
			const label = doc.createElement('label');
			const box = doc.createElement('input');
			box.type = 'checkbox';
			box.name = name;
			box.value = value;
			box.checked = params.getAll(name).includes(value);
			label.append(box, ` ${value} (${available[name]![value]})`);
			fieldset.append(label);
		}
		filterBox.append(fieldset);
	}

	let run = 0;
	const update = async () => {
		const current = ++run;
		const filters: Record<string, string[]> = {};
		for (const box of filterBox.querySelectorAll<HTMLInputElement>('input:checked')) (filters[box.name] ??= []).push(box.value);
		const term = input.value.trim();
		const query = new URLSearchParams(term ? { q: term } : {});
		for (const [name, values] of Object.entries(filters)) for (const value of values) query.append(name, value);
		history.replaceState(null, '', `${location.pathname}${query.size ? `?${query}` : ''}`);
		if (!term && Object.keys(filters).length === 0) {
			list.replaceChildren();
			status.textContent = 'Type a word to search, or choose a filter.';
			return;
		}
		const found = await engine.search(term || null, { filters });
		const page = await Promise.all(found.results.slice(0, PAGE_SIZE).map((r) => r.data()));
		if (current !== run) return;
		list.replaceChildren(
			...page.map((result) => {
				const item = doc.createElement('li');
				const type = doc.createElement('span');
				type.className = 'hb-badge';
				type.textContent = result.meta.type ?? 'Page';
				const link = doc.createElement('a');
				link.href = result.url;
				link.textContent = result.meta.title ?? result.url;
				const excerpt = doc.createElement('p');
				excerpt.append(...excerptNodes(doc, result.excerpt));
				item.append(type, ' ', link, excerpt);
				return item;
			}),
		);
		const shown = found.results.length > PAGE_SIZE ? `, showing the first ${PAGE_SIZE}` : '';
		status.textContent = `${found.results.length} result${found.results.length === 1 ? '' : 's'}${shown}.`;
	};
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void update();
	});
	input.addEventListener('input', () => void update());
	filterBox.addEventListener('change', () => void update());
	await update();
}
