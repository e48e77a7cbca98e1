/**
 * The date an export says it was last changed. Builds must give the same bytes twice, so the
 * stamp is the content's own latest record date, never the wall clock.
 */
import { latestRecordDate } from '../derive/record-date.ts';
import type { AudienceView } from '../views/audience.ts';

/** Used when the view holds no dated record at all (an empty repository). */
const FALLBACK = '2000-01-01';

/** The latest record date in the view, YYYY-MM-DD (see `latestRecordDate`). */
export function contentDate(view: AudienceView): string {
	return latestRecordDate(view) ?? FALLBACK;
}

/** Midnight UTC of a YYYY-MM-DD date, as the date-time OSCAL and CycloneDX require. */
export function dateTime(date: string): string {
	return `${date}T00:00:00Z`;
}
