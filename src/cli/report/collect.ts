/**
 * What needs attention, as items: reviews and actions overdue or due within the window,
 * certificates and evidence expired or expiring, high-risk systems short of an assessment or
 * a review point. The date rules are the check's own (`rules/freshness.ts`, `rules/systems.ts`),
 * run as of the end of the window; this module only sorts their findings by real date.
 */
import type { Entry } from '../../lib/content/validate.ts';
import type { CheckedContent } from '../../lib/pipeline.ts';
import { createContext, daysBetween } from '../../lib/rules/context.ts';
import { EXPIRY_WINDOW_DAYS, freshness } from '../../lib/rules/freshness.ts';
import { highRiskSystems, isHighRisk } from '../../lib/rules/systems.ts';
import { PLACEHOLDER } from '../import/transform.ts';
import { ownerOf, valueAt } from './owners.ts';

export type Status = 'overdue' | 'due-soon' | 'expired' | 'expiring' | 'gap';

/** An expiry is expired or expiring; any other date is overdue or due soon. */
function dateStatus(expiry: boolean, past: boolean): Status {
	if (expiry) return past ? 'expired' : 'expiring';
	return past ? 'overdue' : 'due-soon';
}

export interface Item {
	status: Status;
	/** Person identifier the item falls to, if the entry or action names one. */
	owner?: string;
	collection: string;
	id: string;
	title: string;
	file: string;
	line?: number;
	field?: string;
	/** What is due or missing, in a few words. */
	what: string;
	/** The date concerned (YYYY-MM-DD), when there is one. */
	date?: string;
	/** Days from the as-of date to `date`: negative when past. */
	days?: number;
}

export interface CollectOptions {
	asOf: string;
	/** Upcoming reviews and actions within this many days are listed. */
	within: number;
	root: string;
	contentDir: string;
}

/** Every item that needs attention as of `options.asOf`, unsorted. */
export function collectItems(
	checked: Pick<CheckedContent, 'entries'>,
	options: CollectOptions,
): Item[] {
	const { asOf, within } = options;
	const horizon = new Date(Date.parse(`${asOf}T00:00:00Z`) + within * 86_400_000)
		.toISOString()
		.slice(0, 10);
	const byFile = new Map(checked.entries.map((e) => [e.file, e]));
	const items: Item[] = [];
	// Run as of the horizon, "overdue" means "due before the horizon": every upcoming item is in.
	for (const d of freshness(
		createContext(checked.entries, horizon, options.contentDir, options.root),
	)) {
		const entry = byFile.get(d.file);
		if (!entry || !d.field) continue;
		const date = valueAt(entry.data, d.field);
		if (typeof date !== 'string') continue;
		const days = daysBetween(asOf, date);
		const expiry = d.rule === 'expired' || d.rule === 'expiring';
		// Expiries follow the check's own 90-day warning window, or the report's if that is longer.
		if (expiry && days > Math.max(within, EXPIRY_WINDOW_DAYS)) continue;
		if (!expiry && days > within) continue;
		const status = dateStatus(expiry, days < 0);
		items.push({
			...base(entry, d.field),
			line: d.line,
			status,
			what: describe(entry, d.field, d.rule),
			date,
			days,
			owner: ownerOf(entry, d.field),
		});
	}
	for (const d of highRiskSystems(
		createContext(checked.entries, asOf, options.contentDir, options.root),
	)) {
		const entry = byFile.get(d.file);
		if (!entry || !d.rule.startsWith('high-risk')) continue;
		items.push({
			...base(entry, d.field),
			line: d.line,
			status: 'gap',
			what:
				d.rule === 'high-risk-assessment'
					? 'high-risk system without an impact assessment'
					: 'high-risk system without a human review point',
			owner: ownerOf(entry),
		});
	}
	items.push(...placeholderGaps(checked.entries));
	return items;
}

/** High-risk systems whose review point or assessment is only a placeholder or a draft. */
function placeholderGaps(entries: readonly Entry[]): Item[] {
	const assessments = new Map(
		entries
			.filter((e) => e.collection === 'impact-assessments')
			.map((e) => [e.id, e as Entry<'impact-assessments'>]),
	);
	return entries.flatMap((entry) => {
		if (entry.collection !== 'systems') return [];
		const { data } = entry as Entry<'systems'>;
		if (!isHighRisk(data) || data.useCase.decision === 'declined' || data.stage === 'retired')
			return [];
		const out: Item[] = [];
		if (
			data.oversight.reviewPoints.length &&
			data.oversight.reviewPoints.every((p) => p.role === PLACEHOLDER)
		) {
			out.push({
				...base(entry, 'oversight.reviewPoints'),
				status: 'gap',
				what: `high-risk system whose human review point is still "${PLACEHOLDER}"`,
				owner: ownerOf(entry),
			});
		}
		const assessment = data.impactAssessment ? assessments.get(data.impactAssessment) : undefined;
		if (assessment && assessment.data.status === 'draft') {
			out.push({
				...base(entry, 'impactAssessment'),
				status: 'gap',
				what: `high-risk system whose impact assessment (${assessment.id}) is still a draft`,
				owner: ownerOf(assessment) ?? ownerOf(entry),
			});
		}
		return out;
	});
}

function base(
	entry: Entry,
	field: string | undefined,
): Pick<Item, 'collection' | 'id' | 'title' | 'file' | 'field'> {
	const data = entry.data as Record<string, unknown>;
	const title =
		[data.title, data.name, data.question, data.requirement].find(
			(v): v is string => typeof v === 'string',
		) ?? entry.id;
	return { collection: entry.collection, id: entry.id, title, file: entry.file, field };
}

const SUBJECT: Record<string, string> = {
	policies: 'policy review',
	risks: 'risk review',
	controls: 'control review',
	answers: 'answer review',
	systems: 'system review',
	'impact-assessments': 'reassessment',
};

function describe(entry: Entry, field: string, rule: string): string {
	if (rule === 'action-overdue') {
		const action = valueAt(entry.data, field.replace(/\.due$/, '')) as
			{ action?: string } | undefined;
		return `${entry.collection === 'risks' ? 'treatment' : 'corrective'} action “${action?.action ?? '?'}”`;
	}
	if (field.startsWith('evidence'))
		return `evidence “${(valueAt(entry.data, field.replace(/\.expires$/, '')) as { title?: string } | undefined)?.title ?? '?'}”`;
	if (entry.collection === 'certifications') return 'certificate';
	if (entry.collection === 'organization') return 'security.txt';
	return SUBJECT[entry.collection] ?? 'review';
}
