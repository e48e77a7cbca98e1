/**
 * What the NDA tier adds: on the private trust center, entries whose own audience is private
 * are marked, and the overview counts them, so a buyer sees what signing the NDA bought.
 */
import type { AudienceView, ViewEntry } from '../views/audience.ts';
import {
	answersHref,
	controlsHref,
	documentsHref,
	policiesHref,
	systemsHref,
	updatesHref,
} from './routes.ts';

/** Whether this entry is on this site only because the reader is under NDA. */
export function isNdaOnly(
	view: Pick<AudienceView, 'audience'>,
	entry: Pick<ViewEntry, 'data'>,
): boolean {
	return view.audience === 'private' && (entry.data as { audience: string }).audience === 'private';
}

export interface NdaAddition {
	label: string;
	count: number;
	href: string;
}

/** Private-only entries of the view, by collection, in a fixed order; empty on the public site. */
export function ndaAdditions(view: AudienceView): NdaAddition[] {
	if (view.audience !== 'private') return [];
	const count = (list: readonly ViewEntry[]) => list.filter((e) => isNdaOnly(view, e)).length;
	const { controls, documents, answers, systems, policies, updates } = view.entries;
	const detailed = controls.filter((c) => c.data.implementation).length;
	const rows: [string, string, number, string][] = [
		[
			'Statement of Applicability line',
			'Statement of Applicability lines',
			count(controls),
			controlsHref(),
		],
		[
			'control with implementation detail',
			'controls with implementation detail',
			detailed,
			controlsHref(),
		],
		['document to download', 'documents to download', count(documents), documentsHref()],
		['questionnaire answer', 'questionnaire answers', count(answers), answersHref()],
		['AI system', 'AI systems', count(systems), systemsHref()],
		['policy', 'policies', count(policies), policiesHref()],
		['update', 'updates', count(updates), updatesHref()],
	];
	return rows
		.map(([one, many, n, href]) => ({ label: n === 1 ? one : many, count: n, href }))
		.filter((a) => a.count > 0);
}
