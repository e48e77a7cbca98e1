import { z } from 'astro/zod';
import { audience, isoDate, refTo, text, url } from './fields.ts';

/** The path to certification, in order, then what can happen to a certificate. */
export const CERTIFICATION_STATUSES = ['planned', 'gap-analysis', 'stage-1', 'stage-2', 'certified', 'surveillance', 'expired', 'withdrawn'] as const;

/** Whether a certificate in this status is held now: issued and not lapsed. */
export function isHeld(status: (typeof CERTIFICATION_STATUSES)[number]): boolean {
	return status === 'certified' || status === 'surveillance';
}

/** A certification, attestation or framework the organisation holds or pursues. */
export const certificationsSchema = z.strictObject({
	audience: audience,
	standard: text.describe('Standard or framework, for example “ISO/IEC 42001:2023” or “SOC 2 Type II”.'),
	title: text.describe('Short name for badges, for example “ISO 42001”.'),
	status: z.enum(CERTIFICATION_STATUSES).describe('Where it stands: planned → gap-analysis → stage-1 → stage-2 → certified → surveillance; or expired, withdrawn.'),
	body: text.optional().describe('Certification body or audit firm; required once certified.'),
	accreditationBody: text.optional().describe('Body that accredits the certification body, for example UKAS or ANAB.'),
	certificateNumber: text.optional().describe('Certificate number; required once certified.'),
	scope: text.describe('What the certificate covers.'),
	issued: isoDate.optional().describe('Issue date.'),
	expires: isoDate.optional().describe('Expiry date; required once certified. Expiry within 90 days is a warning.'),
	nextAudit: isoDate.optional().describe('Next surveillance or certification audit.'),
	certificate: refTo('documents').optional().describe('The document entry holding the certificate file.'),
	verifyUrl: url.optional().describe('Where a buyer can verify the certificate with its body.'),
});

export type Certification = z.output<typeof certificationsSchema>;
