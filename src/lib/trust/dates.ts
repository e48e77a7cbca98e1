/**
 * “Last updated” for the trust center: the latest date the content itself records, never the
 * build machine's clock, so two builds of the same content are identical.
 */
import type { AudienceView } from '../views/audience.ts';

/** Dates that say something happened (not due dates or expiries, which lie in the future). */
export function contentDates(view: AudienceView): string[] {
	const { updates, controls, policies, answers, certifications, documents, systems } = view.entries;
	return [
		...updates.map((u) => u.data.date),
		...controls.map((c) => c.data.lastReview),
		...policies.flatMap((p) => [p.data.approvedOn, p.data.effective]),
		...answers.map((a) => a.data.lastReviewed),
		...certifications.map((c) => c.data.issued),
		...documents.map((d) => d.data.date),
		...systems.map((s) => s.data.lastReviewed),
	].filter((date): date is string => date !== undefined);
}

/** The latest date in the content, or undefined when it records none. */
export function lastUpdated(view: AudienceView): string | undefined {
	return contentDates(view).reduce<string | undefined>((latest, date) => (latest === undefined || date > latest ? date : latest), undefined);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-03-05` → `5 March 2026`, without Date or Intl, so the output never depends on locale or time zone. */
export function formatDate(date: string): string {
	const [year, month, day] = date.split('-');
	return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}
