/**
 * The latest date the content records as done: the one definition of “last updated” that the
 * trust center shows, `trust.json` states and every export is stamped with. Builds must give the
 * same bytes twice, so it comes from the content, never from the wall clock.
 */
import { isIsoDate } from '../dates.ts';
import type { AudienceView } from '../views/audience.ts';

/**
 * Fields that record when something was done. Dates due in the future (`nextReview`, `due`,
 * `expires`) are left out: a review planned for next year has not updated anything.
 */
const DONE_ON = new Set([
	'lastReview',
	'lastReviewed',
	'approvedOn',
	'effective',
	'date',
	'issued',
	'identifiedOn',
	'decidedOn',
	'measuredOn',
]);

function latestIn(
	value: unknown,
	key: string | undefined,
	best: string | undefined,
): string | undefined {
	if (typeof value === 'string')
		return key && DONE_ON.has(key) && isIsoDate(value) && (best === undefined || value > best)
			? value
			: best;
	if (Array.isArray(value))
		return value.reduce<string | undefined>((acc, item) => latestIn(item, key, acc), best);
	if (value && typeof value === 'object')
		return Object.entries(value).reduce<string | undefined>(
			(acc, [k, v]) => latestIn(v, k, acc),
			best,
		);
	return best;
}

/** The latest record date the view's audience can read, YYYY-MM-DD, or undefined when the content records none. */
export function latestRecordDate(view: AudienceView): string | undefined {
	let best: string | undefined;
	for (const list of Object.values(view.entries))
		for (const entry of list) best = latestIn(entry.data, undefined, best);
	return best;
}
