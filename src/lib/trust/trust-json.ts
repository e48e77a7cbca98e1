/**
 * /trust.json: the trust center for machines (procurement tools, questionnaire autofill).
 * The Zod schema below is the contract: /trust.schema.json is generated from it with
 * `z.toJSONSchema`, so the published documentation cannot drift from the data.
 * Bump SCHEMA_VERSION's major number on any breaking change, the minor on additions.
 */
import { compareIds } from '../order.ts';
import { z } from 'astro/zod';
import { annexACoverage, coverageSentence } from '../derive/coverage.ts';
import { CERTIFICATION_STATUSES } from '../schemas/certifications.ts';
import { IMPLEMENTATION_STATUSES } from '../schemas/controls.ts';
import { DOCUMENT_KINDS } from '../schemas/documents.ts';
import { POLICY_STATUSES } from '../schemas/policies.ts';
import { UPDATE_CATEGORIES } from '../schemas/updates.ts';
import { EU_AI_ACT_TIERS, isAnnexA, requirementTitle } from '../reference/index.ts';
import type { AudienceView, TrustAudience } from '../views/audience.ts';
import { aiPolicy } from './policies.ts';
import { lastUpdated } from './dates.ts';
import { newestFirst } from './order.ts';
import { siteBaseUrl, siteFor } from '../sites.ts';
import { absoluteUrl, documentRequestEmail } from './urls.ts';
import { TRUST_PATHS } from './routes.ts';
import { SHARED_PATHS } from '../routes.ts';

/** 1.1 added the overview's figures, policies, subprocessors, documents and updates. */
export const SCHEMA_VERSION = '1.1';

const date = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.describe('A calendar date, YYYY-MM-DD.');
const tierIds = EU_AI_ACT_TIERS.map((t) => t.id) as [string, ...string[]];
const count = z.int().min(0);
const pageUrl = z.string().describe('Absolute address of the page on this site.');

/**
 * One count per status, every status present. A record keyed by an enum would compile to
 * `required` without `properties`, which Ajv's strict mode rejects; an object does not.
 */
const byStatus = z.strictObject(
	Object.fromEntries(IMPLEMENTATION_STATUSES.map((s) => [s, count])) as Record<
		(typeof IMPLEMENTATION_STATUSES)[number],
		typeof count
	>,
);

export const trustJsonSchema = z
	.strictObject({
		$schema: z.string().describe('URL of this document’s JSON Schema.'),
		schemaVersion: z
			.literal(SCHEMA_VERSION)
			.describe('Version of this format: major changes break readers, minor ones add fields.'),
		generated: date
			.optional()
			.describe('The latest date recorded in the content (not the build time).'),
		audience: z
			.enum(['public', 'private'])
			.describe(
				'public: the public trust center; private: the NDA trust center, which adds implementation detail.',
			),
		organization: z.strictObject({
			name: z.string(),
			legalName: z.string().optional(),
			tagline: z.string(),
			trustCenterUrl: z.string().describe('Address of the public trust center.'),
			aimsScope: z
				.string()
				.describe('Scope of the AI management system (ISO/IEC 42001 clause 4.3).'),
			contacts: z
				.strictObject({
					security: z.string(),
					privacy: z.string(),
					aiGovernance: z.string(),
					documentRequests: z.string(),
				})
				.describe('E-mail addresses.'),
		}),
		certifications: z
			.array(
				z.strictObject({
					id: z.string(),
					title: z.string(),
					standard: z.string(),
					status: z.enum(CERTIFICATION_STATUSES),
					body: z.string().optional(),
					certificateNumber: z.string().optional(),
					scope: z.string(),
					issued: date.optional(),
					expires: date.optional(),
					nextAudit: date.optional(),
					verifyUrl: z.string().optional(),
					url: pageUrl,
				}),
			)
			.describe('Certifications and attestations, held or in progress.'),
		controls: z.strictObject({
			annexA: z
				.strictObject({
					total: count,
					disclosed: count,
					byStatus,
					summary: z.string().describe('The coverage as the overview states it.'),
				})
				.describe(
					'ISO/IEC 42001 Annex A coverage: catalogue size, lines published here, and lines per status.',
				),
			items: z
				.array(
					z.strictObject({
						requirement: z.string().describe('Annex A control (A.6.2.4) or clause (6.1.3).'),
						kind: z.enum(['annex-a', 'clause']),
						title: z.string(),
						applicable: z.boolean(),
						status: z.enum(IMPLEMENTATION_STATUSES),
						summary: z.string(),
						justification: z.string(),
						implementation: z
							.string()
							.optional()
							.describe('How it is implemented; only in the private trust center.'),
						mappings: z.strictObject({
							euAiAct: z.array(z.string()),
							nistAiRmf: z.array(z.string()),
							iso27001: z.array(z.string()),
						}),
						lastReview: date,
					}),
				)
				.describe('Statement of Applicability lines published on this site, by requirement.'),
		}),
		systems: z
			.array(
				z.strictObject({
					id: z.string(),
					title: z.string(),
					purpose: z.string(),
					url: z.string().describe('Page of the system in the register.'),
					euAiActTier: z.enum(tierIds),
					euAiActTierTitle: z.string(),
					transparency: z.array(z.string()),
					oversight: z.string(),
				}),
			)
			.describe('AI systems in the register.'),
		aiPolicy: z
			.string()
			.optional()
			.describe('Identifier (in `policies`) of the AI policy the overview presents.'),
		policies: z
			.array(
				z.strictObject({
					id: z.string(),
					title: z.string(),
					docId: z.string(),
					version: z.string(),
					status: z.enum(POLICY_STATUSES),
					summary: z.string(),
					url: pageUrl,
				}),
			)
			.describe('Policies published on this site.'),
		subprocessors: z
			.array(
				z.strictObject({
					id: z.string(),
					name: z.string(),
					purpose: z.string(),
					dataProcessed: z.array(z.string()),
					locations: z.array(z.string()).describe('Where the data is processed.'),
					aiProvider: z.boolean().describe('Provides an AI model or AI service.'),
					website: z.string().optional(),
					since: date.optional(),
				}),
			)
			.describe(
				'Vendors and AI providers that process data on our behalf, as the subprocessors page lists them.',
			),
		documents: z
			.strictObject({
				available: z.array(
					z.strictObject({
						id: z.string(),
						title: z.string(),
						description: z.string(),
						kind: z.enum(DOCUMENT_KINDS),
						date,
						url: z.string().describe('Download address.'),
					}),
				),
				onRequest: z
					.array(
						z.strictObject({
							key: z
								.string()
								.describe('The anchor of the document on the documents page (never its entry id).'),
							title: z.string(),
							description: z.string(),
							kind: z.enum(DOCUMENT_KINDS),
							date,
						}),
					)
					.describe('Listed here, shared under NDA: ask `organization.contacts.documentRequests`.'),
			})
			.describe('Documents to download, and those listed but shared on request.'),
		answers: z
			.strictObject({ count, url: z.string().describe('The answers as JSON (aims-answers).') })
			.describe('The questionnaire answers published on this site.'),
		updates: z
			.array(
				z.strictObject({
					id: z.string(),
					title: z.string(),
					date,
					category: z.enum(UPDATE_CATEGORIES),
					summary: z.string(),
					url: pageUrl,
				}),
			)
			.describe('Trust center updates, newest first.'),
	})
	.describe(
		'Machine-readable trust center: everything its overview shows at a glance — certifications, ISO/IEC 42001 control status, AI systems, policies, subprocessors, documents, answers and updates.',
	);

export type TrustJson = z.output<typeof trustJsonSchema>;

const byRequirement = (a: { requirement: string }, b: { requirement: string }) =>
	compareIds(a.requirement, b.requirement);

export function buildTrustJson(view: AudienceView<TrustAudience>): TrustJson {
	const org = view.organization.data;
	const base = siteBaseUrl(siteFor(view.audience), org);
	const { audience } = view;
	const coverage = annexACoverage(view.entries.controls);
	const data: TrustJson = {
		$schema: absoluteUrl(base, TRUST_PATHS.trustSchema()),
		schemaVersion: SCHEMA_VERSION,
		generated: lastUpdated(view),
		audience,
		organization: {
			name: org.name,
			legalName: org.legalName,
			trustCenterUrl: org.trustCenterUrl,
			contacts: {
				security: org.contacts.security.email,
				privacy: org.contacts.privacy.email,
				aiGovernance: org.contacts.aiGovernance.email,
				documentRequests: documentRequestEmail(org),
			},
			tagline: org.tagline,
			aimsScope: org.aimsScope,
		},
		certifications: view.entries.certifications.map(({ id, data: c }) => ({
			id,
			title: c.title,
			standard: c.standard,
			status: c.status,
			body: c.body,
			certificateNumber: c.certificateNumber,
			scope: c.scope,
			issued: c.issued,
			expires: c.expires,
			nextAudit: c.nextAudit,
			verifyUrl: c.verifyUrl,
			url: absoluteUrl(base, TRUST_PATHS.certification(id)),
		})),
		controls: {
			annexA: { ...coverage, summary: coverageSentence(coverage) },
			items: view.entries.controls
				.map(({ data: c }) => ({
					requirement: c.requirement,
					kind: isAnnexA(c.requirement) ? ('annex-a' as const) : ('clause' as const),
					title: requirementTitle(c.requirement) ?? c.requirement,
					applicable: c.applicable,
					status: c.status,
					summary: c.summary,
					justification: c.justification,
					implementation: c.implementation,
					mappings: c.mappings,
					lastReview: c.lastReview,
				}))
				.sort(byRequirement),
		},
		systems: view.entries.systems.map(({ id, data: s }) => ({
			id,
			title: s.title,
			purpose: s.purpose,
			url: absoluteUrl(base, TRUST_PATHS.system(id)),
			euAiActTier: s.euAiAct.tier,
			euAiActTierTitle:
				EU_AI_ACT_TIERS.find((t) => t.id === s.euAiAct.tier)?.title ?? s.euAiAct.tier,
			transparency: s.euAiAct.transparency,
			oversight: s.oversight.mode,
		})),
		aiPolicy: aiPolicy(view.entries.policies)?.id,
		policies: view.entries.policies.map(({ id, data: p }) => ({
			id,
			title: p.title,
			docId: p.docId,
			version: p.version,
			status: p.status,
			summary: p.summary,
			url: absoluteUrl(base, TRUST_PATHS.policy(id)),
		})),
		subprocessors: view.entries.subprocessors.map(({ id, data: s }) => ({
			id,
			name: s.name,
			purpose: s.purpose,
			dataProcessed: s.dataProcessed,
			locations: s.locations,
			aiProvider: s.aiProvider,
			website: s.website,
			since: s.since,
		})),
		documents: {
			available: view.entries.documents.map(({ id, data: d }) => ({
				id,
				title: d.title,
				description: d.description,
				kind: d.kind,
				date: d.date,
				url: absoluteUrl(base, TRUST_PATHS.document(d.file)),
			})),
			onRequest: view.documentsOnRequest.map((d) => ({
				key: d.key,
				title: d.title,
				description: d.description,
				kind: d.kind,
				date: d.date,
			})),
		},
		answers: {
			count: view.entries.answers.length,
			url: absoluteUrl(base, SHARED_PATHS.exportFile('answers.json')),
		},
		updates: newestFirst(view.entries.updates).map(({ id, data: u }) => ({
			id,
			title: u.title,
			date: u.date,
			category: u.category,
			summary: u.summary,
			url: absoluteUrl(base, TRUST_PATHS.update(id)),
		})),
	};
	// Parse, so the published file is exactly what the schema promises (and undefined keys go).
	return trustJsonSchema.parse(JSON.parse(JSON.stringify(data)));
}

/** The JSON Schema published at /trust.schema.json. */
export function trustJsonSchemaDocument(schemaUrl: string): Record<string, unknown> {
	return {
		...z.toJSONSchema(trustJsonSchema, { target: 'draft-2020-12' }),
		$id: schemaUrl,
		title: 'Trust center (trust.json)',
	};
}
