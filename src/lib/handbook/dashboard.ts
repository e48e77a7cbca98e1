/**
 * The figures on the handbook's dashboard, as of the build's date. What is overdue or expiring
 * is decided by the freshness rule that `npm run check` runs (src/lib/rules/freshness.ts), fed
 * with the handbook's view, so the dashboard and the checker cannot disagree.
 */
import type { Entry } from '../content/validate.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { CLAUSES, EU_AI_ACT_TIERS, isAnnexA } from '../reference/index.ts';
import { createContext } from '../rules/context.ts';
import { freshness } from '../rules/freshness.ts';
import { IMPLEMENTATION_STATUSES } from '../schemas/controls.ts';
import { LIFECYCLE_STAGES } from '../schemas/systems.ts';
import type { AudienceView, ViewEntry } from '../views/audience.ts';

export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

/** Clause 4–10 gap analysis by status: how many of the 32 requirements stand where. */
export function clauseCoverage(controls: readonly ViewEntry<'controls'>[]): {
	total: number;
	disclosed: number;
	byStatus: Record<ImplementationStatus, number>;
} {
	const byStatus = Object.fromEntries(IMPLEMENTATION_STATUSES.map((s) => [s, 0])) as Record<
		ImplementationStatus,
		number
	>;
	const clauses = controls.filter((c) => !isAnnexA(c.data.requirement));
	for (const control of clauses) byStatus[control.data.status]++;
	return { total: CLAUSES.length, disclosed: clauses.length, byStatus };
}

export interface Attention {
	entry: ViewEntry;
	/** The freshness rule's name: review-overdue, action-overdue, expiring or expired. */
	rule: string;
	field: string | undefined;
	message: string;
}

/** Overdue reviews and actions, and expiring or expired certificates and evidence. */
export function attention(
	view: AudienceView<'internal'>,
	asOf: string,
): { overdue: Attention[]; expiring: Attention[] } {
	const all = Object.values(view.entries).flat() as ViewEntry[];
	// The rule reads entries as the checker loads them (an internal view holds every field);
	// line numbers are not needed here.
	const entries = all.map((entry) => ({ ...entry, lineOf: () => undefined })) as Entry[];
	const byFile = new Map(all.map((entry) => [entry.file, entry]));
	const context = createContext(entries, asOf, '', '');
	const found = freshness(context).flatMap((d: Diagnostic) => {
		const entry = byFile.get(d.file);
		return entry ? [{ entry, rule: d.rule, field: d.field, message: d.message }] : [];
	});
	const order = (a: Attention, b: Attention) =>
		a.entry.collection.localeCompare(b.entry.collection) ||
		a.entry.id.localeCompare(b.entry.id) ||
		(a.field ?? '').localeCompare(b.field ?? '');
	return {
		overdue: found
			.filter((a) => a.rule === 'review-overdue' || a.rule === 'action-overdue')
			.sort(order),
		expiring: found.filter((a) => a.rule === 'expiring' || a.rule === 'expired').sort(order),
	};
}

const OPEN = new Set(['open', 'in-progress']);

export interface OpenAction {
	entry: ViewEntry<'audits'> | ViewEntry<'incidents'>;
	/** Finding number, for nonconformities. */
	finding?: string;
	kind: string;
	description: string;
	action?: { action: string; owner: string; due: string; status: string };
}

/** Nonconformities not yet closed (with or without a corrective action) and open incident actions. */
export function openCorrectiveActions(view: AudienceView): OpenAction[] {
	const fromAudits = view.entries.audits.flatMap((entry) =>
		entry.data.findings
			.filter(
				(f) =>
					f.type.endsWith('nonconformity') &&
					(!f.correctiveAction || OPEN.has(f.correctiveAction.status)),
			)
			.map((f): OpenAction => ({
				entry,
				finding: f.id,
				kind: f.type,
				description: f.description,
				...(f.correctiveAction ? { action: f.correctiveAction } : {}),
			})),
	);
	const fromIncidents = view.entries.incidents.flatMap((entry) =>
		entry.data.correctiveActions
			.filter((a) => OPEN.has(a.status))
			.map((action): OpenAction => ({
				entry,
				kind: entry.data.kind,
				description: entry.data.title,
				action,
			})),
	);
	return [...fromAudits, ...fromIncidents];
}

export interface PhaseProgress {
	entry: ViewEntry<'roadmap'>;
	done: number;
	total: number;
	/** Whole percent of milestones done; 100 for a done phase without milestones. */
	percent: number;
}

export function roadmapProgress(phases: readonly ViewEntry<'roadmap'>[]): PhaseProgress[] {
	return [...phases]
		.sort((a, b) => a.data.phase - b.data.phase || a.id.localeCompare(b.id))
		.map((entry) => {
			const total = entry.data.milestones.length;
			const done = entry.data.milestones.filter((m) => m.status === 'done').length;
			const doneWithoutSteps = entry.data.status === 'done' ? 100 : 0;
			const percent = total === 0 ? doneWithoutSteps : Math.round((done / total) * 100);
			return { entry, done, total, percent };
		});
}

export type Tier = (typeof EU_AI_ACT_TIERS)[number]['id'];
export type Stage = (typeof LIFECYCLE_STAGES)[number];

/** AI systems counted by EU AI Act tier (rows) and lifecycle stage (columns), every cell present. */
export function systemsByTierAndStage(
	systems: readonly ViewEntry<'systems'>[],
): Record<Tier, Record<Stage, number>> {
	const grid = Object.fromEntries(
		EU_AI_ACT_TIERS.map((t) => [t.id, Object.fromEntries(LIFECYCLE_STAGES.map((s) => [s, 0]))]),
	) as Record<Tier, Record<Stage, number>>;
	for (const system of systems) grid[system.data.euAiAct.tier][system.data.stage]++;
	return grid;
}

/** Whole percent of people assigned a course who completed it; 100 when nobody is assigned. */
export function completion(training: { assigned: number; completed: number }): number {
	return training.assigned === 0
		? 100
		: Math.min(100, Math.round((training.completed / training.assigned) * 100));
}

/** The most recent trust-center updates, newest first: what buyers were last told. Bounded, so the dashboard does not grow with the feed. */
export function latestUpdates(
	updates: readonly ViewEntry<'updates'>[],
	count = 5,
): ViewEntry<'updates'>[] {
	return [...updates]
		.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id))
		.slice(0, count);
}
