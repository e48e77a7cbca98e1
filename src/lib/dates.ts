/**
 * Calendar dates, written YYYY-MM-DD: the one definition every part uses (the schemas, the
 * day the checks run as of, the CLI's --as-of options, the exports' stamps). A date is real or
 * it is not: 2026-02-31 and 2026-13-45 are refused, not rolled over into March or next year.
 */

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD, such as 2026-03-31. */
export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string' || !SHAPE.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** True when the value has the YYYY-MM-DD shape, real date or not (to tell the two mistakes apart). */
export function hasIsoDateShape(value: string): boolean {
	return SHAPE.test(value);
}

/** A bad date given on the command line or in the environment: a one-line message, no stack. */
export class DateInputError extends Error {}

/**
 * `value` if it is a real date; otherwise a `DateInputError` whose message names where the
 * value came from (`AIMS_AS_OF`, `--as-of`) and what to write instead.
 */
export function requireIsoDate(value: string, name: string): string {
	if (isIsoDate(value)) return value;
	const why = hasIsoDateShape(value)
		? 'is not a real calendar date; check the day and month'
		: 'must be a date written YYYY-MM-DD, for example 2026-03-31';
	throw new DateInputError(`${name}: "${value}" ${why}`);
}

/** Today as YYYY-MM-DD in UTC. */
export function todayIso(now = new Date()): string {
	return now.toISOString().slice(0, 10);
}
