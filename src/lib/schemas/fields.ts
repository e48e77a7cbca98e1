/**
 * Field builders shared by every collection schema. Each one carries its own error message,
 * written for the governance author who will read it in a failed build.
 */
import { z } from 'astro/zod';
import { REQUIREMENT_IDS, ANNEX_A_IDS, CLAUSE_IDS } from '../reference/index.ts';
import { isIsoDate } from '../dates.ts';
import type { CollectionName } from './names.ts';

import { AUDIENCES, type Audience } from '../audiences.ts';

export { AUDIENCES, type Audience };

/**
 * Who may read this entry. `public`: anyone, on the trust center. `private`: customers and
 * prospects under NDA, on the private trust center. `internal`: staff and auditors, in the
 * handbook only. Defaults to `internal`: publishing is an explicit decision.
 */
export const audience = z
	.enum(AUDIENCES)
	.default('internal')
	.describe(
		'Who may read this entry: public, private (customers under NDA) or internal (staff). Defaults to internal.',
	);

/** A calendar date written YYYY-MM-DD. Kept as a string so output never depends on a time zone. */
export const isoDate = z
	.string({ error: 'must be a date written YYYY-MM-DD, for example 2026-03-31' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, {
		error: 'must be a date written YYYY-MM-DD, for example 2026-03-31',
		abort: true,
	})
	.refine(isIsoDate, {
		error: (issue) =>
			`${JSON.stringify(issue.input)} is not a real calendar date; check the day and month`,
	});

export const email = z.email({
	error: 'must be an e-mail address such as ai-governance@example.com',
});
/**
 * A web address readers are sent to: `https:` only, with a host, no user name or password,
 * no spaces or control characters. `http:` is refused too: every page we link must be
 * reachable without a downgrade, and the CSP upgrades requests anyway.
 */
export const url = z.string({ error: 'must be a full URL starting with https://' }).check((ctx) => {
	const problem = httpsUrlProblem(ctx.value);
	if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, message: problem });
});

/** Why `value` is not a safe `https:` address, or undefined when it is one. */
export function httpsUrlProblem(value: string): string | undefined {
	// Checked on the raw text: the URL parser silently strips tabs and newlines.
	if (/[\s\u0000-\u001f\u007f]/u.test(value))
		return 'must not contain spaces, line breaks or control characters';
	if (value.startsWith('//'))
		return `${JSON.stringify(value)} has no scheme; write it in full, starting with https://`;
	let parsed: URL;
	try {
		parsed = new URL(value);
	} catch {
		return 'must be a full URL starting with https://';
	}
	if (parsed.protocol !== 'https:')
		return `uses ${JSON.stringify(parsed.protocol)}; only https:// addresses are allowed`;
	if (!value.toLowerCase().startsWith('https://') || !parsed.hostname)
		return 'must be a full URL starting with https://';
	if (parsed.username || parsed.password) return 'must not contain a user name or password';
	return undefined;
}

/** Non-empty prose. */
export const text = z
	.string({ error: 'must be text' })
	.trim()
	.min(1, { error: 'must not be empty' });

/** A 1–5 score on the risk methodology's scale. */
export const score = z
	.number({ error: 'must be a whole number from 1 to 5' })
	.int({ error: 'must be a whole number from 1 to 5' })
	.min(1, { error: 'must be a whole number from 1 to 5' })
	.max(5, { error: 'must be a whole number from 1 to 5' });

export const annexAControl = z.enum(ANNEX_A_IDS);
export const clause = z.enum(CLAUSE_IDS);
/** An Annex A control (`A.6.2.4`) or a clause 4–10 requirement (`6.1.3`). */
export const requirement = z.enum(REQUIREMENT_IDS);

/** How far an action has got. Shared by treatment, corrective and incident actions. */
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'cancelled'] as const;

// --- Field annotations ------------------------------------------------------------------
// The integrity rules and audience views walk the schemas, so the knowledge of which field
// points where, and which field is for staff only, is written once: where the field is.

/** The type-level twin of `restrictedTo`, read by `Redacted` (src/lib/views/redacted.ts). */
export declare const RESTRICTED: unique symbol;
/** A schema whose field only `R` and the audiences above it may read. */
export type RestrictedTo<T, R extends Audience> = T & { readonly [RESTRICTED]: R };

/** What a field says about itself beyond its type. Marks on a field and its wrappers combine. */
export interface FieldMark {
	/** The field holds the identifier of an entry of this collection. */
	reference?: CollectionName;
	/** Only this audience and those above it may read the field. */
	restrictedTo?: 'private' | 'internal';
}
// A Zod registry, not a WeakMap: `.describe()` and `.optional()` clone a schema, and a
// registry lets the clone inherit its parent's mark.
const marks = z.registry<FieldMark>();

export function markOf(schema: z.ZodType): FieldMark | undefined {
	return marks.get(schema);
}

/** Marks a clone, so marking a shared builder such as `text` cannot mark every use of it. */
function mark<T extends z.ZodType>(schema: T, fieldMark: FieldMark): T {
	const marked = schema.clone() as T;
	marks.add(marked, fieldMark);
	return marked;
}

/** The identifier of an entry of another collection; checked by the `reference` rule. */
export function refTo(collection: CollectionName) {
	return mark(
		z.string({
			error: `must be the identifier of an entry in ${collection} (its file name without extension)`,
		}),
		{ reference: collection },
	);
}

/** A field only staff may read: the public and private sites never receive it. */
export function internalOnly<T extends z.ZodType>(schema: T): RestrictedTo<T, 'internal'> {
	return mark(schema, { restrictedTo: 'internal' }) as RestrictedTo<T, 'internal'>;
}

/** A field for NDA readers and staff: the public site never receives it. */
export function privateOnly<T extends z.ZodType>(schema: T): RestrictedTo<T, 'private'> {
	return mark(schema, { restrictedTo: 'private' }) as RestrictedTo<T, 'private'>;
}
