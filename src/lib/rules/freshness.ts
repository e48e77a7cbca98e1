import type { Diagnostic } from '../diagnostics.ts';
import type { Entry } from '../content/validate.ts';
import { isHeld } from '../schemas/certifications.ts';
import { at, daysBetween, type Rule } from './context.ts';

/** How far ahead expiries are flagged. */
export const EXPIRY_WINDOW_DAYS = 90;

/**
 * Things that go stale: reviews, certificates, evidence, actions. These are warnings (errors
 * under --strict): the content is still valid, but someone has work to do.
 */
export const freshness: Rule = (context) => {
	const { asOf } = context;
	const overdue = (
		entry: Entry,
		path: PropertyKey[],
		due: string | undefined,
		what: string,
	): Diagnostic[] =>
		due && due < asOf
			? [
					at(
						entry,
						path,
						'review-overdue',
						`${what} was due ${due} (${daysBetween(due, asOf)} days ago)`,
						'review it, then move the date forward',
						'warning',
					),
				]
			: [];
	const expiring = (
		entry: Entry,
		path: PropertyKey[],
		expires: string | undefined,
		what: string,
	): Diagnostic[] => {
		if (!expires) return [];
		const days = daysBetween(asOf, expires);
		if (days < 0)
			return [
				at(
					entry,
					path,
					'expired',
					`${what} expired ${expires}`,
					'renew it, or record that it has lapsed',
					'warning',
				),
			];
		if (days <= EXPIRY_WINDOW_DAYS)
			return [
				at(
					entry,
					path,
					'expiring',
					`${what} expires ${expires}, in ${days} days`,
					'plan its renewal',
					'warning',
				),
			];
		return [];
	};
	const late = (
		entry: Entry,
		path: PropertyKey[],
		action: { due: string; status: string; action: string },
	): Diagnostic[] =>
		(action.status === 'open' || action.status === 'in-progress') && action.due < asOf
			? [
					at(
						entry,
						[...path, 'due'],
						'action-overdue',
						`“${action.action}” was due ${action.due}`,
						'finish it, or agree a new date and record it',
						'warning',
					),
				]
			: [];

	return [
		...context
			.all('policies')
			.flatMap((e) =>
				e.data.status === 'retired'
					? []
					: overdue(e, ['nextReview'], e.data.nextReview, 'the policy review'),
			),
		...context
			.all('risks')
			.flatMap((e) => [
				...(e.data.status === 'closed'
					? []
					: overdue(e, ['nextReview'], e.data.nextReview, 'the risk review')),
				...e.data.actions.flatMap((a, i) => late(e, ['actions', i], a)),
			]),
		...context
			.all('controls')
			.flatMap((e) => [
				...overdue(e, ['nextReview'], e.data.nextReview, 'the control review'),
				...e.data.evidence.flatMap((item, index) =>
					expiring(e, ['evidence', index, 'expires'], item.expires, `evidence “${item.title}”`),
				),
			]),
		...context
			.all('answers')
			.flatMap((e) => overdue(e, ['nextReview'], e.data.nextReview, 'the answer review')),
		...context
			.all('systems')
			.flatMap((e) =>
				e.data.stage === 'retired'
					? []
					: overdue(e, ['nextReview'], e.data.nextReview, 'the system review'),
			),
		...context
			.all('impact-assessments')
			.flatMap((e) =>
				e.data.status === 'superseded'
					? []
					: overdue(e, ['nextReview'], e.data.nextReview, 'the reassessment'),
			),
		...context
			.all('certifications')
			.flatMap((e) =>
				isHeld(e.data.status)
					? expiring(e, ['expires'], e.data.expires, `the ${e.data.title} certificate`)
					: [],
			),
		...context
			.all('organization')
			.flatMap((e) =>
				expiring(e, ['securityTxt', 'expires'], e.data.securityTxt.expires, 'security.txt'),
			),
		...context
			.all('audits')
			.flatMap((e) =>
				e.data.findings.flatMap((f, i) =>
					f.correctiveAction
						? late(e, ['findings', i, 'correctiveAction'], f.correctiveAction)
						: [],
				),
			),
		...context
			.all('incidents')
			.flatMap((e) =>
				e.data.correctiveActions.flatMap((a, i) => late(e, ['correctiveActions', i], a)),
			),
	];
};
