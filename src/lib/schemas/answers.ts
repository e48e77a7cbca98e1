import { z } from 'astro/zod';
import { annexAControl, audience, isoDate, refTo, text } from './fields.ts';

/**
 * Sections of the knowledge base, in the order the answers library shows them: AI first, then the
 * domains of common vendor questionnaires, so that an answer is filed where a buyer looks for it.
 */
export const ANSWER_CATEGORIES = [
	'ai-governance',
	'ai-development',
	'company',
	'product-hosting',
	'security',
	'identity-access',
	'encryption',
	'application-security',
	'vulnerability-management',
	'change-management',
	'logging-monitoring',
	'incident-response',
	'business-continuity',
	'data',
	'privacy',
	'third-party',
	'staff',
	'accessibility',
	'compliance',
] as const;

/** What belongs in each section; shown in the authoring guide (docs/fields.md). */
export const ANSWER_CATEGORY_GUIDE: Record<(typeof ANSWER_CATEGORIES)[number], string> = {
	company: 'the organisation itself: overview, size, insurance, financial standing, references',
	'product-hosting':
		'how the service is delivered and hosted: SaaS model, cloud provider, tenancy, availability, APIs',
	security:
		'the security programme as a whole: policies, organisation, risk, network, endpoints, e-mail',
	'identity-access':
		'sign-in and authorisation: SSO, MFA, provisioning, roles, privileged and staff access, access reviews',
	encryption: 'encryption in transit and at rest, key management, customer-managed keys',
	'application-security':
		'secure development: SDLC, code review, security testing, dependencies, secrets, disclosure',
	'vulnerability-management':
		'finding and fixing weaknesses: scanning, patching timelines, malware protection',
	'change-management':
		'how changes reach production: change control, environments, test data, release notices',
	'logging-monitoring':
		'security logging, audit trails, monitoring and alerting, including logs of AI outputs',
	'incident-response':
		'incident handling, breach notification and incident history, security and AI',
	'business-continuity':
		'business continuity, disaster recovery, backups, resilience, supplier failure',
	data: 'customer data: location, retention, deletion, export, ownership, classification, use for AI training',
	privacy:
		'data protection law: GDPR and other privacy laws, DPA, DPO, data subject rights, transfers, DPIAs',
	'third-party':
		'vendors and subprocessors, including AI suppliers: due diligence, contracts, notice of changes',
	staff:
		'people: screening, training, confidentiality, offboarding, acceptable use of IT and AI tools',
	accessibility: 'accessibility of the product: WCAG conformance, conformance reports, testing',
	compliance: 'certifications, attestations, audits and regulation, including the EU AI Act',
	'ai-governance':
		'how AI is governed: policy, accountability, inventory, risk and impact assessment, transparency',
	'ai-development':
		'how AI systems are built and run: training data, validation, bias, accuracy, oversight, monitoring',
};
export const SHORT_ANSWERS = ['yes', 'no', 'partial', 'not-applicable'] as const;

/** One questionnaire answer in the knowledge base. The Markdown body is the answer. */
export const answersSchema = z.strictObject({
	audience: audience,
	question: text.describe('The question as buyers usually ask it.'),
	aliases: z
		.array(text)
		.default([])
		.describe(
			'Other wordings of the same question, to help search and autofill: three to six, including abbreviations (MFA, SSO, DPIA) and plain-language variants. A yes/no alias must have the same short answer as `question`; move a wording that would be answered differently to its own entry.',
		),
	category: z
		.enum(ANSWER_CATEGORIES)
		.describe(
			`Section of the knowledge base: ${ANSWER_CATEGORIES.map((id) => `\`${id}\` (${ANSWER_CATEGORY_GUIDE[id]})`).join('; ')}.`,
		),
	response: z
		.enum(SHORT_ANSWERS)
		.optional()
		.describe(
			'Short answer for yes/no questionnaire columns. Set it only when `question` is a yes/no question ("Do you…", "Is…", "Can…") and every yes/no alias has the same answer; leave it out on "How…", "Which…" or "Describe…" questions.',
		),
	controls: z.array(annexAControl).default([]).describe('Annex A controls that back the answer.'),
	policies: z.array(refTo('policies')).default([]).describe('Policies that back the answer.'),
	lastReviewed: isoDate.describe('When the answer was last checked.'),
	nextReview: isoDate.optional().describe('When it must be checked again.'),
});

export type Answer = z.output<typeof answersSchema>;
