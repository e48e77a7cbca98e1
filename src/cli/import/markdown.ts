/**
 * Entry data and body sections → the Markdown file the importer writes, and the merge with a
 * file already there: the sheet's values win, the author's own values win over defaults and
 * placeholders, and only the importer's block of the body is replaced.
 */
import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { shapeOf } from '../../lib/schemas/walk.ts';
import type { Section } from './transform.ts';

export const BLOCK_START =
	'<!-- import: this block is rewritten by `npm run import`; write your own notes outside it -->';
export const BLOCK_END = '<!-- /import -->';

/** Front matter in schema order, then the body. */
export function toMarkdown(schema: z.ZodType, data: Record<string, unknown>, body: string): string {
	const yaml = stringify(orderBySchema(schema, data), { lineWidth: 0 });
	return `---\n${yaml}---\n${body}`;
}

/** A copy of `data` with keys in the order the schema declares them: stable, readable diffs. */
export function orderBySchema(schema: z.ZodType, data: unknown): unknown {
	if (Array.isArray(data)) {
		const element = arrayElement(schema);
		return data.map((item) => (element ? orderBySchema(element, item) : item));
	}
	const shape = shapeOf(schema);
	if (!shape || !data || typeof data !== 'object') return data;
	const record = data as Record<string, unknown>;
	const keys = [
		...Object.keys(shape).filter((k) => k in record),
		...Object.keys(record)
			.filter((k) => !(k in shape))
			.sort(),
	];
	return Object.fromEntries(
		keys
			.filter((k) => record[k] !== undefined)
			.map((k) => [k, shape[k] ? orderBySchema(shape[k], record[k]) : record[k]]),
	);
}

function arrayElement(schema: z.ZodType): z.ZodType | undefined {
	let current: z.ZodType | undefined = schema;
	for (let i = 0; current && i < 8; i++) {
		const def = current._zod.def as unknown as {
			type: string;
			element?: z.ZodType;
			innerType?: z.ZodType;
			in?: z.ZodType;
		};
		if (def.type === 'array') return def.element;
		current = def.innerType ?? def.in;
	}
	return undefined;
}

/** The importer's block of the body: sheet columns kept as text, and values the schema could not take. */
export function importBlock(
	sections: readonly Section[],
	unmapped: readonly Section[],
	notes: readonly string[],
	heading = 'From the inventory',
): string {
	const lines = [BLOCK_START, '', `## ${heading}`, ''];
	for (const s of sections) lines.push(...field(s));
	if (unmapped.length) {
		lines.push(
			'### Values the schema could not take',
			'',
			'Kept here as written in the sheet; move them into the fields above once decided.',
			'',
		);
		for (const s of unmapped) lines.push(...field(s));
	}
	if (notes.length) {
		lines.push('### Import notes', '');
		for (const note of notes) lines.push(`- ${escapeMarkdown(note)}`);
		lines.push('');
	}
	lines.push(BLOCK_END, '');
	return lines.join('\n');
}

function field({ label, value }: Section): string[] {
	const text = escapeMarkdown(value);
	return text.includes('\n')
		? [
				`**${escapeMarkdown(label)}**:`,
				'',
				...text.split('\n').map((l) => (l ? `> ${l}` : '>')),
				'',
			]
		: [`**${escapeMarkdown(label)}**: ${text}`, ''];
}

/** Sheet text is data, not markup: no HTML, links or headings sneak into the page. */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>#|~&{}]/g, (c) => `\\${c}`);
}

/** The importer's block within a body, markers included; undefined when there is none. */
export function blockOf(body: string): string | undefined {
	const start = body.indexOf(BLOCK_START);
	const end = body.indexOf(BLOCK_END);
	return start < 0 || end < start ? undefined : body.slice(start, end + BLOCK_END.length);
}

/** The body with the importer's block replaced (or appended), the author's text kept. */
export function mergeBody(existing: string | undefined, block: string): string {
	if (!existing?.trim()) return block;
	const start = existing.indexOf(BLOCK_START);
	const end = existing.indexOf(BLOCK_END);
	if (start < 0 || end < start) return `${existing.replace(/\s*$/, '\n\n')}${block}`;
	return `${existing.slice(0, start)}${block}${existing.slice(end + BLOCK_END.length).replace(/^\n/, '')}`;
}

/**
 * The existing file's data updated with the sheet's: a path filled from the sheet overwrites;
 * a path the importer only defaulted keeps the author's value when there is one; fields the
 * sheet does not feed (risks, datasets, review points…) are left as the author wrote them.
 */
export function mergeData(
	existing: Record<string, unknown>,
	imported: Record<string, unknown>,
	soft: ReadonlySet<string>,
	prefix = '',
): Record<string, unknown> {
	const out: Record<string, unknown> = structuredClone(existing);
	for (const [key, value] of Object.entries(imported)) {
		const path = prefix ? `${prefix}.${key}` : key;
		const mine = out[key];
		if (
			value &&
			typeof value === 'object' &&
			!Array.isArray(value) &&
			mine &&
			typeof mine === 'object' &&
			!Array.isArray(mine)
		) {
			out[key] = mergeData(
				mine as Record<string, unknown>,
				value as Record<string, unknown>,
				soft,
				path,
			);
		} else if (!(soft.has(path) && mine !== undefined)) out[key] = value;
	}
	return out;
}
