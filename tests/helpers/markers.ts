/**
 * Plants unique marker strings in every private and internal entry, and in every restricted
 * field of entries that are published, so a scan of a built site can prove that nothing above
 * its audience arrived, in any file.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { stringify } from 'yaml';
import { loadContent } from '../../src/lib/content/load.ts';
import { COLLECTIONS } from '../../src/lib/schemas/index.ts';
import { findReferences, unwrap } from '../../src/lib/schemas/walk.ts';
import type { z } from 'astro/zod';

export const MARK = { private: 'LEAKMARKprivate', internal: 'LEAKMARKinternal' } as const;
/** Entry identifiers are lower case (they are file names), so their markers are too. */
export const ID_MARK = { private: 'leakidprivate', internal: 'leakidinternal' } as const;
type Level = keyof typeof MARK;

export interface Planted {
	/** Every marker planted, by the lowest audience that may read it. */
	markers: Record<Level, string[]>;
	/** Identifier markers: every private and internal entry is renamed to end in one. */
	ids: Record<Level, string[]>;
}

const LABELS = [
	'title',
	'name',
	'question',
	'summary',
	'description',
	'purpose',
	'tagline',
	'standard',
	'justification',
];

export function plantMarkers(root: string, contentDir: string): Planted {
	const markers: Planted['markers'] = { private: [], internal: [] };
	const ids: Planted['ids'] = { private: [], internal: [] };
	let counter = 0;
	const next = (level: Level) => {
		const marker = `${MARK[level]}${String(++counter).padStart(4, '0')}x`;
		markers[level].push(marker);
		return marker;
	};

	const entries = loadContent(join(root, contentDir), root).entries;
	// Rename every private and internal entry first, so references to it can follow.
	const renamed = new Map<string, string>();
	for (const raw of entries) {
		const level = ((raw.data as Record<string, unknown>).audience ?? 'internal') as string;
		if (level !== 'private' && level !== 'internal') continue;
		const marker = `${ID_MARK[level]}${String(++counter).padStart(4, '0')}x`;
		ids[level].push(marker);
		renamed.set(`${raw.collection}/${raw.id}`, `${raw.id}-${marker}`);
	}

	for (const raw of entries) {
		const schema = COLLECTIONS[raw.collection].schema;
		const data = structuredClone(raw.data) as Record<string, unknown>;
		for (const ref of findReferences(schema, data)) {
			const target = renamed.get(`${ref.collection}/${ref.id}`);
			if (target) setAt(data, ref.path, target);
		}
		const entryLevel = (data.audience ?? 'internal') as string;
		let body = raw.body;
		// A private document listed publicly shows its title and description to everyone, by design.
		const listedPublicly = raw.collection === 'documents' && data.listPublicly === true;
		if ((entryLevel === 'private' && !listedPublicly) || entryLevel === 'internal') {
			for (const key of LABELS)
				if (typeof data[key] === 'string') data[key] = `${data[key]} ${next(entryLevel)}`;
			if (body !== undefined) body = `${body}\n\n${next(entryLevel)}\n`;
		}
		// Restricted fields of entries a lower audience reads: plant where the schema still accepts it.
		if (entryLevel !== 'internal')
			plantRestricted(
				schema,
				data,
				(level) => next(level),
				entryLevel === 'private' ? 'internal' : undefined,
			);
		if (!schema.safeParse(data).success) throw new Error(`planting markers broke ${raw.file}`);
		const yaml = stringify(data, { lineWidth: 0 });
		const newId = renamed.get(`${raw.collection}/${raw.id}`);
		const file = newId ? join(dirname(raw.file), `${newId}${extname(raw.file)}`) : raw.file;
		if (newId) rmSync(join(root, raw.file));
		writeFileSync(
			join(root, file),
			raw.format === 'yaml' ? yaml : `---\n${yaml}---\n${body ?? ''}`,
		);
		if (newId && basename(file) === basename(raw.file))
			throw new Error(`renaming ${raw.file} changed nothing`);
	}
	return { markers, ids };
}

function setAt(data: Record<string, unknown>, path: readonly PropertyKey[], value: string): void {
	let holder = data as Record<PropertyKey, unknown>;
	for (const key of path.slice(0, -1)) holder = holder[key] as Record<PropertyKey, unknown>;
	holder[path.at(-1)!] = value;
}

/** Appends a marker to each free-text string inside restricted fields, keeping the entry valid. */
function plantRestricted(
	schema: z.ZodType,
	data: Record<string, unknown>,
	next: (level: Level) => string,
	only?: Level,
) {
	const visit = (
		node: z.ZodType,
		holder: Record<string, unknown> | unknown[],
		key: string | number,
		level?: Level,
	) => {
		const { schema: inner, restrictedTo, reference } = unwrap(node);
		const within = (restrictedTo ?? level) as Level | undefined;
		const value = (holder as Record<string | number, unknown>)[key];
		const def = inner._zod.def as unknown as {
			type: string;
			shape?: Record<string, z.ZodType>;
			element?: z.ZodType;
		};
		if (
			def.type === 'string' &&
			within &&
			!reference &&
			typeof value === 'string' &&
			(!only || within === only)
		) {
			const marked = `${value} ${next(within)}`;
			if (inner.safeParse(marked).success)
				(holder as Record<string | number, unknown>)[key] = marked;
		} else if (def.type === 'object' && def.shape && value && typeof value === 'object') {
			for (const [child, childSchema] of Object.entries(def.shape))
				if (child in (value as object))
					visit(childSchema, value as Record<string, unknown>, child, within);
		} else if (def.type === 'array' && def.element && Array.isArray(value)) {
			value.forEach((_, index) => visit(def.element!, value, index, within));
		}
	};
	for (const [key, child] of Object.entries(
		(schema._zod.def as unknown as { shape: Record<string, z.ZodType> }).shape,
	))
		if (key in data) visit(child, data, key);
}
