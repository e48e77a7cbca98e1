/**
 * One cell → one field value, by the field's kind in the schema and the mapping's value map.
 * A value that cannot be translated is never dropped: it comes back as `unmapped` so the
 * caller keeps it in the entry body and reports it.
 */
import type { FieldKind } from './fields.ts';
import type { FieldSpec } from './mapping.ts';
import { normalizeLabel, parseDate, splitList, type DateOrder } from './values.ts';

export type Translation =
	| { ok: true; value: unknown; how: 'as-is' | 'value-map' | 'matched' | 'parsed' | 'split' }
	| { ok: false; reason: string };

export interface TranslateContext {
	dateOrder: DateOrder;
	/** Identifier of an entry of `collection` that a cell names, by id, name or e-mail. */
	resolve(collection: string, cell: string): string | undefined;
}

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0', 'none', 'n a', 'na']);

/** Translates one cell for a field of the given kind: value map first, then the kind's own reading. */
export function translate(
	cell: string,
	kind: FieldKind,
	spec: FieldSpec,
	context: TranslateContext,
): Translation {
	if (spec.values) {
		const key = normalizeLabel(cell);
		// Exact first, then a key the cell starts with: "Stage 4 - Operation and Maintenance (Use
		// case is integrated…)" matches the key "Stage 4".
		const entries = Object.entries(spec.values);
		const hit =
			entries.find(([k]) => normalizeLabel(k) === key) ??
			entries.find(
				([k]) => normalizeLabel(k).length >= 6 && key.startsWith(`${normalizeLabel(k)} `),
			);
		if (hit) {
			// A mapped value still has to fit the field: a preset cannot smuggle in a bad enum.
			const value = hit[1];
			if (value === null) return { ok: true, value: undefined, how: 'value-map' };
			if (kind.kind === 'list' && !Array.isArray(value))
				return { ok: true, value: [value], how: 'value-map' };
			return { ok: true, value, how: 'value-map' };
		}
	}
	return translatePlain(cell, kind, spec, context);
}

function translatePlain(
	cell: string,
	kind: FieldKind,
	spec: FieldSpec,
	context: TranslateContext,
): Translation {
	switch (kind.kind) {
		case 'text':
			return { ok: true, value: cell, how: 'as-is' };
		case 'date': {
			const date = parseDate(cell, context.dateOrder);
			return date
				? { ok: true, value: date, how: date === cell ? 'as-is' : 'parsed' }
				: { ok: false, reason: 'is not a date this importer can read' };
		}
		case 'boolean': {
			const key = normalizeLabel(cell);
			if (YES.has(key)) return { ok: true, value: true, how: 'matched' };
			if (NO.has(key)) return { ok: true, value: false, how: 'matched' };
			return { ok: false, reason: 'is not yes or no' };
		}
		case 'number': {
			const number = Number(cell.replace(/[, ]/g, ''));
			return Number.isFinite(number)
				? { ok: true, value: number, how: 'parsed' }
				: { ok: false, reason: 'is not a number' };
		}
		case 'enum': {
			const option = matchOption(cell, kind.options);
			if (option === undefined)
				return { ok: false, reason: `is not one of ${kind.options.join(', ')}` };
			return { ok: true, value: option, how: option === cell ? 'as-is' : 'matched' };
		}
		case 'ref': {
			const id = context.resolve(kind.collection, cell);
			return id
				? { ok: true, value: id, how: id === cell ? 'as-is' : 'matched' }
				: { ok: false, reason: `names no entry in ${kind.collection}` };
		}
		case 'list': {
			const items = splitList(cell, spec.split);
			const out: unknown[] = [];
			const bad: string[] = [];
			for (const item of items) {
				const one = translate(
					item,
					kind.item,
					{ columns: spec.columns, values: spec.values },
					context,
				);
				if (one.ok && one.value !== undefined) out.push(...[one.value].flat());
				else if (!one.ok) bad.push(item);
			}
			if (bad.length)
				return {
					ok: false,
					reason: `has item${bad.length > 1 ? 's' : ''} ${bad.map((b) => JSON.stringify(b)).join(', ')} that ${kind.item.kind === 'enum' ? `are not among ${kind.item.options.join(', ')}` : 'cannot be read'}`,
				};
			return { ok: true, value: [...new Set(out)], how: items.length > 1 ? 'split' : 'as-is' };
		}
	}
}

/** `Human in the loop` → `human-in-the-loop`: the option whose words match the cell's. */
function matchOption(cell: string, options: readonly string[]): string | undefined {
	const key = normalizeLabel(cell).replace(/ /g, '-');
	return options.find((option) => option === cell || option.toLowerCase() === key);
}
