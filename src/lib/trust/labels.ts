/** Words buyers read for the content's enum values. */
import type { ANSWER_CATEGORIES, SHORT_ANSWERS } from '../schemas/answers.ts';
import type { CERTIFICATION_STATUSES } from '../schemas/certifications.ts';
import type { DOCUMENT_KINDS } from '../schemas/documents.ts';
import type { IMPLEMENTATION_STATUSES } from '../schemas/controls.ts';
import type { OVERSIGHT_MODES, LIFECYCLE_STAGES, SUPPLIER_TYPES } from '../schemas/systems.ts';
import type { UPDATE_CATEGORIES } from '../schemas/updates.ts';

export const CONTROL_STATUS_LABELS: Record<(typeof IMPLEMENTATION_STATUSES)[number], string> = {
	implemented: 'Implemented',
	partial: 'Partially implemented',
	planned: 'Planned',
	alternative: 'Alternative measure',
	'not-applicable': 'Not applicable',
};

export const CERTIFICATION_STATUS_LABELS: Record<(typeof CERTIFICATION_STATUSES)[number], string> =
	{
		planned: 'Planned',
		'gap-analysis': 'Gap analysis',
		'stage-1': 'Stage 1 audit',
		'stage-2': 'Stage 2 audit',
		certified: 'Certified',
		surveillance: 'Certified (surveillance)',
		readiness: 'Readiness assessment',
		observation: 'Audit period running',
		attested: 'Report issued',
		expired: 'Expired',
		withdrawn: 'Withdrawn',
	};

export const ANSWER_CATEGORY_LABELS: Record<(typeof ANSWER_CATEGORIES)[number], string> = {
	'ai-governance': 'AI governance',
	'ai-development': 'AI development',
	company: 'Company',
	'product-hosting': 'Product and hosting',
	security: 'Security programme',
	'identity-access': 'Identity and access',
	encryption: 'Encryption',
	'application-security': 'Application security',
	'vulnerability-management': 'Vulnerability management',
	'change-management': 'Change management',
	'logging-monitoring': 'Logging and monitoring',
	'incident-response': 'Incident response',
	'business-continuity': 'Business continuity',
	data: 'Data',
	privacy: 'Privacy',
	'third-party': 'Third parties',
	staff: 'Staff',
	accessibility: 'Accessibility',
	compliance: 'Compliance',
};

export const SHORT_ANSWER_LABELS: Record<(typeof SHORT_ANSWERS)[number], string> = {
	yes: 'Yes',
	no: 'No',
	partial: 'Partially',
	'not-applicable': 'Not applicable',
};

export const UPDATE_CATEGORY_LABELS: Record<(typeof UPDATE_CATEGORIES)[number], string> = {
	general: 'General',
	compliance: 'Compliance',
	security: 'Security',
	privacy: 'Privacy',
	ai: 'AI',
	incident: 'Incidents',
	subprocessor: 'Subprocessors',
};

export const OVERSIGHT_LABELS: Record<(typeof OVERSIGHT_MODES)[number], string> = {
	'human-in-the-loop': 'Human in the loop: a person approves each output before it takes effect',
	'human-on-the-loop': 'Human on the loop: people monitor outputs and can intervene',
	'human-in-command': 'Human in command: people decide when and how the system is used',
	'automated-with-monitoring': 'Automated, with monitoring',
};

export const SUPPLIER_LABELS: Record<(typeof SUPPLIER_TYPES)[number], string> = {
	'in-house': 'Built in-house',
	'third-party': 'Third-party AI service',
	'vendor-embedded': 'AI embedded in a vendor product',
};

export const STAGE_LABELS: Record<(typeof LIFECYCLE_STAGES)[number], string> = {
	proposed: 'Proposed',
	design: 'Design',
	development: 'Development',
	validation: 'Validation',
	deployed: 'Deployed',
	monitoring: 'In operation, monitored',
	retired: 'Retired',
};

export const DOCUMENT_KIND_LABELS: Record<(typeof DOCUMENT_KINDS)[number], string> = {
	certificate: 'Certificates',
	report: 'Audit and attestation reports',
	'pen-test-letter': 'Penetration test letters',
	assessment: 'Assessments',
	policy: 'Policies',
	dpa: 'Data processing agreement',
	'privacy-policy': 'Privacy policy',
	terms: 'Terms of service',
	'insurance-certificate': 'Insurance certificates',
	whitepaper: 'White papers',
	other: 'Other documents',
};
