/**
 * What falls due, and when: every dated review and open action in the handbook's view, with
 * its owner, bucketed as overdue or due within 30, 60 or 90 days of the build's date. The
 * dates and exclusions are those of the freshness rule (src/lib/rules/freshness.ts): a retired
 * policy or a closed risk has no review due; a done or cancelled action is not open.
 */
import { daysBetween } from '../rules/context.ts';
import type { AudienceView, ViewEntry } from '../views/audience.ts';

export type DueKind = 'review' | 'action' | 'training';

export interface DueItem {
	entry: ViewEntry;
	kind: DueKind;
	/** What is due, in a few words: “Policy review”, or the action's own text. */
	what: string;
	due: string;
	/** Person id; undefined when the content names none. */
	owner: string | undefined;
	/** Finding number, for a corrective action of an audit finding: the link goes to its row. */
	finding?: string;
}

export const HORIZONS = [30, 60, 90] as const;
export type Bucket = 'overdue' | `within-${(typeof HORIZONS)[number]}`;
export const BUCKETS: readonly Bucket[] = ['overdue', 'within-30', 'within-60', 'within-90'];
export const BUCKET_LABELS: Record<Bucket, string> = {
	overdue: 'Overdue',
	'within-30': 'Next 30 days',
	'within-60': 'In 31–60 days',
	'within-90': 'In 61–90 days',
};

const OPEN = new Set(['open', 'in-progress']);

interface Action {
	action: string;
	owner: string;
	due: string;
	status: string;
}

/** Every dated review and open action, in no particular order. */
export function dueItems(view: AudienceView): DueItem[] {
	const e = view.entries;
	const review = (
		entry: ViewEntry,
		due: string | undefined,
		what: string,
		owner: string | undefined,
	): DueItem[] => (due ? [{ entry, kind: 'review', what, due, owner }] : []);
	const actions = (entry: ViewEntry, list: readonly Action[]): DueItem[] =>
		list
			.filter((a) => OPEN.has(a.status))
			.map((a) => ({ entry, kind: 'action', what: a.action, due: a.due, owner: a.owner }));
	const soa = view.organization.data.soa;
	return [
		...(soa
			? review(view.organization, soa.nextReview, 'Statement of Applicability review', soa.owner)
			: []),
		...e.policies.flatMap((p) =>
			p.data.status === 'retired'
				? []
				: review(p, p.data.nextReview, 'Policy review', p.data.owner),
		),
		...e.risks.flatMap((r) => [
			...(r.data.status === 'closed'
				? []
				: review(r, r.data.nextReview, 'Risk review', r.data.owner)),
			...actions(r, r.data.actions),
		]),
		...e.controls.flatMap((c) => review(c, c.data.nextReview, 'Control review', c.data.owner)),
		...e.systems.flatMap((s) =>
			s.data.stage === 'retired' ? [] : review(s, s.data.nextReview, 'System review', s.data.owner),
		),
		...e['impact-assessments'].flatMap((a) =>
			a.data.status === 'superseded'
				? []
				: review(a, a.data.nextReview, 'Reassessment', a.data.assessor),
		),
		...e.audits.flatMap((a) =>
			a.data.findings.flatMap((f) =>
				f.correctiveAction
					? actions(a, [f.correctiveAction]).map((item) => ({ ...item, finding: f.id }))
					: [],
			),
		),
		...e.incidents.flatMap((i) => actions(i, i.data.correctiveActions)),
		...e.trainings.flatMap((t) =>
			t.data.completed < t.data.assigned
				? [
						{
							entry: t,
							kind: 'training' as const,
							what: 'Training cycle to complete',
							due: t.data.due,
							owner: t.data.owner,
						},
					]
				: [],
		),
	];
}

/** The bucket of a due date as of `asOf`, or undefined when it is more than 90 days away. */
export function bucketOf(due: string, asOf: string): Bucket | undefined {
	const days = daysBetween(asOf, due);
	if (days < 0) return 'overdue';
	const horizon = HORIZONS.find((h) => days <= h);
	return horizon ? `within-${horizon}` : undefined;
}

export interface OwnerDue {
	owner: string | undefined;
	items: (DueItem & { bucket: Bucket; days: number })[];
	counts: Record<Bucket, number>;
}

/**
 * Items due within 90 days or overdue, grouped by owner (owners by name order is the page's
 * business; here by id, unowned last), each owner's items by date then entry.
 */
export function dueByOwner(items: readonly DueItem[], asOf: string): OwnerDue[] {
	const groups = new Map<string, OwnerDue>();
	for (const item of items) {
		const bucket = bucketOf(item.due, asOf);
		if (!bucket) continue;
		const key = item.owner ?? '';
		let group = groups.get(key);
		if (!group)
			groups.set(
				key,
				(group = {
					owner: item.owner,
					items: [],
					counts: { overdue: 0, 'within-30': 0, 'within-60': 0, 'within-90': 0 },
				}),
			);
		group.items.push({ ...item, bucket, days: daysBetween(asOf, item.due) });
		group.counts[bucket]++;
	}
	for (const group of groups.values())
		group.items.sort(
			(a, b) =>
				a.due.localeCompare(b.due) ||
				a.entry.collection.localeCompare(b.entry.collection) ||
				a.entry.id.localeCompare(b.entry.id) ||
				a.what.localeCompare(b.what),
		);
	return [...groups.values()].sort(byOwner((owner) => owner));
}

/** Groups by owner, named by `name`; the group nobody owns last. */
export function byOwner(
	name: (owner: string) => string,
): (a: { owner?: string | undefined }, b: { owner?: string | undefined }) => number {
	return (a, b) => {
		if (a.owner === undefined || b.owner === undefined)
			return Number(a.owner === undefined) - Number(b.owner === undefined);
		return name(a.owner).localeCompare(name(b.owner));
	};
}
