/**
 * One sheet row → the data of one entry, with a record of every translation, default and
 * placeholder, and every value the schema could not take (kept for the entry body).
 */
import type { z } from 'astro/zod';
import { shapeOf } from '../../lib/schemas/walk.ts';
import { findColumn } from './columns.ts';
import { fieldKind, type FieldKind } from './fields.ts';
import { specOf, type FieldSpec, type Mapping } from './mapping.ts';
import { translate, type TranslateContext } from './translate.ts';
import { parseDate } from './values.ts';

/** Written where a required field has no source, so the entry validates and the gap is findable. */
export const PLACEHOLDER = 'TODO: from import';

export type ChangeKind = 'translated' | 'defaulted' | 'placeholder' | 'unmapped';

export interface Change {
	field: string;
	kind: ChangeKind;
	column?: string;
	from?: string;
	to?: unknown;
	reason?: string;
}

export interface Section {
	label: string;
	value: string;
}

export interface Produced {
	/** 1-based row of the sheet, for messages only (never written: rows move). */
	row: number;
	data: Record<string, unknown>;
	/** Paths filled from a default or placeholder: an existing file's own value wins over them. */
	soft: Set<string>;
	changes: Change[];
	/** Body sections: note columns, values the schema could not take, other columns. */
	sections: Section[];
	unmapped: Section[];
	/** Sections for the draft impact assessment of a high-risk system. */
	assessment: Section[];
	sourceId: string | undefined;
	hashKey: string;
}

export interface Compiled {
	fields: { path: string; spec: FieldSpec; kind: FieldKind; column: string | undefined }[];
	idColumn: string | undefined;
	hashColumns: string[];
	notes: { column: string; label: string; date: boolean }[];
	assessment: { column: string; label: string; date: boolean }[];
	other: string[];
	/** Mapped columns the sheet does not have: `field ← column`, or the column alone for notes. */
	missing: string[];
	requiredText: string[];
	requiredObjects: string[];
}

/** Resolves the mapping against the sheet's headers once, so rows are only looked up. */
export function compile(
	mapping: Mapping,
	headers: readonly string[],
	schema: z.ZodObject,
): Compiled {
	const missing: string[] = [];
	const fields = Object.entries(mapping.fields).map(([path, raw]) => {
		const kind = fieldKind(schema, path);
		if (!kind)
			throw new Error(
				`the mapping names field "${path}", which ${schema.description ?? 'this collection'} does not have (or which is not a single value); use a dotted path such as supplier.vendor`,
			);
		const spec = specOf(raw);
		const column = findColumn(headers, spec.columns);
		if (!column) missing.push(`${path} ← ${spec.columns[0]}`);
		return { path, spec, kind, column };
	});
	const idColumn = mapping.id.column ? findColumn(headers, [mapping.id.column].flat()) : undefined;
	if (mapping.id.column && !idColumn && !mapping.id.optional)
		missing.push(`identifier ← ${[mapping.id.column].flat()[0]}`);
	const hashColumns = mapping.id.hash
		? mapping.id.hash.map((c) => findColumn(headers, [c])).filter((c): c is string => !!c)
		: [...headers];
	const sectionsOf = (list: Mapping['notes'], what: string) =>
		list.flatMap((note) => {
			const spec =
				typeof note === 'string' ? { column: note, label: undefined, date: false } : note;
			const column = findColumn(headers, [spec.column].flat());
			if (!column) missing.push(`${what} ← ${[spec.column].flat()[0]}`);
			return column ? [{ column, label: spec.label ?? column, date: spec.date }] : [];
		});
	const notes = sectionsOf(mapping.notes, 'notes');
	const assessment = sectionsOf(mapping.assessment, 'assessment');
	const used = new Set([
		...fields.map((f) => f.column),
		idColumn,
		...notes.map((n) => n.column),
		...assessment.map((n) => n.column),
	]);
	const other = mapping.otherColumns === 'keep' ? headers.filter((h) => !used.has(h)) : [];
	const { text, objects } = requiredLeaves(schema);
	return {
		fields,
		idColumn,
		hashColumns,
		notes,
		assessment,
		other,
		missing,
		requiredText: text,
		requiredObjects: objects,
	};
}

/** One row → entry data, with every translation, default, placeholder and kept value recorded. */
export function transformRow(
	row: Record<string, string>,
	rowNumber: number,
	compiled: Compiled,
	mapping: Mapping,
	context: TranslateContext,
): Produced {
	const data: Record<string, unknown> = {};
	const soft = new Set<string>();
	const changes: Change[] = [];
	const unmapped: Section[] = [];
	const set = (path: string, value: unknown) => setPath(data, path, value);

	for (const { path, spec, kind, column } of compiled.fields) {
		const cell = column ? (row[column] ?? '') : '';
		if (!cell) continue;
		const result = translate(cell, kind, spec, context);
		if (!result.ok) {
			unmapped.push({ label: `${column} (for ${path})`, value: cell });
			changes.push({ field: path, kind: 'unmapped', column, from: cell, reason: result.reason });
			continue;
		}
		if (
			result.value === undefined ||
			(Array.isArray(result.value) && result.value.length === 0 && kind.kind !== 'list')
		)
			continue;
		// Two columns may feed one list (for example two PII questions): merge, do not overwrite.
		const previous = getPath(data, path);
		set(
			path,
			Array.isArray(previous) && Array.isArray(result.value)
				? [...new Set([...previous, ...result.value])]
				: result.value,
		);
		if (result.how !== 'as-is')
			changes.push({ field: path, kind: 'translated', column, from: cell, to: result.value });
	}
	for (const [path, value] of Object.entries(mapping.defaults)) {
		if (getPath(data, path) !== undefined) continue;
		set(path, structuredClone(value));
		soft.add(path);
		changes.push({ field: path, kind: 'defaulted', to: value });
	}
	for (const path of compiled.requiredText) {
		if (getPath(data, path) !== undefined) continue;
		set(path, PLACEHOLDER);
		soft.add(path);
		changes.push({ field: path, kind: 'placeholder', to: PLACEHOLDER });
	}
	for (const path of compiled.requiredObjects) if (getPath(data, path) === undefined) set(path, {});

	const sectionsOf = (list: Compiled['notes']) =>
		list.flatMap(({ column, label, date }) => {
			const cell = row[column] ?? '';
			if (!cell) return [];
			const value = date ? (parseDate(cell, mapping.dateOrder) ?? cell) : cell;
			return [{ label, value }];
		});
	const sections = sectionsOf(compiled.notes);
	const assessment = sectionsOf(compiled.assessment);
	const other = compiled.other.filter((h) => row[h]).map((h) => ({ label: h, value: row[h]! }));
	const sourceId = compiled.idColumn ? row[compiled.idColumn] || undefined : undefined;
	const hashKey = compiled.hashColumns.map((h) => `${h}=${row[h] ?? ''}`).join('\n');
	return {
		row: rowNumber,
		data,
		soft,
		changes,
		sections: [...sections, ...assessment, ...other],
		unmapped,
		assessment,
		sourceId,
		hashKey,
	};
}

/** Required free-text fields (they get a placeholder) and required groups (created empty). */
function requiredLeaves(schema: z.ZodType, prefix = ''): { text: string[]; objects: string[] } {
	const text: string[] = [];
	const objects: string[] = [];
	for (const [key, child] of Object.entries(shapeOf(schema) ?? {})) {
		if (child.safeParse(undefined).success) continue;
		const path = prefix ? `${prefix}.${key}` : key;
		if (shapeOf(child)) {
			objects.push(path);
			const inner = requiredLeaves(child, path);
			text.push(...inner.text);
			objects.push(...inner.objects);
		} else if (fieldKind(schema, key)?.kind === 'text') text.push(path);
	}
	return { text, objects };
}

/** The value at a dotted path such as `supplier.type`. */
export function getPath(data: Record<string, unknown>, path: string): unknown {
	let node: unknown = data;
	for (const key of path.split('.'))
		node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
	return node;
}

/** Sets the value at a dotted path, creating the groups on the way. */
export function setPath(data: Record<string, unknown>, path: string, value: unknown): void {
	const keys = path.split('.');
	let node = data;
	for (const key of keys.slice(0, -1)) {
		if (!node[key] || typeof node[key] !== 'object') node[key] = {};
		node = node[key] as Record<string, unknown>;
	}
	node[keys.at(-1)!] = value;
}
