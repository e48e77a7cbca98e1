/**
 * What the NDA tier adds: on the private trust center, entries whose own audience is private
 * are marked, and the overview counts them, so a buyer sees what signing the NDA bought.
 */
import type { AudienceView, ViewEntry } from '../views/audience.ts';

/** Whether this entry is on this site only because the reader is under NDA. */
export function isNdaOnly(view: Pick<AudienceView, 'audience'>, entry: Pick<ViewEntry, 'data'>): boolean {
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
	return [
		{ label: 'Statement of Applicability lines', count: count(controls), href: '/controls/' },
		{ label: 'controls with implementation detail', count: detailed, href: '/controls/' },
		{ label: 'documents to download', count: count(documents), href: '/documents/' },
		{ label: 'questionnaire answers', count: count(answers), href: '/answers/' },
		{ label: 'AI systems', count: count(systems), href: '/ai-systems/' },
		{ label: 'policies', count: count(policies), href: '/policies/' },
		{ label: 'updates', count: count(updates), href: '/updates/' },
	].filter((a) => a.count > 0);
}
