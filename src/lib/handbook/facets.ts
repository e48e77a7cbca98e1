/**
 * Filters of the AI system inventory that work without JavaScript: each value of each facet
 * gets its own pre-rendered page (/systems/tier/high-risk-annex-iii/). Each system appears on
 * one page per facet, so the filter pages grow linearly with the inventory; a value with
 * more systems than a page holds gets numbered pages after its first.
 */
import { EU_AI_ACT_TIERS } from '../reference/index.ts';
import { LIFECYCLE_STAGES, SUPPLIER_TYPES } from '../schemas/systems.ts';
import type { AudienceView, ViewEntry } from '../views/audience.ts';
import { euTitle, humanize, personName } from './format.ts';
import { paginate, type Paged } from './paging.ts';
import { systemFacetHref } from './routes.ts';

export const FACETS = ['tier', 'stage', 'supplier', 'owner'] as const;
export type Facet = (typeof FACETS)[number];

export const FACET_LABELS: Record<Facet, string> = {
	tier: 'EU AI Act tier',
	stage: 'Lifecycle stage',
	supplier: 'Supplier',
	owner: 'Owner',
};

export function facetValue(system: ViewEntry<'systems'>, facet: Facet): string | undefined {
	switch (facet) {
		case 'tier':
			return system.data.euAiAct.tier;
		case 'stage':
			return system.data.stage;
		case 'supplier':
			return system.data.supplier.type;
		case 'owner':
			return system.data.owner;
	}
}

/** The reference order of the facets that have one; other facets (owners) go by id. */
const FACET_ORDER = {
	tier: EU_AI_ACT_TIERS.map((t) => t.id),
	stage: LIFECYCLE_STAGES,
	supplier: SUPPLIER_TYPES,
} as const satisfies Partial<Record<Facet, readonly string[]>>;

/**
 * Each inventory's facet values, worked out once: every index and filter page shows the same
 * filter, and scanning 3,611 systems for each of about 190 pages was quadratic work.
 */
const valuesOf = new WeakMap<readonly ViewEntry<'systems'>[], Map<Facet, readonly string[]>>();

/** Values of a facet that at least one system has, in the reference order (owners by id). */
export function facetValues(systems: readonly ViewEntry<'systems'>[], facet: Facet): string[] {
	let byFacet = valuesOf.get(systems);
	if (!byFacet) valuesOf.set(systems, (byFacet = new Map()));
	let values = byFacet.get(facet);
	if (!values) {
		const present = new Set(
			systems.map((s) => facetValue(s, facet)).filter((v): v is string => v !== undefined),
		);
		const order: readonly string[] =
			(FACET_ORDER as Partial<Record<Facet, readonly string[]>>)[facet] ?? [...present].sort();
		byFacet.set(facet, (values = order.filter((value) => present.has(value))));
	}
	return [...values];
}

/** One pass over the inventory: facet → value → systems. */
export function groupByFacet(
	systems: readonly ViewEntry<'systems'>[],
): Map<Facet, Map<string, ViewEntry<'systems'>[]>> {
	const groups = new Map<Facet, Map<string, ViewEntry<'systems'>[]>>(
		FACETS.map((f) => [f, new Map()]),
	);
	for (const system of systems) {
		for (const facet of FACETS) {
			const value = facetValue(system, facet);
			if (value === undefined) continue;
			const byValue = groups.get(facet)!;
			const list = byValue.get(value);
			if (list) list.push(system);
			else byValue.set(value, [system]);
		}
	}
	return groups;
}

/** Label of one facet value, as the filter links and headings show it. */
export function facetLabel(view: AudienceView, facet: Facet, value: string): string {
	if (facet === 'tier') return euTitle(value);
	if (facet === 'owner') return personName(view, value);
	return humanize(value);
}

export type FacetPage = {
	facet: Facet;
	value: string;
	title: string;
	/** What the rows are, for captions and the pager: “AI systems: Minimal risk”. */
	label: string;
	/** Address of the value's first page. */
	base: string;
	paged: Paged<ViewEntry<'systems'>>;
};

/** Every page of every filter value, facets in FACETS order, values sorted, pages in order. */
export function facetPages(view: AudienceView): FacetPage[] {
	return [...groupByFacet(view.entries.systems)].flatMap(([facet, byValue]) =>
		[...byValue]
			.sort(([a], [b]) => a.localeCompare(b))
			.flatMap(([value, systems]) => {
				const label = facetLabel(view, facet, value);
				const title = `AI systems by ${FACET_LABELS[facet]}: ${label}`;
				return paginate(systems).map((paged) => ({
					facet,
					value,
					title,
					label: `AI systems: ${label}`,
					base: systemFacetHref(facet, value),
					paged,
				}));
			}),
	);
}
