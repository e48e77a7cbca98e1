/** How the handbook words identifiers: enum values, tiers, people, requirements. */
import {
	EU_AI_ACT_TIERS,
	GPAI_CLASSES,
	OPERATOR_ROLES,
	TRANSPARENCY_OBLIGATIONS,
} from '../reference/index.ts';
import type { AudienceView } from '../views/audience.ts';

/** `high-risk`, `in-progress` → “high risk”, “in progress”. */
export function humanize(value: string): string {
	const text = value.replace(/-/g, ' ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

const titles = new Map<string, string>(
	[...EU_AI_ACT_TIERS, ...GPAI_CLASSES, ...OPERATOR_ROLES, ...TRANSPARENCY_OBLIGATIONS].map(
		(item) => [item.id, item.title],
	),
);

/** Title of an EU AI Act reference id (tier, GPAI class, role, transparency duty), or the id humanised. */
export function euTitle(id: string): string {
	return titles.get(id) ?? humanize(id);
}

export { requirementLabel } from '../reference/index.ts';

const names = new WeakMap<AudienceView, Map<string, string>>();

/** A person's name by id, falling back to the id (the view always resolves, the rules saw to it). */
export function personName(view: AudienceView, id: string | undefined): string {
	if (!id) return '—';
	let map = names.get(view);
	if (!map) names.set(view, (map = new Map(view.entries.people.map((p) => [p.id, p.data.name]))));
	return map.get(id) ?? id;
}

/** Sorted unique values. */
export function unique(values: Iterable<string | undefined>): string[] {
	return [...new Set([...values].filter((v): v is string => v !== undefined))].sort();
}

/**
 * Evidence `link` is a URL or a path in the organisation's repository. Only a URL is a link; a
 * repository path printed as a relative href would resolve against the handbook page and 404.
 */
export function externalUrl(link: string): string | undefined {
	return /^https?:\/\//i.test(link) ? link : undefined;
}
