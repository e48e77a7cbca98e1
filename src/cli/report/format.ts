/** The attention report as plain text (terminal), Markdown (an issue or a chat) or JSON (tools). */
import type { Item, Status } from './collect.ts';
import { countByStatus, type OwnerGroup } from './group.ts';

export const REPORT_FORMATS = ['text', 'markdown', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface Report {
	asOf: string;
	within: number;
	groups: OwnerGroup[];
	/** Errors in the content, which the report cannot see past (entries that failed to load are missing). */
	errors: number;
}

const LABEL: Record<Status, string> = {
	overdue: 'overdue',
	expired: 'expired',
	gap: 'gap',
	'due-soon': 'due soon',
	expiring: 'expiring',
};

/** The report in one of the three formats. */
export function formatReport(report: Report, format: ReportFormat): string {
	if (format === 'json') return JSON.stringify(toJson(report), null, 2);
	return format === 'markdown' ? markdown(report) : text(report);
}

function headline(report: Report): string {
	const items = report.groups.flatMap((g) => g.items);
	if (!items.length)
		return `Nothing needs attention as of ${report.asOf} (looking ${report.within} days ahead).`;
	const counts = countByStatus(items);
	const parts = (Object.keys(LABEL) as Status[])
		.filter((s) => counts[s])
		.map(
			(s) =>
				`${counts[s]} ${s === 'gap' ? `high-risk gap${counts[s] === 1 ? '' : 's'}` : LABEL[s]}`,
		);
	return `${items.length} item${items.length === 1 ? '' : 's'} need${items.length === 1 ? 's' : ''} attention as of ${report.asOf} (looking ${report.within} days ahead): ${parts.join(', ')}.`;
}

function when(item: Item): string {
	if (item.days === undefined || !item.date) return '';
	if (item.days < 0) return `${item.date} (${-item.days} day${item.days === -1 ? '' : 's'} ago)`;
	if (item.days === 0) return `${item.date} (today)`;
	return `${item.date} (in ${item.days} day${item.days === 1 ? '' : 's'})`;
}

function text(report: Report): string {
	const out = [headline(report)];
	if (report.errors)
		out.push(
			`The content has ${report.errors} error${report.errors === 1 ? '' : 's'}; entries that failed to load are not in this report. Run npm run check.`,
		);
	for (const group of report.groups) {
		out.push(
			'',
			`${group.name}${group.owner && group.owner !== group.name ? ` (${group.owner})` : ''}: ${group.items.length}`,
		);
		for (const item of group.items) {
			const date = when(item);
			out.push(
				`  ${LABEL[item.status].toUpperCase().padEnd(9)} ${item.what}${date ? `, ${date}` : ''}`,
				`            ${item.title} — ${item.file}${item.line ? `:${item.line}` : ''}`,
			);
		}
	}
	return out.join('\n');
}

function markdown(report: Report): string {
	const out = [`# What needs attention`, '', headline(report)];
	if (report.errors)
		out.push(
			'',
			`> **Warning:** the content has ${report.errors} error${report.errors === 1 ? '' : 's'}; entries that failed to load are missing here. Run \`npm run check\`.`,
		);
	for (const group of report.groups) {
		out.push(
			'',
			`## ${cell(group.name)}${group.owner && group.owner !== group.name ? ` (\`${group.owner}\`)` : ''}`,
			'',
			'| Status | What | When | Entry |',
			'| --- | --- | --- | --- |',
		);
		for (const item of group.items)
			out.push(
				`| ${LABEL[item.status]} | ${cell(item.what)} | ${when(item)} | ${cell(item.title)}<br>\`${item.file}${item.line ? `:${item.line}` : ''}\` |`,
			);
	}
	return out.join('\n');
}

/** Table cells hold text, not markup: pipes and angle brackets are escaped. */
function cell(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/\|/g, '\\|')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/\n/g, ' ');
}

function toJson(report: Report) {
	const items = report.groups.flatMap((g) => g.items);
	return {
		asOf: report.asOf,
		within: report.within,
		errors: report.errors,
		total: items.length,
		counts: countByStatus(items),
		groups: report.groups.map((g) => ({ owner: g.owner ?? null, name: g.name, items: g.items })),
	};
}
