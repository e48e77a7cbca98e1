/**
 * Every link between entries, both ways, built once per view: a system page lists the risks,
 * controls, assessments, datasets and incidents that point at it *and* those it points at.
 * Built in one pass over the content, so 10,000 system pages cost 10,000 look-ups, not
 * 10,000 scans of the register.
 */
import { isAnnexA } from '../reference/index.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { findReferences } from '../schemas/walk.ts';
import type { AudienceView, ViewEntry } from '../views/audience.ts';

/** One reference: `from` names `to` in its field `field` (top-level key, such as `owner` or `actions`). */
export interface Link {
	from: ViewEntry;
	to: ViewEntry;
	field: string;
}

export interface Links {
	/** Entries of `collection` linked with the entry either way, sorted by id, without duplicates. */
	related<C extends CollectionName>(
		entry: { collection: CollectionName; id: string },
		collection: C,
	): ViewEntry<C>[];
	/** References that point at the entry. */
	incoming(entry: { collection: CollectionName; id: string }): readonly Link[];
	/** The SoA line (controls entry) for a requirement id such as `A.6.2.4` or `6.1.3`. */
	controlFor(requirement: string): ViewEntry<'controls'> | undefined;
	/** An entry by collection and id, without scanning the collection. */
	get<C extends CollectionName>(collection: C, id: string): ViewEntry<C> | undefined;
}

/** Fields that name a requirement (an enum, not a `refTo`), and so point at its SoA line. */
function requirementsOf(entry: ViewEntry): { field: string; requirement: string }[] {
	const data = entry.data as Record<string, unknown>;
	const list = (field: string) =>
		Array.isArray(data[field])
			? (data[field] as string[]).map((requirement) => ({ field, requirement }))
			: [];
	switch (entry.collection) {
		case 'systems':
		case 'risks':
			return list('controls');
		case 'policies':
			return [...list('controls'), ...list('clauses')];
		case 'trainings':
			return list('clauses');
		case 'audits':
			return (data.findings as { requirement?: string }[]).flatMap((f) =>
				f.requirement ? [{ field: 'findings', requirement: f.requirement }] : [],
			);
		default:
			return [];
	}
}

function push<T>(map: Map<string, T[]>, at: string, item: T): void {
	const list = map.get(at);
	if (list) list.push(item);
	else map.set(at, [item]);
}

/** Annex A's group on assessing the impacts of AI systems. */
const IMPACT_GROUP = 'A.5.';

const key = (entry: { collection: string; id: string }) => `${entry.collection}/${entry.id}`;
const built = new WeakMap<AudienceView, Links>();

export function links(view: AudienceView): Links {
	const cached = built.get(view);
	if (cached) return cached;
	const byKey = new Map<string, ViewEntry>();
	const byRequirement = new Map<string, ViewEntry<'controls'>>();
	for (const list of Object.values(view.entries) as ViewEntry[][])
		for (const entry of list) byKey.set(key(entry), entry);
	for (const control of view.entries.controls) byRequirement.set(control.data.requirement, control);

	const outgoing = new Map<string, Link[]>();
	const incoming = new Map<string, Link[]>();
	const add = (from: ViewEntry, to: ViewEntry | undefined, field: string) => {
		if (!to || to === from) return;
		const link = { from, to, field };
		push(outgoing, key(from), link);
		push(incoming, key(to), link);
	};
	for (const entry of byKey.values()) {
		for (const ref of findReferences(COLLECTIONS[entry.collection].schema, entry.data))
			add(entry, byKey.get(`${ref.collection}/${ref.id}`), String(ref.path[0]));
		for (const { field, requirement } of requirementsOf(entry))
			add(entry, byRequirement.get(requirement), field);
	}
	// An impact assessment concerns the risks of the system it assesses and the SoA lines of
	// Annex A's impact-assessment group (A.5): linked both ways, so a risk or control page
	// shows the assessments too (issue 14, traceability). Derived once the direct links exist.
	const impactControls = view.entries.controls.filter((c) =>
		c.data.requirement.startsWith(IMPACT_GROUP),
	);
	for (const assessment of view.entries['impact-assessments']) {
		const systemKey = `systems/${assessment.data.system}`;
		const neighbours = [
			...(outgoing.get(systemKey) ?? []).map((l) => l.to),
			...(incoming.get(systemKey) ?? []).map((l) => l.from),
		];
		for (const risk of new Set(neighbours.filter((e) => e.collection === 'risks')))
			add(assessment, risk, 'system');
		for (const control of impactControls) add(assessment, control, 'system');
	}

	const result: Links = {
		related: <C extends CollectionName>(
			entry: { collection: CollectionName; id: string },
			collection: C,
		) => {
			const found = new Map<string, ViewEntry<C>>();
			for (const link of outgoing.get(key(entry)) ?? [])
				if (link.to.collection === collection) found.set(link.to.id, link.to as ViewEntry<C>);
			for (const link of incoming.get(key(entry)) ?? [])
				if (link.from.collection === collection) found.set(link.from.id, link.from as ViewEntry<C>);
			return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
		},
		incoming: (entry) => incoming.get(key(entry)) ?? [],
		controlFor: (requirement) => byRequirement.get(requirement),
		get: <C extends CollectionName>(collection: C, id: string) =>
			byKey.get(`${collection}/${id}`) as ViewEntry<C> | undefined,
	};
	built.set(view, result);
	return result;
}

/** Sort key for SoA lines: requirement ids in catalogue order (A.2.2 < A.10.2, 4.1 < 10.1). */
export function compareRequirements(a: string, b: string): number {
	if (isAnnexA(a) !== isAnnexA(b)) return isAnnexA(a) ? -1 : 1;
	const parts = (id: string) => id.replace(/^A\./, '').split('.').map(Number);
	const [pa, pb] = [parts(a), parts(b)];
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const diff = (pa[i] ?? -1) - (pb[i] ?? -1);
		if (diff !== 0) return diff;
	}
	return 0;
}
