import { z } from 'astro/zod';
import { audience, isoDate, refTo, text, url } from './fields.ts';

/**
 * Every status a certification or an attestation can stand at. The two kinds follow different
 * tracks (CERTIFICATION_TRACKS); `expired` and `withdrawn` end either.
 */
export const CERTIFICATION_STATUSES = [
	'planned',
	'gap-analysis',
	'stage-1',
	'stage-2',
	'certified',
	'surveillance',
	'readiness',
	'observation',
	'attested',
	'expired',
	'withdrawn',
] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

/**
 * `certification`: a certificate issued after a stage 1 and stage 2 audit (ISO/IEC 42001,
 * ISO/IEC 27001). `attestation`: an auditor's report over a period (SOC 2 Type II, ISAE 3000),
 * with no certificate and no stages.
 */
export const CERTIFICATION_KINDS = ['certification', 'attestation'] as const;
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];

/** The road each kind travels, in order. Surveillance keeps a certificate on its last step. */
export const CERTIFICATION_TRACKS = {
	certification: ['planned', 'gap-analysis', 'stage-1', 'stage-2', 'certified'],
	attestation: ['planned', 'readiness', 'observation', 'attested'],
} as const satisfies Record<CertificationKind, readonly CertificationStatus[]>;

/** Statuses at which the organisation holds a valid certificate or a current report. */
export const HELD_STATUSES: readonly CertificationStatus[] = [
	'certified',
	'surveillance',
	'attested',
];

/** Whether a certificate or report in this status is held now: issued and not lapsed. */
export function isHeld(status: CertificationStatus): boolean {
	return HELD_STATUSES.includes(status);
}

/** A certification, attestation or framework the organisation holds or pursues. */
export const certificationsSchema = z.strictObject({
	audience: audience,
	standard: text.describe(
		'Standard or framework, for example “ISO/IEC 42001:2023” or “SOC 2 Type II”.',
	),
	title: text.describe('Short name for badges, for example “ISO 42001”.'),
	kind: z
		.enum(CERTIFICATION_KINDS)
		.default('certification')
		.describe(
			'certification (a certificate after stage 1 and stage 2 audits, as for ISO standards) or attestation (an auditor’s report over a period, as for SOC 2). Defaults to certification.',
		),
	status: z
		.enum(CERTIFICATION_STATUSES)
		.describe(
			'Where it stands. A certification: planned → gap-analysis → stage-1 → stage-2 → certified → surveillance. An attestation: planned → readiness → observation (the audit period is running) → attested (the report is issued). Either: expired, withdrawn.',
		),
	body: text
		.optional()
		.describe('Certification body or audit firm; required once certified or attested.'),
	accreditationBody: text
		.optional()
		.describe('Body that accredits the certification body, for example UKAS or ANAB.'),
	certificateNumber: text
		.optional()
		.describe(
			'Certificate number, or the report’s reference for an attestation; required once certified or attested.',
		),
	scope: text.describe('What the certificate or report covers.'),
	period: z
		.strictObject({
			start: isoDate.describe('First day the report covers.'),
			end: isoDate.describe('Last day the report covers.'),
		})
		.optional()
		.describe(
			'For an attestation: the period the auditor tested (a SOC 2 Type II report period); required once attested.',
		),
	issued: isoDate.optional().describe('Issue date of the certificate or report.'),
	expires: isoDate
		.optional()
		.describe(
			'Expiry date; for an attestation, when the next report replaces this one. Required once certified or attested. Expiry within 90 days is a warning.',
		),
	nextAudit: isoDate
		.optional()
		.describe('Next surveillance or certification audit, or the start of the next audit period.'),
	certificate: refTo('documents')
		.optional()
		.describe('The document entry holding the certificate or report file.'),
	verifyUrl: url.optional().describe('Where a buyer can verify the certificate with its body.'),
});

export type Certification = z.output<typeof certificationsSchema>;
