/**
 * The rows of the AI system inventory as data, for /systems/index.json: what the in-page filter
 * reads to filter and page through every system with JavaScript, whatever the size of the
 * inventory, while the HTML pages stay small. Labels are resolved here, so the browser script
 * holds no reference data.
 */
import { FACETS, facetValue, type Facet } from './facets.ts';
import { euTitle, humanize, personName } from './format.ts';
import type { AudienceView } from '../views/audience.ts';

export interface SystemRow {
	id: string;
	title: string;
	/** Facet values, as in the filter pages' addresses. */
	facets: Partial<Record<Facet, string>>;
	tier: string;
	stage: string;
	supplier: string;
	owner: string;
	/** Person id of the owner, for the link. */
	ownerId: string | undefined;
	risk: string;
	nextReview: string;
}

export function systemRows(view: AudienceView): SystemRow[] {
	return view.entries.systems.map((s) => {
		const d = s.data;
		const facets: Partial<Record<Facet, string>> = {};
		for (const facet of FACETS) {
			const value = facetValue(s, facet);
			if (value !== undefined) facets[facet] = value;
		}
		return {
			id: s.id,
			title: d.title,
			facets,
			tier: `${euTitle(d.euAiAct.tier)}${d.euAiAct.annexIIIPoint ? ` (${d.euAiAct.annexIIIPoint})` : ''}`,
			stage: humanize(d.stage),
			supplier: `${humanize(d.supplier.type)}${d.supplier.vendor ? `: ${d.supplier.vendor}` : ''}`,
			owner: personName(view, d.owner),
			ownerId: d.owner,
			risk: d.riskLevel ? humanize(d.riskLevel) : '—',
			nextReview: d.nextReview ?? '—',
		};
	});
}
