import { z } from 'astro/zod';
import {
	ANNEX_III_POINTS,
	EU_AI_ACT_TIERS,
	GPAI_CLASSES,
	OPERATOR_ROLES,
	TRANSPARENCY_OBLIGATIONS,
} from '../reference/index.ts';
import { annexAControl, audience, internalOnly, isoDate, refTo, text } from './fields.ts';

export const SUPPLIER_TYPES = ['in-house', 'third-party', 'vendor-embedded'] as const;
export const LIFECYCLE_STAGES = [
	'proposed',
	'design',
	'development',
	'validation',
	'deployed',
	'monitoring',
	'retired',
] as const;
export const USE_CASE_DECISIONS = ['approved', 'declined', 'under-review'] as const;
export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export const OVERSIGHT_MODES = [
	'human-in-the-loop',
	'human-on-the-loop',
	'human-in-command',
	'automated-with-monitoring',
] as const;
/** CycloneDX 1.6 `modelCard.modelParameters.approach.type`. */
export const LEARNING_APPROACHES = [
	'supervised',
	'unsupervised',
	'reinforcement-learning',
	'semi-supervised',
	'self-supervised',
] as const;

const ids = <T extends { id: string }>(list: readonly T[]) =>
	list.map((item) => item.id) as [T['id'], ...T['id'][]];

const reviewPoint = z.strictObject({
	role: text.describe('Role that reviews, for example “Claims handler”.'),
	reviews: text.describe('What they review: the output, the evidence, the explanation.'),
	before: text.describe(
		'The consequential decision that waits for the review, for example “a claim is denied”.',
	),
});

const metric = z.strictObject({
	name: text.describe('Metric, for example “macro F1” or “false-negative rate”.'),
	value: text.describe('Measured value, with its unit.'),
	threshold: text.optional().describe('Acceptance threshold, if one is set.'),
	measuredOn: isoDate.optional().describe('When it was measured.'),
});

/** One AI system in the inventory: built, bought or embedded in a vendor product. */
export const systemsSchema = z.strictObject({
	audience: audience,
	title: text.describe('Name of the system as staff know it.'),
	purpose: text.describe('What problem it solves, in one or two sentences.'),
	intendedUse: text.describe(
		'Who uses it, for what, and what it must not be used for (ISO 42001 A.9.4).',
	),
	owner: internalOnly(refTo('people').describe('System owner: answers for it day to day.')),
	accountableExecutive: internalOnly(
		refTo('people').describe('Executive accountable for its outcomes.'),
	),
	accountability: internalOnly(
		z
			.array(
				z.strictObject({
					stage: z.enum(LIFECYCLE_STAGES),
					person: refTo('people'),
					responsibility: text,
				}),
			)
			.default([])
			.describe(
				'Who is responsible for oversight at each lifecycle stage: the accountability chain.',
			),
	),
	supplier: z
		.strictObject({
			type: z
				.enum(SUPPLIER_TYPES)
				.describe(
					'in-house: built here; third-party: bought as an AI service; vendor-embedded: AI inside a product bought for something else.',
				),
			vendor: text.optional().describe('Vendor name, when not built in-house.'),
			product: text.optional().describe('Vendor product or model name.'),
			manufacturer: text
				.optional()
				.describe(
					'Who made the model, when not the vendor (for example the lab whose model a vendor hosts). In the ML-BOM, the component’s manufacturer; otherwise the vendor, or the organisation for in-house systems.',
				),
			subprocessor: refTo('subprocessors')
				.optional()
				.describe('The subprocessor entry for this vendor, if any.'),
		})
		.describe('Where the system comes from.'),
	stage: z.enum(LIFECYCLE_STAGES).describe('Lifecycle stage now.'),
	useCase: z
		.strictObject({
			decision: z
				.enum(USE_CASE_DECISIONS)
				.describe('Whether the AI policy lets this use go ahead.'),
			rationale: text.describe('Why, citing the policy.'),
			decidedOn: isoDate.optional().describe('When the decision was taken.'),
			policy: refTo('policies').optional().describe('The policy that drove the decision.'),
		})
		.describe('The use-case decision: approved or declined, and why.'),
	euAiAct: z
		.strictObject({
			tier: z.enum(ids(EU_AI_ACT_TIERS)).describe('Risk tier under the EU AI Act.'),
			annexIIIPoint: z
				.enum(ANNEX_III_POINTS)
				.optional()
				.describe(
					'Annex III point, for example 4(a); required for high-risk-annex-iii and annex-iii-not-high-risk.',
				),
			rationale: text.describe(
				'Why this tier applies; for the Art. 6(3) derogation, which condition is met.',
			),
			transparency: z
				.array(z.enum(ids(TRANSPARENCY_OBLIGATIONS)))
				.default([])
				.describe('Art. 50 transparency obligations that apply.'),
			gpai: z.enum(ids(GPAI_CLASSES)).default('none').describe('General-purpose AI model axis.'),
			role: z
				.enum(ids(OPERATOR_ROLES))
				.describe('The organisation’s operator role for this system.'),
		})
		.describe('EU AI Act classification, axis by axis.'),
	riskLevel: internalOnly(
		z.enum(RISK_LEVELS).describe('Internal risk level from the risk methodology.'),
	),
	affected: z
		.strictObject({
			people: z.array(text).default([]).describe('Individuals affected by its outputs.'),
			groups: z
				.array(text)
				.default([])
				.describe('Groups that could be affected differently, for fairness review.'),
		})
		.describe('Who its outputs affect.'),
	personalData: z
		.array(text)
		.default([])
		.describe('Categories of personal data it processes; empty when none.'),
	oversight: z
		.strictObject({
			mode: z.enum(OVERSIGHT_MODES).describe('How humans oversee it.'),
			reviewPoints: z
				.array(reviewPoint)
				.default([])
				.describe(
					'Human review points: which role reviews what, before which consequential decision.',
				),
		})
		.describe('Human oversight.'),
	model: z
		.strictObject({
			designDecisions: internalOnly(
				z.array(text).default([]).describe('Design decisions and why they were taken.'),
			),
			metrics: z.array(metric).default([]).describe('Performance metrics.'),
			limitations: z.array(text).default([]).describe('Known limitations, stated plainly.'),
			version: text
				.optional()
				.describe(
					'Version of the model or product in use, as its maker numbers it (for a Hugging Face model, the revision’s commit hash). The component version in the ML-BOM, which tools match on.',
				),
			huggingface: z
				.string()
				.regex(/^[A-Za-z0-9][\w.-]*\/[\w.-]+$/, {
					error:
						'must be a Hugging Face repository id, owner/name, such as distilbert/distilbert-base-uncased',
				})
				.optional()
				.describe(
					'Hugging Face Hub repository (owner/name) of the model, when it is hosted there: the ML-BOM then names it with a pkg:huggingface package URL. Otherwise it gets a pkg:generic one.',
				),
			approach: z
				.enum(LEARNING_APPROACHES)
				.optional()
				.describe(
					'Learning approach: supervised, unsupervised, reinforcement-learning, semi-supervised or self-supervised.',
				),
			task: text
				.optional()
				.describe(
					'The task the model performs, for example “binary classification” or “text generation”.',
				),
			architectureFamily: text
				.optional()
				.describe('Model family, for example “gradient-boosted trees” or “transformer”.'),
			modelArchitecture: text
				.optional()
				.describe('Specific architecture, for example “XGBoost” or “BERT-base”.'),
		})
		.default({ designDecisions: [], metrics: [], limitations: [] })
		.describe('Model documentation.'),
	dataSummary: text
		.optional()
		.describe('Plain-language summary of the data it uses, for the public register.'),
	datasets: internalOnly(
		z
			.array(refTo('datasets'))
			.default([])
			.describe('Datasets it is trained, tuned or evaluated on.'),
	),
	monitoring: internalOnly(
		z
			.strictObject({
				metrics: z.array(text).default([]).describe('What is monitored in production.'),
				driftThresholds: z
					.array(z.strictObject({ metric: text, threshold: text }))
					.default([])
					.describe('Drift thresholds that trigger action.'),
				retrainingTriggers: z
					.array(text)
					.default([])
					.describe('Events that trigger retraining or reassessment.'),
			})
			.optional()
			.describe('Monitoring in operation.'),
	),
	decommissioning: internalOnly(
		z
			.strictObject({
				dataRetention: text.describe('What happens to data and models at retirement.'),
				downstreamDependencies: z
					.array(text)
					.default([])
					.describe('Systems and processes that depend on it.'),
			})
			.optional()
			.describe('Decommissioning plan.'),
	),
	risks: internalOnly(
		z.array(refTo('risks')).default([]).describe('Risks in the register about this system.'),
	),
	controls: z
		.array(annexAControl)
		.default([])
		.describe('Annex A controls that apply to it most directly.'),
	impactAssessment: internalOnly(
		refTo('impact-assessments').optional().describe('Its AI system impact assessment.'),
	),
	contact: text
		.optional()
		.describe('Public contact for questions about this system, if not the AI governance mailbox.'),
	lastReviewed: isoDate.optional().describe('When the entry was last reviewed.'),
	nextReview: isoDate.optional().describe('When it is due for review again.'),
});

export type System = z.output<typeof systemsSchema>;
