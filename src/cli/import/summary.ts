/** What an import did, for the person who ran it: counts, then every kind of change and why. */
import { formatDiagnostic } from '../../lib/diagnostics.ts';
import type { Plan } from './plan.ts';
import type { Table } from './table.ts';

const LIST_LIMIT = 15;
const VALUE_LIMIT = 8;

/** The summary printed after an import (or a dry run, or a failed one). */
export function summarize(
	plan: Plan,
	table: Table,
	source: { file: string; mapping: string; dryRun: boolean },
): string {
	const out: string[] = [];
	const read = [`${table.rows.length} row${table.rows.length === 1 ? '' : 's'}`];
	if (table.encoding) read.push(table.encoding);
	if (table.sheet) read.push(`sheet "${table.sheet}"`);
	if (table.emptyRows)
		read.push(`${table.emptyRows} empty row${table.emptyRows === 1 ? '' : 's'} skipped`);
	if (table.skippedAbove)
		read.push(
			`headers on row ${table.headerRow ?? table.skippedAbove + 1}, ${table.skippedAbove} row${table.skippedAbove === 1 ? '' : 's'} above them skipped`,
		);
	out.push(`Read ${source.file} (${read.join(', ')}) with the ${source.mapping} mapping.`);
	const renamed = Object.entries(table.renamedHeaders);
	if (renamed.length)
		out.push(
			`Headers renamed so each is unique: ${renamed.map(([now, was]) => `"${now}"${was ? ` (was "${was}")` : ' (was blank)'}`).join(', ')}.`,
		);
	if (table.cleanedCells)
		out.push(
			`Tabs or control characters in ${table.cleanedCells} cell${table.cleanedCells === 1 ? '' : 's'} were replaced by spaces.`,
		);
	if (plan.missingAllowed.length && plan.missingOverridden) {
		out.push(
			'',
			`WARNING: ${plan.missingAllowed.length} column${plan.missingAllowed.length === 1 ? '' : 's'} the mapping expects ${plan.missingAllowed.length === 1 ? 'is' : 'are'} not in the sheet (imported anyway, --allow-missing); what they would feed got defaults or nothing:`,
		);
		for (const m of plan.missingAllowed) out.push(`  missing: ${m}`);
	} else if (plan.missingAllowed.length) {
		out.push(
			`Columns of the mapping the sheet does not have (their fields got defaults or nothing): ${plan.missingAllowed.map((m) => m.split(' ← ')[1]).join(', ')}.`,
		);
	}

	if (plan.errors.length) {
		out.push(
			'',
			`The import stopped: ${plan.errors.length} error${plan.errors.length === 1 ? '' : 's'}. Nothing was written.`,
		);
		for (const d of plan.errors.slice(0, 50)) out.push(formatDiagnostic(d));
		if (plan.errors.length > 50) out.push(`… and ${plan.errors.length - 50} more.`);
		return out.join('\n');
	}

	const verb = source.dryRun ? 'would be ' : '';
	for (const collection of ['systems', 'impact-assessments'] as const) {
		const files = plan.files.filter((f) => f.collection === collection);
		if (!files.length) continue;
		const count = (s: string) => files.filter((f) => f.status === s).length;
		out.push(
			'',
			`${collection}: ${count('created')} ${verb}created, ${count('updated')} ${verb}updated, ${count('unchanged')} unchanged.`,
		);
		for (const status of ['created', 'updated'] as const) {
			const list = files.filter((f) => f.status === status);
			for (const f of list.slice(0, LIST_LIMIT))
				out.push(
					`  ${status} ${f.file} (row ${f.row})${f.changedFields.length ? `: ${f.changedFields.join(', ')}` : ''}`,
				);
			if (list.length > LIST_LIMIT) out.push(`  … and ${list.length - LIST_LIMIT} more ${status}`);
		}
	}

	const generated = plan.rows.filter((r) => r.generated);
	if (generated.length) {
		const why = (k: string) => generated.filter((r) => r.generated === k).length;
		const reasons = plan.compiled.idColumn
			? ` (${why('blank')} blank, ${why('repeated')} repeated, ${why('unusable')} unusable)`
			: ': the sheet has no identifier column';
		out.push(
			'',
			`Identifiers generated for ${generated.length} row${generated.length === 1 ? '' : 's'}${reasons}, from a hash of ${plan.compiled.hashColumns.length < table.headers.length ? plan.compiled.hashColumns.join(', ') : 'the row'} so a re-run finds the same file:`,
		);
		for (const r of generated.slice(0, LIST_LIMIT))
			out.push(`  row ${r.row}: ${r.sourceId ? `"${r.sourceId}"` : '(blank)'} → ${r.id}`);
		if (generated.length > LIST_LIMIT) out.push(`  … and ${generated.length - LIST_LIMIT} more`);
	}

	if (plan.conflicts.length) {
		const files = new Set(plan.conflicts.map((c) => c.file));
		out.push(
			'',
			`Edited by hand since the last import, and the sheet says otherwise: ${plan.conflicts.length} field${plan.conflicts.length === 1 ? '' : 's'} in ${files.size} file${files.size === 1 ? '' : 's'}. The files' values were kept:`,
		);
		for (const c of plan.conflicts.slice(0, LIST_LIMIT * 2))
			out.push(
				`  conflict ${c.file} (row ${c.row}): ${c.field}: the file has ${show(c.fileValue)}, the sheet ${show(c.sheetValue)}`,
			);
		if (plan.conflicts.length > LIST_LIMIT * 2)
			out.push(`  … and ${plan.conflicts.length - LIST_LIMIT * 2} more`);
		out.push(
			'  Re-run with --theirs to take the sheet’s values, or --ours to keep these edits and stop reporting them until the sheet changes.',
		);
	}

	out.push('', 'What was changed on the way in, and why:');
	const groups = new Map<string, { rows: number[]; values: Map<string, number> }>();
	for (const r of plan.rows) {
		for (const c of r.changes) {
			// The file named in a reason differs per row; the kind of change does not.
			const reason = c.reason?.replace(
				/impact-assessments\/[^ ]+\.md/,
				'impact-assessments/<id>.md',
			);
			const key = changeLine(c, reason);
			const group = groups.get(key) ?? { rows: [], values: new Map<string, number>() };
			group.rows.push(r.row);
			if (c.from !== undefined) {
				const value =
					c.kind === 'translated'
						? `"${short(c.from)}" → ${JSON.stringify(c.to)}`
						: `"${short(c.from)}"`;
				group.values.set(value, (group.values.get(value) ?? 0) + 1);
			}
			groups.set(key, group);
		}
	}
	if (!groups.size) out.push('  nothing: every value went in as written.');
	for (const [key, { rows, values }] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
		out.push(
			`  ${key}: ${rows.length} row${rows.length === 1 ? '' : 's'}${rows.length <= 5 ? ` (${rows.join(', ')})` : ''}`,
		);
		// Each distinct value with its count, most frequent first: an unknown vocabulary shows at a glance.
		const ranked = [...values].sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
		for (const [value, n] of ranked.slice(0, VALUE_LIMIT))
			out.push(`      ${value}: ${n} row${n === 1 ? '' : 's'}`);
		if (ranked.length > VALUE_LIMIT)
			out.push(`      … and ${ranked.length - VALUE_LIMIT} other values`);
	}
	if (plan.compiled.other.length)
		out.push(
			'',
			`Columns not mapped to a field, kept in each entry's body: ${plan.compiled.other.join(', ')}.`,
		);
	if (source.dryRun) out.push('', 'Dry run: nothing was written.');
	return out.join('\n');
}

/** One kind of change as the summary groups it: the field, what happened, and why. */
function changeLine(
	c: Plan['rows'][number]['changes'][number],
	reason: string | undefined,
): string {
	switch (c.kind) {
		case 'translated':
			return `${c.field}: translated (${c.column})`;
		case 'unmapped':
			return `${c.field}: kept in the body, the schema cannot take it (${c.column})`;
		case 'defaulted':
			return `${c.field}: no usable value in the sheet, defaulted to ${JSON.stringify(c.to)}`;
		default:
			return reason
				? `${c.field}: ${reason}`
				: `${c.field}: no usable value in the sheet, placeholder "TODO: from import"`;
	}
}

function show(value: unknown): string {
	if (value === undefined) return 'no value';
	return typeof value === 'string' ? `"${short(value)}"` : short(JSON.stringify(value));
}

function short(text: string): string {
	const flat = text.replace(/\s+/g, ' ');
	return flat.length > 50 ? `${flat.slice(0, 49)}…` : flat;
}
