/**
 * Validates raw entries against their collection schema and turns every Zod issue into a
 * diagnostic that names the file, the line, the field, and what to write instead.
 */
import type { z } from 'astro/zod';
import { closest, fieldPath, type Diagnostic } from '../diagnostics.ts';
import { COLLECTIONS, type CollectionName, type EntryData } from '../schemas/index.ts';
import { schemaAt, shapeOf } from '../schemas/walk.ts';
import type { RawEntry } from './load.ts';

export interface Entry<C extends CollectionName = CollectionName> {
	collection: C;
	id: string;
	file: string;
	format: RawEntry['format'];
	data: EntryData<C>;
	body?: string;
	/** 1-based line of the file where the body starts. */
	bodyLine?: number;
	lineOf: RawEntry['lineOf'];
}

export function validateEntry(raw: RawEntry): { entry?: Entry; diagnostics: Diagnostic[] } {
	const schema = COLLECTIONS[raw.collection].schema;
	const result = schema.safeParse(raw.data, { reportInput: true });
	if (result.success)
		return { entry: { ...raw, data: result.data as EntryData<CollectionName> }, diagnostics: [] };
	const diagnostics = result.error.issues.flatMap((issue) =>
		describeIssue(schema, issue).map(({ path, message, fix }) => ({
			severity: 'error' as const,
			file: raw.file,
			line: raw.lineOf(path),
			field: fieldPath(path) || undefined,
			rule: 'schema' as const,
			message,
			fix,
		})),
	);
	return { diagnostics };
}

interface Described {
	path: PropertyKey[];
	message: string;
	fix?: string;
}

function describeIssue(root: z.ZodType, issue: z.core.$ZodIssue): Described[] {
	const path = issue.path as PropertyKey[];
	const description = schemaAt(root, path)?.description;
	const guide = description ? `${description}` : undefined;
	switch (issue.code) {
		case 'unrecognized_keys': {
			const known = Object.keys(shapeOf(schemaAt(root, path) ?? root) ?? {});
			return issue.keys.map((key) => {
				const guess = closest(key, known);
				return {
					path: [...path, key],
					message: `unknown field "${key}"${guess ? `; did you mean "${guess}"?` : ''}`,
					fix: guess
						? `rename it to "${guess}"`
						: `remove it; the fields here are: ${known.join(', ')}`,
				};
			});
		}
		case 'invalid_value': {
			const options = inWrittenOrder(issue.values.map(String));
			const input = 'input' in issue ? issue.input : undefined;
			const guess = typeof input === 'string' ? closest(input, options) : undefined;
			return [
				{
					path,
					message: `${JSON.stringify(input)} is not one of ${options.join(', ')}${guess ? `; did you mean "${guess}"?` : ''}`,
					fix: guess ? `write "${guess}"` : `write one of: ${options.join(', ')}`,
				},
			];
		}
		case 'invalid_type': {
			const input = 'input' in issue ? issue.input : undefined;
			if (input === undefined)
				return [{ path, message: 'is required', fix: guide ? `add it: ${guide}` : 'add it' }];
			const expected = issue.message.startsWith('Invalid input')
				? `must be ${article(issue.expected)}`
				: issue.message;
			return [
				{
					path,
					message: `${expected}, not ${describeValue(input)}`,
					fix: guide && `write ${article(issue.expected)}: ${lowerFirst(guide)}`,
				},
			];
		}
		case 'too_small':
		case 'too_big': {
			const message = issue.message.startsWith('Too ') ? sizeMessage(issue) : issue.message;
			return [{ path, message, fix: guide && `fill it in: ${lowerFirst(guide)}` }];
		}
		case 'invalid_union':
			return [{ path, message: 'does not match any of the accepted shapes', fix: guide }];
		default:
			// Our own messages (dates, e-mails, patterns) already say what to write.
			return [{ path, message: issue.message }];
	}
}

function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
	const bound = 'minimum' in issue ? issue.minimum : issue.maximum;
	const relation = issue.code === 'too_small' ? 'at least' : 'at most';
	if (issue.origin === 'array')
		return `must list ${relation} ${String(bound)} item${Number(bound) === 1 ? '' : 's'}`;
	if (issue.origin === 'string')
		return `must be ${relation} ${String(bound)} character${Number(bound) === 1 ? '' : 's'} long`;
	return `must be ${relation} ${String(bound)}`;
}

function article(expected: string): string {
	const names: Record<string, string> = {
		string: 'text',
		number: 'a number',
		boolean: 'true or false',
		array: 'a list',
		object: 'a group of fields',
	};
	return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
	if (value === null) return 'empty';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a group of fields';
	if (typeof value === 'string')
		return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
	return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

/**
 * An enum's values in the order its schema lists them. Zod keeps an enum as an object, and
 * JavaScript moves integer-like keys ("2") to the front, so Annex III points would read
 * "2, 1(a), 1(b), …". Lists with such a value are put back in natural order; other lists keep
 * the schema's order, which carries meaning (tiers from prohibited down to out of scope).
 */
export function inWrittenOrder(values: string[]): string[] {
	if (!values.some((v) => /^\d+$/.test(v))) return values;
	return [...values].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
