/**
 * The audiences and their one order. Every decision of the form "may this reader see that"
 * goes through `canRead`; nothing else compares audiences.
 */

/** Who may see an entry or a field, from least to most restricted. */
export const AUDIENCES = ['public', 'private', 'internal'] as const;
export type Audience = (typeof AUDIENCES)[number];

const RANK: Record<Audience, number> = { public: 0, private: 1, internal: 2 };

/** Whether a reader of one audience may read something marked for another. */
export function canRead(reader: Audience, marked: Audience): boolean {
	return RANK[marked] <= RANK[reader];
}

/** The more restricted of two audiences; either may be absent (no restriction). */
export function moreRestricted(
	a: Audience | undefined,
	b: Audience | undefined,
): Audience | undefined {
	if (!a) return b;
	if (!b) return a;
	return canRead(a, b) ? a : b;
}
