/**
 * A placeholder for each required field that `npm run check` accepts: the title where a title
 * goes, "TODO" in prose, today's date, the first person for a person, a cautious enum choice.
 * Everything the author must replace is reported back to them.
 */
import type { z } from 'astro/zod';
import { unwrap } from '../../lib/schemas/walk.ts';

export interface ScaffoldContext {
	title: string;
	id: string;
	asOf: string;
	/** Identifier of the first entry of each collection, for required references. */
	firstOf(collection: string): string | undefined;
}

/** What a scaffolded prose field says until the author writes it. */
export const TODO = 'TODO';

/**
 * Enum choices where the first option would be wrong or alarming as a placeholder: a new
 * system is not "prohibited", a new use case is not yet "approved".
 */
const PREFERRED: Record<string, unknown> = {
	'euAiAct.tier': 'minimal',
	'euAiAct.role': 'deployer',
	'useCase.decision': 'under-review',
	roles: ['governance'],
	'documents:kind': 'other',
	'organization:logo': '/logo.svg',
	'controls:applicable': true,
	'organization:colors.primary': '#1f4e79',
	// Passes the brand-contrast rule: 3:1 on white for marks and focus rings.
	'organization:colors.accent': '#b35900',
};

/** Strings tried, in order, against a string field's own checks: the first it accepts is used. */
function sampleStrings(context: ScaffoldContext): string[] {
	return [
		TODO,
		context.asOf,
		'ai-governance@example.com',
		'https://example.com',
		'#1f4e79',
		'0.1',
		`TODO-${context.id.toUpperCase().replace(/[^A-Z0-9]+/g, '-')}`,
	];
}

const TITLE_FIELDS = new Set(['title', 'name', 'question', 'standard']);
const LATER_DATES = new Set(['nextReview', 'due', 'end', 'expires']);

type Def = {
	type: string;
	entries?: Record<string, string>;
	element?: z.ZodType;
	shape?: Record<string, z.ZodType>;
};

/** A value for the field at `path` (dotted) in collection `collection`, or undefined to leave it out. */
export function placeholder(
	collection: string,
	path: string,
	schema: z.ZodType,
	context: ScaffoldContext,
): unknown {
	const key = path.split('.').at(-1)!;
	const preferred = PREFERRED[`${collection}:${path}`] ?? PREFERRED[path];
	if (preferred !== undefined) return preferred;
	const { schema: inner, reference } = unwrap(schema);
	const def = inner._zod.def as unknown as Def;
	if (reference) return context.firstOf(reference) ?? TODO;
	switch (def.type) {
		case 'enum':
			return (inner as unknown as { options: string[] }).options[0];
		case 'boolean':
			return false;
		case 'number':
			return inner.safeParse(0).success ? 0 : 1;
		case 'array': {
			if (inner.safeParse([]).success) return undefined;
			return [placeholder(collection, path, def.element!, context)];
		}
		case 'object':
			return Object.fromEntries(
				Object.entries(def.shape ?? {}).flatMap(([k, child]) => {
					if (child.safeParse(undefined).success) return [];
					return [[k, placeholder(collection, path ? `${path}.${k}` : k, child, context)]];
				}),
			);
		case 'string': {
			if (TITLE_FIELDS.has(key) && !path.includes('.') && inner.safeParse(context.title).success)
				return context.title;
			if (LATER_DATES.has(key) && inner.safeParse(context.asOf).success)
				return addDays(context.asOf, key === 'expires' ? 300 : 365);
			return sampleStrings(context).find((s) => inner.safeParse(s).success) ?? TODO;
		}
		default:
			return TODO;
	}
}

function addDays(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
