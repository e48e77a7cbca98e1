/**
 * YAML with a comment above every field, written from the schema's own descriptions so the
 * guide in the file cannot drift from what `npm run check` enforces. Optional fields are
 * listed, commented out, after the ones that must be filled.
 */
import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { shapeOf, unwrap } from '../../lib/schemas/walk.ts';

const WIDTH = 100;

/** YAML lines for `data`, each field under its schema description, optional fields listed after. */
export function commentedYaml(
	schema: z.ZodType,
	data: Record<string, unknown>,
	indent = '',
): string[] {
	const lines: string[] = [];
	const optional: string[] = [];
	for (const [key, field] of Object.entries(shapeOf(schema) ?? {})) {
		const about = describeField(field);
		if (!(key in data) || data[key] === undefined) {
			optional.push(`${indent}#   ${key}: ${about || '(no description)'}`);
			continue;
		}
		lines.push(...wrap(about, `${indent}# `));
		const value = data[key];
		const inner = shapeOf(field);
		if (inner && value && typeof value === 'object' && !Array.isArray(value)) {
			const children = commentedYaml(field, value as Record<string, unknown>, `${indent}  `);
			// A group with nothing filled yet is still a group: `{}`, not an empty (null) value.
			lines.push(
				Object.keys(value).length ? `${indent}${key}:` : `${indent}${key}: {}`,
				...children,
			);
		} else if (Array.isArray(value) && value.some((v) => v && typeof v === 'object')) {
			lines.push(
				`${indent}${key}:`,
				...stringify(value, { lineWidth: 0 })
					.trimEnd()
					.split('\n')
					.map((l) => `${indent}  ${l}`),
			);
		} else {
			lines.push(
				`${indent}${key}: ${stringify(value, { lineWidth: 0, collectionStyle: 'flow' }).trimEnd()}`,
			);
		}
	}
	if (optional.length) lines.push(`${indent}# Optional, add when you know them:`, ...optional);
	return lines;
}

/** A field's description, with its choices when it is an enum or a list of one. */
export function describeField(field: z.ZodType): string {
	let description: string | undefined;
	let current: z.ZodType | undefined = field;
	// A mark or a wrapper may sit outside the described schema; look through them.
	while (current && !description) {
		description = current.description;
		const def = current._zod.def as unknown as { innerType?: z.ZodType; in?: z.ZodType };
		current = def.innerType ?? def.in;
	}
	const options = enumOptions(field);
	return [description, options && `One of: ${options.join(', ')}.`].filter(Boolean).join(' ');
}

function enumOptions(field: z.ZodType): string[] | undefined {
	const inner = unwrap(field).schema;
	const def = inner._zod.def as unknown as {
		type: string;
		entries?: Record<string, string>;
		element?: z.ZodType;
	};
	if (def.type === 'enum')
		return (inner as unknown as { options: string[] }).options ?? Object.values(def.entries ?? {});
	if (def.type === 'array' && def.element) return enumOptions(def.element);
	return undefined;
}

function wrap(text: string, prefix: string): string[] {
	if (!text) return [];
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && prefix.length + line.length + word.length + 1 > WIDTH) {
			lines.push(prefix + line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	lines.push(prefix + line);
	return lines;
}
