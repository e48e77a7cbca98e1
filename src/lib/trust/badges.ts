/** The badge row of the overview: each certification or attestation as one line of status and dates. */
import type { ViewEntry } from '../views/audience.ts';
import { isHeld } from './certifications.ts';
import { formatDate } from './dates.ts';
import { markOf, type Mark } from './frameworks.ts';
import { CERTIFICATION_STATUS_LABELS } from './labels.ts';

export interface CertificationBadge {
	id: string;
	title: string;
	standard: string;
	mark: Mark;
	status: ViewEntry<'certifications'>['data']['status'];
	statusLabel: string;
	/** The dates that matter for this kind at this status, in words. */
	dates: string[];
}

export function certificationBadge(entry: ViewEntry<'certifications'>): CertificationBadge {
	const c = entry.data;
	const dates: string[] = [];
	if (c.kind === 'attestation' && c.period)
		dates.push(`Period ${formatDate(c.period.start)} – ${formatDate(c.period.end)}`);
	if (isHeld(c.status)) {
		if (c.kind === 'attestation' && c.issued) dates.push(`Issued ${formatDate(c.issued)}`);
		else if (c.expires) dates.push(`Valid until ${formatDate(c.expires)}`);
	} else if (c.nextAudit) {
		dates.push(
			`${c.kind === 'attestation' ? 'Next audit period from' : 'Next audit'} ${formatDate(c.nextAudit)}`,
		);
	}
	return {
		id: entry.id,
		title: c.title,
		standard: c.standard,
		mark: markOf(c.standard),
		status: c.status,
		statusLabel:
			isHeld(c.status) ||
			c.status === 'expired' ||
			c.status === 'withdrawn' ||
			c.status === 'planned'
				? CERTIFICATION_STATUS_LABELS[c.status]
				: `In progress: ${CERTIFICATION_STATUS_LABELS[c.status].toLowerCase()}`,
		dates,
	};
}
