import { z } from 'astro/zod';
import { soaDocument } from './document-control.ts';
import { audience, email, internalOnly, isoDate, text, url } from './fields.ts';

const contact = z
	.strictObject({
		email: email.describe('Mailbox that answers this kind of question.'),
		url: url.optional().describe('Web form or page for the same purpose, if there is one.'),
	})
	.describe('A way to reach a team.');

/** A file served from public/: a site-relative path, never a URL, never leaving the folder. */
const publicPath = z
	.string({ error: 'must be a path under public/ such as /logo.svg' })
	.regex(/^\/(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._\/-]+$/, {
		error:
			'must be a path under public/ such as /logo.svg: a leading slash, then letters, digits, dots, dashes and slashes (no URL, no ..)',
	});

/** A BCP 47 language tag as security.txt's Preferred-Languages expects (RFC 9116 §2.5.8). */
const languageTag = z
	.string({ error: 'must be a language tag such as en or de-CH' })
	.regex(/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/, {
		error: 'must be a language tag such as en or de-CH',
	});

const hexColour = z
	.string()
	.regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a six-digit hex colour such as #1f4e79' });

/** The organisation that runs the AI management system. One entry, usually `organization.yaml`. */
export const organizationSchema = z.strictObject({
	audience: audience,
	name: text.describe('Name as buyers know it, shown in every page title.'),
	legalName: text
		.optional()
		.describe('Registered legal name, for the JSON-LD and the certificates.'),
	tagline: text.describe('One sentence under the name on the trust center.'),
	logo: publicPath.describe(
		'Path of the logo under public/, for example /logo.svg. The file must exist in the repository.',
	),
	colors: z
		.strictObject({
			primary: hexColour.describe(
				'Brand colour for links and accents; must reach 4.5:1 contrast on white.',
			),
			accent: hexColour.describe('Second brand colour for highlights.'),
		})
		.describe('Brand colours.'),
	contacts: z
		.strictObject({
			security: contact.describe('Security team; also feeds /.well-known/security.txt.'),
			privacy: contact.describe('Privacy or data-protection officer.'),
			aiGovernance: contact.describe('AI governance lead: the owner of the AIMS.'),
			documentRequests: contact
				.optional()
				.describe('Where buyers ask for documents under NDA. Defaults to the security contact.'),
		})
		.describe('Published contacts.'),
	trustCenterUrl: url.describe(
		'Public address of the trust center, for canonical links and feeds. A path serves it under that path: https://example.com/trust/ builds every link as /trust/….',
	),
	privateTrustCenterUrl: url
		.optional()
		.describe(
			'Address of the NDA trust center, if it is deployed. A path serves it under that path, as for trustCenterUrl.',
		),
	handbookUrl: internalOnly(
		url.describe(
			'Address of the internal handbook (staff only). A path serves it under that path, as for trustCenterUrl.',
		),
	),
	exportNamespace: url
		.refine((value) => /^https:\/\/[^/?#]+/.test(value), {
			error: 'must be an https:// address on a host the organisation controls',
		})
		.optional()
		.describe(
			'Namespace (an https:// URI the organisation controls) that names its own properties in the OSCAL exports (`props[].ns`); OSCAL tools such as compliance-trestle require an absolute URL with a host. Defaults to the trust center address followed by /ns/oscal. Changing it renames every such property for the tools that read them.',
		),
	repository: internalOnly(
		z
			.strictObject({
				url: url.describe('Web address of the content repository.'),
				editBase: url.describe(
					'Prefix that, followed by a file path, opens it in the repository’s editor.',
				),
			})
			.optional()
			.describe('Where the content lives, for “edit this page” links in the handbook.'),
	),
	aimsScope: text.describe(
		'The AIMS scope statement (clause 4.3): which organisation, products and AI systems it covers.',
	),
	soa: internalOnly(soaDocument.optional()),
	securityTxt: z
		.strictObject({
			expires: isoDate.describe(
				'Date after which security.txt must not be trusted (RFC 9116 §2.5.5). At most a year ahead.',
			),
			policy: url
				.optional()
				.describe(
					'Vulnerability disclosure policy. An address on the trust center’s own host must be one of its pages (/security/disclosure-policy/ once vulnerabilityDisclosure is set), as must contacts.security.url: `npm run check` reports any that is not.',
				),
			preferredLanguages: z
				.array(languageTag)
				.default(['en'])
				.describe(
					'Languages the security team reads, as language tags such as en or de-CH (RFC 9116 §2.5.8).',
				),
		})
		.describe('What /.well-known/security.txt publishes.'),
	vulnerabilityDisclosure: z
		.strictObject({
			inScope: z
				.array(text)
				.min(1)
				.describe('What researchers may test, one item per line: products, domains, APIs.'),
			outOfScope: z
				.array(text)
				.default([])
				.describe(
					'What they must not test or report, such as denial of service or social engineering.',
				),
			acknowledgeWithin: text.describe(
				'How soon a report is acknowledged, in words, for example “3 business days”.',
			),
			safeHarbor: text.describe(
				'The commitment to researchers who act in good faith, in one or two sentences.',
			),
			recognition: text
				.optional()
				.describe('How reporters are thanked: a hall of fame, a bounty, none.'),
		})
		.optional()
		.describe(
			'The vulnerability disclosure policy. When set, the trust center publishes it at /security/disclosure-policy/; point securityTxt.policy there.',
		),
});

export type OrganizationInput = z.input<typeof organizationSchema>;
export type Organization = z.output<typeof organizationSchema>;
