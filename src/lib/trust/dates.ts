/**
 * “Last updated” for the trust center: the latest date the content itself records, never the
 * build machine's clock, so two builds of the same content are identical.
 */
export { latestRecordDate as lastUpdated } from '../derive/record-date.ts';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** `2026-03-05` → `5 March 2026`, without Date or Intl, so the output never depends on locale or time zone. */
export function formatDate(date: string): string {
	const [year, month, day] = date.split('-');
	return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}
