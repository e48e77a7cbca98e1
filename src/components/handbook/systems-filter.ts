/** In-page filtering of the inventory table by the facet selects; the table stays intact without JS. */
export function filterSystems(doc: Document): void {
	const form = doc.querySelector<HTMLFormElement>('[data-system-filter]');
	const table = doc.querySelector<HTMLTableElement>('[data-systems-table]');
	const status = doc.querySelector<HTMLElement>('[data-system-filter-status]');
	if (!form || !table || !status) return;
	form.hidden = false;
	const rows = [...table.tBodies[0]!.rows];
	const apply = () => {
		const chosen = [...form.querySelectorAll('select')].filter((s) => s.value !== '');
		let shown = 0;
		for (const row of rows) {
			const match = chosen.every((select) => row.dataset[select.name] === select.value);
			row.hidden = !match;
			if (match) shown++;
		}
		status.textContent = chosen.length ? `Showing ${shown} of ${rows.length} AI systems.` : '';
	};
	form.addEventListener('change', apply);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		apply();
	});
}
