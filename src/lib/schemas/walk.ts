/**
 * Walks a collection schema alongside an entry's data. The marks that `refTo`, `internalOnly`
 * and `privateOnly` leave on fields are read here, once, for the reference rules and for the
 * audience views.
 */
import { z } from 'astro/zod';
import { canRead, moreRestricted } from '../audiences.ts';
import { markOf, type Audience } from './fields.ts';
import type { CollectionName } from './names.ts';

interface Unwrapped {
	schema: z.ZodType;
	/** The most restricted audience a mark on any wrapper asks for. */
	restrictedTo?: Audience;
	reference?: CollectionName;
}

type Def = {
	type: string;
	innerType?: z.ZodType;
	in?: z.ZodType;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
};
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;
const WRAPPERS = new Set([
	'optional',
	'nullable',
	'default',
	'prefault',
	'readonly',
	'nonoptional',
	'catch',
]);

export { moreRestricted };

export function unwrap(schema: z.ZodType): Unwrapped {
	let current = schema;
	let restrictedTo: Audience | undefined;
	let reference: CollectionName | undefined;
	for (;;) {
		const mark = markOf(current);
		restrictedTo = moreRestricted(restrictedTo, mark?.restrictedTo);
		reference ??= mark?.reference;
		const def = defOf(current);
		if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
		else if (def.type === 'pipe' && def.in) current = def.in;
		else return { schema: current, restrictedTo, reference };
	}
}

/** The object shape of a schema, if it is an object. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
	const def = defOf(unwrap(schema).schema);
	return def.type === 'object' ? def.shape : undefined;
}

/** The schema one step down: an object's field or an array's element. */
function childSchema(def: ReturnType<typeof defOf>, key: PropertyKey): z.ZodType | undefined {
	if (def.type === 'object') return def.shape?.[String(key)];
	return def.type === 'array' ? def.element : undefined;
}

/** The schema of the field at `path`, for its description in error messages. */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
	let current: z.ZodType | undefined = root;
	for (const key of path) {
		if (!current) return undefined;
		const inner = unwrap(current).schema;
		const def = defOf(inner);
		current = childSchema(def, key);
	}
	return current;
}

export interface FoundReference {
	path: PropertyKey[];
	collection: CollectionName;
	id: string;
	/** The audience the field containing the reference is restricted to, if any. */
	restrictedTo?: Audience;
}

/** Every reference to another entry in `data`, with the restriction of the field it sits in. */
export function findReferences(schema: z.ZodType, data: unknown): FoundReference[] {
	const found: FoundReference[] = [];
	const visit = (node: z.ZodType, value: unknown, path: PropertyKey[], restricted?: Audience) => {
		const { schema: inner, restrictedTo, reference } = unwrap(node);
		const within = moreRestricted(restricted, restrictedTo);
		if (reference && typeof value === 'string')
			found.push({ path, collection: reference, id: value, restrictedTo: within });
		const def = defOf(inner);
		if (def.type === 'object' && def.shape && isRecord(value)) {
			for (const [key, child] of Object.entries(def.shape))
				if (key in value) visit(child, value[key], [...path, key], within);
		} else if (def.type === 'array' && def.element && Array.isArray(value)) {
			value.forEach((item, index) => visit(def.element!, item, [...path, index], within));
		}
	};
	visit(schema, data, []);
	return found;
}

/** A copy of `data` without the fields its audience may not read. */
export function redact<T>(schema: z.ZodType, data: T, audience: Audience): T {
	const allowed = (restrictedTo?: Audience) => !restrictedTo || canRead(audience, restrictedTo);
	const visit = (node: z.ZodType, value: unknown): unknown => {
		const def = defOf(unwrap(node).schema);
		if (def.type === 'object' && def.shape && isRecord(value)) {
			const out: Record<string, unknown> = {};
			for (const [key, child] of Object.entries(value)) {
				const field = def.shape[key];
				if (field && allowed(unwrap(field).restrictedTo)) out[key] = visit(field, child);
			}
			return out;
		}
		if (def.type === 'array' && def.element && Array.isArray(value))
			return value.map((item) => visit(def.element!, item));
		return value;
	};
	return visit(schema, data) as T;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
