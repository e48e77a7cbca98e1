/**
 * EU AI Act (Regulation (EU) 2024/1689) classification axes. Kept as separate axes, not one
 * enum, because they stack: a minimal-risk chatbot still owes an Art. 50 disclosure.
 * Application dates are deliberately absent: they were amended in 2026 and belong in content.
 */

/** Risk tier of one AI system (Arts. 5, 6 and 2). */
export const EU_AI_ACT_TIERS = [
	{ id: 'prohibited', title: 'Prohibited practice', articles: ['Art. 5'] },
	{
		id: 'high-risk-annex-i',
		title: 'High-risk (Annex I product safety)',
		articles: ['Art. 6(1)', 'Arts. 8–15', 'Art. 43'],
	},
	{
		id: 'high-risk-annex-iii',
		title: 'High-risk (Annex III use)',
		articles: ['Art. 6(2)', 'Arts. 8–15', 'Art. 43'],
	},
	{
		id: 'annex-iii-not-high-risk',
		title: 'Annex III use, not high-risk (Art. 6(3) derogation)',
		articles: ['Art. 6(3)', 'Art. 6(4)'],
	},
	{ id: 'minimal', title: 'Minimal risk', articles: ['Art. 95'] },
	{ id: 'out-of-scope', title: 'Outside the Act’s scope', articles: ['Art. 2'] },
] as const;

/** The tiers that carry the high-risk obligations (Arts. 8–15): Art. 6(1) and Art. 6(2). */
export const HIGH_RISK_TIERS: ReadonlySet<string> = new Set([
	'high-risk-annex-i',
	'high-risk-annex-iii',
]);

/** Annex III areas and points: `4(a)` is employment (recruitment and selection). */
export const ANNEX_III_POINTS = [
	'1(a)',
	'1(b)',
	'1(c)',
	'2',
	'3(a)',
	'3(b)',
	'3(c)',
	'3(d)',
	'4(a)',
	'4(b)',
	'5(a)',
	'5(b)',
	'5(c)',
	'5(d)',
	'6(a)',
	'6(b)',
	'6(c)',
	'6(d)',
	'6(e)',
	'7(a)',
	'7(b)',
	'7(c)',
	'7(d)',
	'8(a)',
	'8(b)',
] as const;

export const ANNEX_III_AREAS: Record<string, string> = {
	'1': 'Biometrics',
	'2': 'Critical infrastructure',
	'3': 'Education and vocational training',
	'4': 'Employment, workers’ management and access to self-employment',
	'5': 'Access to essential private and public services and benefits',
	'6': 'Law enforcement',
	'7': 'Migration, asylum and border control',
	'8': 'Administration of justice and democratic processes',
};

/** Art. 50 transparency obligations; they stack on any tier. */
export const TRANSPARENCY_OBLIGATIONS = [
	{
		id: 'chatbot-disclosure',
		title: 'Tell people they are interacting with an AI system',
		article: 'Art. 50(1)',
	},
	{
		id: 'synthetic-content-marking',
		title: 'Mark synthetic audio, image, video or text as generated',
		article: 'Art. 50(2)',
	},
	{
		id: 'emotion-biometric-notice',
		title: 'Inform people exposed to emotion recognition or biometric categorisation',
		article: 'Art. 50(3)',
	},
	{
		id: 'deep-fake-disclosure',
		title: 'Disclose deep fakes and generated text on matters of public interest',
		article: 'Art. 50(4)',
	},
] as const;

/** General-purpose AI model axis (Arts. 51–55). */
export const GPAI_CLASSES = [
	{ id: 'none', title: 'Not a general-purpose AI model', articles: [] },
	{ id: 'gpai', title: 'General-purpose AI model', articles: ['Art. 53', 'Art. 54'] },
	{
		id: 'gpai-systemic-risk',
		title: 'General-purpose AI model with systemic risk',
		articles: ['Art. 51', 'Art. 52', 'Art. 55'],
	},
] as const;

/** The organisation's operator role for one system (Art. 3(3)–(8); Art. 25 can turn a deployer into a provider). */
export const OPERATOR_ROLES = [
	{ id: 'provider', title: 'Provider', articles: ['Art. 16'] },
	{ id: 'deployer', title: 'Deployer', articles: ['Art. 26'] },
	{ id: 'importer', title: 'Importer', articles: ['Art. 23'] },
	{ id: 'distributor', title: 'Distributor', articles: ['Art. 24'] },
	{ id: 'authorised-representative', title: 'Authorised representative', articles: ['Art. 22'] },
] as const;
