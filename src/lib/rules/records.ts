import { findDocumentFile } from '../content/document-files.ts';
import { CERTIFICATION_TRACKS, isHeld } from '../schemas/certifications.ts';
import { at, type Rule } from './context.ts';

/**
 * A certification or attestation stands on its own kind's track; one that is held has a
 * number, a body and an expiry date, and an issued report says which period it covers.
 */
export const certifications: Rule = (context) =>
	context.all('certifications').flatMap((entry) => {
		const { kind, status } = entry.data;
		const track: readonly string[] = CERTIFICATION_TRACKS[kind];
		if (
			!track.includes(status) &&
			status !== 'surveillance' &&
			status !== 'expired' &&
			status !== 'withdrawn'
		) {
			const other = kind === 'certification' ? 'attestation' : 'certification';
			return [
				at(
					entry,
					['status'],
					'certification-track',
					`"${status}" is not a step of ${kind === 'attestation' ? 'an' : 'a'} ${kind}, whose track is ${track.join(' → ')}`,
					`use one of ${track.join(', ')}, or write \`kind: ${other}\` if this is a${other === 'attestation' ? 'n' : ''} ${other}`,
				),
			];
		}
		if (status === 'surveillance' && kind === 'attestation') {
			return [
				at(
					entry,
					['status'],
					'certification-track',
					'an attestation has no surveillance audits',
					'write `status: attested` while the report is current',
				),
			];
		}
		if (!isHeld(status)) return [];
		const needed =
			kind === 'attestation'
				? (['certificateNumber', 'body', 'expires', 'period'] as const)
				: (['certificateNumber', 'body', 'expires'] as const);
		return needed
			.filter((field) => !entry.data[field])
			.map((field) =>
				at(
					entry,
					[field],
					'certified-details',
					kind === 'attestation'
						? `an attestation whose report is issued needs ${field}`
						: `a ${status} certification needs ${field}`,
					field === 'period'
						? 'add period: { start: YYYY-MM-DD, end: YYYY-MM-DD }, the dates the report covers'
						: `add ${field}, as printed on the ${kind === 'attestation' ? 'report' : 'certificate'}`,
				),
			);
	});

/** Treatment never makes a risk worse; residual is rated on each axis against inherent. */
export const residualRisk: Rule = (context) =>
	context.all('risks').flatMap((entry) => {
		const { inherent, residual } = entry.data;
		return (['likelihood', 'impact'] as const)
			.filter((axis) => residual[axis] > inherent[axis])
			.map((axis) =>
				at(
					entry,
					['residual', axis],
					'residual-risk',
					`residual ${axis} ${residual[axis]} exceeds inherent ${axis} ${inherent[axis]}`,
					`treatment cannot raise a risk: lower the residual ${axis} to ${inherent[axis]} or less, or raise the inherent rating`,
				),
			);
	});

/** Approved documents carry who approved them and when. */
export const approvals: Rule = (context) => [
	...context
		.all('policies')
		.flatMap((entry) =>
			entry.data.status === 'approved' && !entry.data.approvedOn
				? [
						at(
							entry,
							['approvedOn'],
							'approval',
							'an approved policy needs its approval date',
							'add approvedOn: YYYY-MM-DD, or set status: draft',
						),
					]
				: [],
		),
	...context
		.all('impact-assessments')
		.flatMap((entry) =>
			entry.data.status === 'approved' && !entry.data.approvedBy
				? [
						at(
							entry,
							['approvedBy'],
							'approval',
							'an approved impact assessment needs its approver',
							'add approvedBy with the person who approved it, or set status: draft',
						),
					]
				: [],
		),
];

/** Nonconformities are corrected (clause 10.2). */
export const correctiveActions: Rule = (context) =>
	context
		.all('audits')
		.flatMap((entry) =>
			entry.data.findings.flatMap((finding, index) =>
				finding.type.endsWith('nonconformity') && !finding.correctiveAction
					? [
							at(
								entry,
								['findings', index],
								'corrective-action',
								`nonconformity ${finding.id} has no corrective action`,
								'add correctiveAction with action, owner, due and status (clause 10.2)',
							),
						]
					: [],
			),
		);

/** Periods run forwards and counts add up. */
export const consistency: Rule = (context) => [
	...context
		.all('roadmap')
		.flatMap((entry) =>
			entry.data.end < entry.data.start
				? [
						at(
							entry,
							['end'],
							'date-order',
							`ends ${entry.data.end}, before it starts ${entry.data.start}`,
							'swap or correct the dates',
						),
					]
				: [],
		),
	...context.all('datasets').flatMap((entry) => {
		const { from, to } = entry.data.collectionPeriod;
		return to && to < from
			? [
					at(
						entry,
						['collectionPeriod', 'to'],
						'date-order',
						`collection ends ${to}, before it starts ${from}`,
						'swap or correct the dates',
					),
				]
			: [];
	}),
	...context
		.all('trainings')
		.flatMap((entry) =>
			entry.data.completed > entry.data.assigned
				? [
						at(
							entry,
							['completed'],
							'training-counts',
							`${entry.data.completed} completed but only ${entry.data.assigned} assigned`,
							'completed cannot exceed assigned; correct one of the two',
						),
					]
				: [],
		),
];

/** A document's file is in src/content/documents/files/: a regular file, really inside the content folder. */
export const documentFiles: Rule = (context) =>
	context.all('documents').flatMap((entry) => {
		const problem = findDocumentFile(context.contentDir, entry.data.file);
		if (problem === 'missing')
			return [
				at(
					entry,
					['file'],
					'document-file',
					`the file ${entry.data.file} is not in ${context.contentFile('documents', 'files')}/`,
					'add the file there, or correct the name',
				),
			];
		if (problem)
			return [
				at(
					entry,
					['file'],
					'document-file',
					`${context.contentFile('documents', 'files', entry.data.file)} ${problem.message}`,
					problem.fix,
				),
			];
		return [];
	});
