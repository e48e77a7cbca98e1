/**
 * schema.org JSON-LD for the overview: the Organization, the certificates it holds and the
 * attestation reports it has.
 *
 * A certificate is a schema.org `Certification` (https://schema.org/Certification) under
 * `hasCertification`: who issued it (`issuedBy`), its number (`certificationIdentification`),
 * when it is valid (`validFrom`, `expires`), whether it is in force (`certificationStatus`)
 * and what it certifies against (`about`, the standard).
 *
 * An attestation (SOC 2, ISAE 3000) is no certificate: an audit firm reports on the controls
 * over a period. It is a schema.org `Report` (https://schema.org/Report) about the
 * organisation, under `subjectOf`: its reference (`reportNumber`), the audit firm (`author`),
 * its issue date (`datePublished`), the period tested (`temporalCoverage`, an ISO 8601
 * interval) and when the next report replaces it (`expires`). Embedded as
 * `application/ld+json`, which browsers treat as data, not script.
 */
import type { Certification } from '../schemas/certifications.ts';
import type { AudienceView } from '../views/audience.ts';
import { isHeld } from './certifications.ts';
import { absoluteUrl } from './urls.ts';

function certificationLd(c: Certification): Record<string, unknown> {
	return {
		'@type': 'Certification',
		name: `${c.standard} certificate`,
		about: { '@type': 'CreativeWork', name: c.standard },
		description: c.scope,
		// Only certificates in force are listed (isHeld), so every one is active.
		certificationStatus: { '@id': 'https://schema.org/CertificationActive' },
		...(c.certificateNumber && { certificationIdentification: c.certificateNumber }),
		...(c.body && { issuedBy: { '@type': 'Organization', name: c.body } }),
		...(c.issued && { validFrom: c.issued }),
		...(c.expires && { expires: c.expires }),
		...(c.verifyUrl && { url: c.verifyUrl }),
	};
}

function attestationReportLd(c: Certification): Record<string, unknown> {
	return {
		'@type': 'Report',
		name: `${c.standard} report`,
		about: { '@type': 'CreativeWork', name: c.standard },
		description: c.scope,
		...(c.certificateNumber && { reportNumber: c.certificateNumber }),
		...(c.body && { author: { '@type': 'Organization', name: c.body } }),
		...(c.issued && { datePublished: c.issued }),
		...(c.period && { temporalCoverage: `${c.period.start}/${c.period.end}` }),
		...(c.expires && { expires: c.expires }),
		...(c.verifyUrl && { url: c.verifyUrl }),
	};
}

export function organizationJsonLd(view: AudienceView, base: string): Record<string, unknown> {
	const org = view.organization.data;
	// Only what is held now: a certificate in force, or a current report.
	const held = view.entries.certifications.filter((c) => isHeld(c.data.status)).map((c) => c.data);
	const reports = held.filter((c) => c.kind === 'attestation').map(attestationReportLd);
	return {
		'@context': 'https://schema.org',
		'@type': 'Organization',
		name: org.name,
		...(org.legalName && { legalName: org.legalName }),
		url: base,
		logo: absoluteUrl(base, org.logo),
		description: org.tagline,
		contactPoint: [
			{ '@type': 'ContactPoint', contactType: 'security', email: org.contacts.security.email },
			{ '@type': 'ContactPoint', contactType: 'privacy', email: org.contacts.privacy.email },
			{
				'@type': 'ContactPoint',
				contactType: 'AI governance',
				email: org.contacts.aiGovernance.email,
			},
		],
		hasCertification: held.filter((c) => c.kind === 'certification').map(certificationLd),
		...(reports.length > 0 && { subjectOf: reports }),
	};
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so content can never close the element. */
export function jsonLdText(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
