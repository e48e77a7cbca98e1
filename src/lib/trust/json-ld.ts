/**
 * schema.org JSON-LD for the overview: the Organization and the certificates it holds, as
 * schema.org `Certification` (https://schema.org/Certification) under `hasCertification`:
 * who issued it (`issuedBy`), its number (`certificationIdentification`), when it is valid
 * (`validFrom`, `expires`), whether it is in force (`certificationStatus`) and what it
 * certifies against (`about`, the standard). Embedded as `application/ld+json`, which
 * browsers treat as data, not script.
 */
import type { AudienceView } from '../views/audience.ts';
import { isHeld } from './certifications.ts';

export function organizationJsonLd(view: AudienceView, base: string): Record<string, unknown> {
	const org = view.organization.data;
	const certifications = view.entries.certifications
		.filter((c) => isHeld(c.data.status))
		.map(({ data: c }) => ({
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
		}));
	return {
		'@context': 'https://schema.org',
		'@type': 'Organization',
		name: org.name,
		...(org.legalName && { legalName: org.legalName }),
		url: base,
		logo: new URL(org.logo, base).href,
		description: org.tagline,
		contactPoint: [
			{ '@type': 'ContactPoint', contactType: 'security', email: org.contacts.security.email },
			{ '@type': 'ContactPoint', contactType: 'privacy', email: org.contacts.privacy.email },
			{ '@type': 'ContactPoint', contactType: 'AI governance', email: org.contacts.aiGovernance.email },
		],
		hasCertification: certifications,
	};
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so content can never close the element. */
export function jsonLdText(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
