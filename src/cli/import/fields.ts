/**
 * What kind of value a field of a collection schema takes, read from the schema itself so the
 * importer translates cells by the same rules `npm run check` validates them with.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from '../../lib/schemas/index.ts';
import { schemaAt, unwrap } from '../../lib/schemas/walk.ts';

export type FieldKind =
	| { kind: 'text' }
	| { kind: 'date' }
	| { kind: 'boolean' }
	| { kind: 'number' }
	| { kind: 'enum'; options: string[] }
	| { kind: 'ref'; collection: CollectionName }
	| { kind: 'list'; item: FieldKind };

type Def = { type: string; entries?: Record<string, string>; element?: z.ZodType };

/** The kind of the field at a dotted path such as `supplier.type`, or undefined if there is none. */
export function fieldKind(root: z.ZodType, path: string): FieldKind | undefined {
	const schema = schemaAt(root, path.split('.'));
	return schema ? kindOf(schema) : undefined;
}

function kindOf(schema: z.ZodType): FieldKind | undefined {
	const { schema: inner, reference } = unwrap(schema);
	const def = inner._zod.def as unknown as Def;
	if (reference) return { kind: 'ref', collection: reference };
	switch (def.type) {
		case 'enum':
			return { kind: 'enum', options: enumOptions(inner, def) };
		case 'boolean':
			return { kind: 'boolean' };
		case 'number':
			return { kind: 'number' };
		case 'array': {
			const item = def.element && kindOf(def.element);
			return item ? { kind: 'list', item } : undefined;
		}
		case 'string':
			// isoDate is a string with a pattern: probing tells it from free text without
			// depending on how the builder is put together.
			return !inner.safeParse('x').success && inner.safeParse('2024-03-01').success
				? { kind: 'date' }
				: { kind: 'text' };
		default:
			return undefined;
	}
}

/** Whether a value is required at `path` (no default and not optional at any level). */
export function isRequired(root: z.ZodType, path: string): boolean {
	const keys = path.split('.');
	for (let i = 1; i <= keys.length; i++) {
		const schema = schemaAt(root, keys.slice(0, i));
		if (!schema || schema.safeParse(undefined).success) return false;
	}
	return true;
}

/** An enum's options in declared order (`entries` is an object, and objects put "2" before "1(a)"). */
function enumOptions(schema: z.ZodType, def: Def): string[] {
	const options = (schema as unknown as { options?: unknown }).options;
	return Array.isArray(options) ? options.map(String) : Object.values(def.entries ?? {});
}
