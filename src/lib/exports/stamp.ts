/**
 * The date an export says it was last changed. Builds must give the same bytes twice, so the
 * stamp comes from the content (the latest review, approval or record date the audience can
 * read), never from the wall clock.
 */
import { isIsoDate } from '../dates.ts';
import type { AudienceView } from '../views/audience.ts';

/** Fields that record when something was done; dates due in the future (nextReview, due) are left out. */
const DONE_ON = new Set(['lastReview', 'lastReviewed', 'approvedOn', 'effective', 'date', 'identifiedOn', 'decidedOn', 'measuredOn']);
/** Used when the view holds no dated record at all (an empty repository). */
const FALLBACK = '2000-01-01';

function latestIn(value: unknown, key: string | undefined, best: string): string {
	if (typeof value === 'string') return key && DONE_ON.has(key) && isIsoDate(value) && value > best ? value : best;
	if (Array.isArray(value)) return value.reduce<string>((acc, item) => latestIn(item, key, acc), best);
	if (value && typeof value === 'object') return Object.entries(value).reduce<string>((acc, [k, v]) => latestIn(v, k, acc), best);
	return best;
}

/** The latest record date in the view, YYYY-MM-DD. */
export function contentDate(view: AudienceView): string {
	let best = FALLBACK;
	for (const list of Object.values(view.entries)) for (const entry of list) best = latestIn(entry.data, undefined, best);
	return best;
}

/** Midnight UTC of a YYYY-MM-DD date, as the date-time OSCAL and CycloneDX require. */
export function dateTime(date: string): string {
	return `${date}T00:00:00Z`;
}
