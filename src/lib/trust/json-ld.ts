/**
 * schema.org JSON-LD for the overview: the Organization and the certificates it holds, as
 * EducationalOccupationalCredential (https://schema.org/EducationalOccupationalCredential).
 * Embedded as `application/ld+json`, which browsers treat as data, not script.
 */
import type { AudienceView } from '../views/audience.ts';
import { isHeld } from './certifications.ts';

export function organizationJsonLd(view: AudienceView, base: string): Record<string, unknown> {
	const org = view.organization.data;
	const credentials = view.entries.certifications
		.filter((c) => isHeld(c.data.status))
		.map(({ data: c }) => ({
			'@type': 'EducationalOccupationalCredential',
			name: `${c.standard} certificate`,
			credentialCategory: 'certificate',
			...(c.certificateNumber && { identifier: c.certificateNumber }),
			description: c.scope,
			...(c.body && { recognizedBy: { '@type': 'Organization', name: c.body } }),
			...(c.issued && { dateCreated: c.issued }),
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
		hasCredential: credentials,
	};
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so content can never close the element. */
export function jsonLdText(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
