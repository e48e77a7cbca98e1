/**
 * Answers built from the structured content of a view, beside the written `answers`: who the
 * organisation is and how to reach it, each certification, the subprocessors, each policy,
 * the Statement of Applicability, the AI systems, trainings and incidents. Each is an
 * ordinary knowledge-base answer with the id `derived:<key>` and cites the entries it comes
 * from, so a questionnaire says what the trust center says, and goes stale only when the
 * content does. Built from the audience view only: a public run never sees a private entry.
 *
 * Keys: `organization-name`, `organization-legal-name`, `trust-center`, `contact-security`,
 * `contact-privacy`, `contact-ai-governance`, `aims-scope`, `certification:<id>`,
 * `certifications`, `subprocessors`, `subprocessor:<id>`, `ai-providers`, `policy:<id>`, `policies`, `soa`,
 * `ai-systems`, `llm-systems`, `trainings`, `incidents`.
 */
import { CERTIFICATION_STATUS_LABELS, CONTROL_STATUS_LABELS } from '../../lib/trust/labels.ts';
import type { AudienceView } from '../../lib/views/audience.ts';
import type { KnowledgeAnswer } from './knowledge.ts';
import { isHeld, type CertificationStatus } from '../../lib/schemas/certifications.ts';

/** Yes when held; Partial while on the way (gap analysis, an audit stage, readiness, an audit period); No when planned, lapsed or withdrawn. */
function shortAnswerOf(held: boolean, status: CertificationStatus): string {
	if (held) return 'yes';
	return ['planned', 'expired', 'withdrawn', 'certified', 'surveillance', 'attested'].includes(
		status,
	)
		? 'no'
		: 'partial';
}

type Derived = Omit<KnowledgeAnswer, 'controls' | 'policies' | 'wordings'> & {
	aliases: string[];
	controls?: string[];
	policies?: string[];
};

const list = (items: readonly string[]) =>
	items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** Items of a field, each without its full stop, one after another (“a; b; c”). */
const items = (xs: readonly string[]) => xs.map((x) => x.replace(/\.$/, '')).join('; ');

export function deriveAnswers(
	view: AudienceView,
	asOf = new Date().toISOString().slice(0, 10),
): KnowledgeAnswer[] {
	const out: Derived[] = [];
	const org = view.organization.data;
	const orgSource = `organization/${view.organization.id}`;

	out.push({
		id: 'derived:organization-name',
		topic: 'company',
		question: 'Company name',
		aliases: [
			'Solution provider name',
			'Vendor name',
			'Supplier name',
			'Name of your organisation',
			'What is the name of your company?',
		],
		text: org.name,
		response: '',
		sources: [orgSource],
	});
	if (org.legalName)
		out.push({
			id: 'derived:organization-legal-name',
			topic: 'company',
			question: 'Legal name of the company',
			aliases: ['Registered legal entity name', 'Full legal name of the vendor', 'Legal entity'],
			text: org.legalName,
			response: '',
			sources: [orgSource],
		});
	out.push({
		id: 'derived:trust-center',
		topic: 'company',
		question: 'Do you publish a trust center or security page?',
		aliases: [
			'Trust center URL',
			'Security page address',
			'Where can we find your security documentation?',
		],
		text: `Yes. Our trust center is at ${org.trustCenterUrl}.`,
		response: 'yes',
		sources: [orgSource],
	});
	const contact = (
		key: string,
		what: string,
		c: { email: string; url?: string | undefined } | undefined,
		aliases: string[],
	) => {
		if (c)
			out.push({
				id: `derived:contact-${key}`,
				topic: 'company',
				question: `${what} contact`,
				aliases,
				text: `${c.email}${c.url ? ` (${c.url})` : ''}`,
				response: '',
				sources: [orgSource],
			});
	};
	contact('security', 'Security', org.contacts.security, [
		'Security contact email',
		'Who should we contact about a security issue?',
		'Contact for security incidents',
		'How do we report a vulnerability to you?',
	]);
	contact('privacy', 'Privacy', org.contacts.privacy, [
		'Privacy contact email',
		'Contact for data protection questions',
		'Who handles privacy requests?',
	]);
	contact('ai-governance', 'AI governance', org.contacts.aiGovernance, [
		'Contact for questions about your use of AI',
		'AI governance lead contact',
	]);
	out.push({
		id: 'derived:aims-scope',
		topic: 'ai-governance',
		question: 'What is the scope of your AI management system?',
		aliases: [
			'Describe the scope of your AIMS',
			'Which products and sites does your AI management system cover?',
		],
		text: org.aimsScope,
		response: '',
		sources: [orgSource],
	});

	// Held: a status that holds (certified, under surveillance, report issued) and not past its expiry on the answer's date.
	const certified = (c: (typeof view.entries.certifications)[number]['data']) =>
		isHeld(c.status) && (!c.expires || c.expires >= asOf);
	for (const { id, data: c } of view.entries.certifications) {
		const yes = certified(c);
		const detail = [
			c.body &&
				`by ${c.body}${c.accreditationBody ? ` (accredited by ${c.accreditationBody})` : ''}`,
			c.certificateNumber && `reference ${c.certificateNumber}`,
			c.issued && `issued ${c.issued}`,
			c.expires && `valid until ${c.expires}`,
		].filter(Boolean);
		const status = yes
			? `Yes. ${c.standard}: ${CERTIFICATION_STATUS_LABELS[c.status].toLowerCase()}${detail.length ? `, ${detail.join(', ')}` : ''}.`
			: `Not yet. ${c.standard}: ${CERTIFICATION_STATUS_LABELS[c.status].toLowerCase()}${c.body ? ` with ${c.body}` : ''}${c.nextAudit ? `; next audit ${c.nextAudit}` : ''}.`;
		const names = [...new Set([c.title, c.standard])];
		out.push({
			id: `derived:certification:${id}`,
			topic: 'compliance',
			question: `Are you ${c.title} certified?`,
			aliases: names.flatMap((n) => [
				`Do you hold a current ${n} certification?`,
				`Do you have ${n}?`,
				`${n} certification status`,
				`Can you provide your ${n} certificate or report?`,
				`Has an independent auditor assessed you against ${n}?`,
				// The facts this answer alone gives, asked for when the entry records them.
				...(c.certificateNumber ? [`What is your ${n} certificate number?`] : []),
				...(c.issued ? [`When was your ${n} certificate issued?`] : []),
				...(c.expires ? [`When does your ${n} certificate expire?`] : []),
				...(c.body ? [`Which certification body issued your ${n} certificate?`] : []),
			]),
			text: `${status} Scope: ${c.scope.replace(/\s+/g, ' ').trim()}`,
			response: shortAnswerOf(yes, c.status),
			sources: [`certifications/${id}`],
		});
	}
	const held = view.entries.certifications.filter((c) => certified(c.data));
	if (view.entries.certifications.length > 0)
		out.push({
			id: 'derived:certifications',
			topic: 'compliance',
			question: 'Which security and compliance certifications do you hold?',
			aliases: [
				'List your certifications and attestations',
				'What third-party audits or attestations do you have?',
				'Do you hold any industry certifications?',
			],
			text: [
				held.length
					? `We hold ${list(held.map((c) => `${c.data.standard}${c.data.expires ? ` (valid until ${c.data.expires})` : ''}`))}.`
					: '',
				...view.entries.certifications
					.filter((c) => !certified(c.data))
					.map(
						(c) =>
							`${c.data.standard}: ${CERTIFICATION_STATUS_LABELS[c.data.status].toLowerCase()}.`,
					),
			]
				.filter(Boolean)
				.join(' '),
			response: held.length ? 'yes' : 'no',
			sources: view.entries.certifications.map((c) => `certifications/${c.id}`),
		});

	const subs = view.entries.subprocessors;
	if (subs.length > 0) {
		const line = (s: (typeof subs)[number]) =>
			`${s.data.name} (${s.data.purpose.replace(/\.$/, '')}; ${list(s.data.locations)})`;
		out.push({
			id: 'derived:subprocessors',
			topic: 'third-party',
			question: 'Do you use subprocessors?',
			aliases: [
				'List your subprocessors and where they process data',
				'Can you provide a list of your subprocessors?',
				'Which third parties process our data?',
				'Which subprocessors will have access to customer data?',
				'Who are your subprocessors and in which locations do they process data?',
				'Which hosting providers and other subprocessors do you use?',
			],
			text: `Yes. ${plural(subs.length, 'subprocessor')}: ${subs.map(line).join('; ')}.`,
			response: 'yes',
			sources: subs.map((s) => `subprocessors/${s.id}`),
		});
		// Each subprocessor on its own, for a buyer who asks about one by name (“Where does Lexica
		// AI process our data?”): what it does, what it processes, where and since when.
		for (const { id, data: sub } of subs) {
			out.push({
				id: `derived:subprocessor:${id}`,
				topic: 'third-party',
				question: `Is ${sub.name} one of your subprocessors?`,
				aliases: [
					`Do you use ${sub.name}?`,
					`What does ${sub.name} do for you?`,
					`What data does ${sub.name} process?`,
					`Where does ${sub.name} process our data?`,
					...(sub.since ? [`Since when has ${sub.name} been your subprocessor?`] : []),
					...(sub.aiProvider ? [`Which AI service does ${sub.name} provide?`] : []),
				],
				text: `Yes. ${sub.name} has been one of our subprocessors${sub.since ? ` since ${sub.since}` : ''}. ${sub.purpose.replace(/\.?$/, '.')} Data processed: ${items(sub.dataProcessed)}. Locations: ${items(sub.locations)}.`,
				response: 'yes',
				sources: [`subprocessors/${id}`],
			});
		}
		const ai = subs.filter((s) => s.data.aiProvider);
		out.push({
			id: 'derived:ai-providers',
			topic: 'third-party',
			question: 'Do you use third-party AI providers?',
			aliases: [
				'Which AI or LLM providers process our data?',
				'List the external AI services you use',
				'Do you send customer data to third-party AI models?',
			],
			text: ai.length
				? `Yes. ${plural(ai.length, 'AI provider')}: ${ai.map(line).join('; ')}.`
				: 'No. None of our subprocessors provides an AI model or AI service.',
			response: ai.length ? 'yes' : 'no',
			sources: (ai.length ? ai : subs).map((s) => `subprocessors/${s.id}`),
		});
	}

	const policies = view.entries.policies.filter((p) => p.data.status === 'approved');
	for (const { id, data: p } of policies) {
		const title = p.title.replace(/^(the )/i, '');
		out.push({
			id: `derived:policy:${id}`,
			topic: 'ai-governance',
			question: `Do you have a documented ${title}?`,
			aliases: [
				`Is your ${title} approved by management?`,
				`When was your ${title} last approved and reviewed?`,
				`How often is the ${title} reviewed?`,
				`${title} (${p.docId})`,
			],
			text: `Yes. Our ${p.title} (${p.docId}, version ${p.version}) was approved${p.approvedOn ? ` on ${p.approvedOn}` : ''}${p.effective ? `, in effect since ${p.effective}` : ''}; it is reviewed every ${plural(p.reviewIntervalMonths, 'month')}, next by ${p.nextReview}. ${p.summary.replace(/\s+/g, ' ').trim()}`,
			response: 'yes',
			policies: [`${p.title} (${p.docId})`],
			...(p.controls.length && { controls: p.controls }),
			sources: [`policies/${id}`],
		});
	}
	if (policies.length > 0)
		out.push({
			id: 'derived:policies',
			topic: 'ai-governance',
			question: 'Which AI policies and procedures do you maintain?',
			aliases: [
				'List your AI governance policies',
				'Do you have documented AI policies approved by management?',
			],
			text: `Yes. ${plural(policies.length, 'approved policy', 'approved policies')}: ${policies.map((p) => `${p.data.title} (${p.data.docId}, approved ${p.data.approvedOn ?? 'date not recorded'}, reviewed every ${p.data.reviewIntervalMonths} months)`).join('; ')}.`,
			response: 'yes',
			sources: policies.map((p) => `policies/${p.id}`),
		});

	const annex = view.entries.controls.filter((c) => c.data.requirement.startsWith('A.'));
	if (annex.length > 0) {
		const counts = new Map<string, number>();
		for (const c of annex) counts.set(c.data.status, (counts.get(c.data.status) ?? 0) + 1);
		const order = Object.keys(CONTROL_STATUS_LABELS) as (keyof typeof CONTROL_STATUS_LABELS)[];
		out.push({
			id: 'derived:soa',
			topic: 'compliance',
			question: 'Do you maintain a Statement of Applicability for ISO/IEC 42001?',
			aliases: [
				'How many Annex A controls have you implemented?',
				'What is the implementation status of your ISO 42001 Annex A controls?',
				'Can you share your Statement of Applicability?',
			],
			text: `Yes. The Statement of Applicability ${view.audience === 'internal' ? 'lists' : 'shared at this level lists'} ${plural(annex.length, 'Annex A control')}: ${order
				.filter((s) => counts.has(s))
				.map((s) => `${counts.get(s)} ${CONTROL_STATUS_LABELS[s].toLowerCase()}`)
				.join(', ')}.`,
			response: 'yes',
			sources: annex.map((c) => `controls/${c.id}`),
		});
	}

	const live = view.entries.systems.filter((s) =>
		['deployed', 'monitoring'].includes(s.data.stage),
	);
	if (live.length > 0) {
		const describe = (s: (typeof live)[number]) =>
			`${s.data.title} (${s.data.supplier.type === 'in-house' ? 'built in-house' : `${s.data.supplier.vendor ?? 'a vendor'}${s.data.supplier.product ? ` ${s.data.supplier.product}` : ''}`})`;
		out.push({
			id: 'derived:ai-systems',
			topic: 'ai-governance',
			question: 'Does your product or service use artificial intelligence or machine learning?',
			aliases: [
				'Do you use AI or machine learning in the services you provide to us?',
				'Which AI systems do you operate?',
				'Describe the AI features of your product',
			],
			text: `Yes. AI systems in use: ${live.map(describe).join('; ')}. Each is in our AI system inventory with its purpose, oversight and EU AI Act classification.`,
			response: 'yes',
			sources: live.map((s) => `systems/${s.id}`),
		});
		const gpai = live.filter((s) => s.data.euAiAct.gpai !== 'none');
		out.push({
			id: 'derived:llm-systems',
			topic: 'ai-governance',
			question: 'Do you use large language models or generative AI?',
			aliases: [
				'Which LLMs or general-purpose AI models does your service use?',
				'Does the product include generative AI features?',
			],
			text: gpai.length
				? `Yes. Systems built on general-purpose AI models: ${gpai.map(describe).join('; ')}.`
				: 'No. None of the AI systems in use is built on a general-purpose AI model.',
			response: gpai.length ? 'yes' : 'no',
			sources: (gpai.length ? gpai : live).map((s) => `systems/${s.id}`),
		});
	}

	const trainings = view.entries.trainings;
	if (trainings.length > 0)
		out.push({
			id: 'derived:trainings',
			topic: 'staff',
			question: 'Do staff receive training on AI and responsible use of AI?',
			aliases: [
				'What AI awareness training do employees complete?',
				'Describe your AI competence and awareness training programme',
			],
			text: `Yes. ${trainings.map((t) => `${t.data.title}: ${t.data.description.replace(/\s+/g, ' ').trim()} Required for ${list(t.data.requiredFor)}${t.data.frequencyMonths ? `, every ${plural(t.data.frequencyMonths, 'month')}` : ''}; ${t.data.completed} of ${t.data.assigned} completed.`).join(' ')}`,
			response: 'yes',
			sources: trainings.map((t) => `trainings/${t.id}`),
		});

	const incidents = view.entries.incidents;
	if (incidents.length > 0)
		out.push({
			id: 'derived:incidents',
			topic: 'incident-response',
			question: 'Have you had any AI incidents?',
			aliases: ['List AI incidents and near misses and how they were resolved'],
			text: `Yes. ${incidents.map((i) => `${i.data.date}: ${i.data.title} (${i.data.kind}, ${i.data.severity} severity, ${i.data.status})`).join('; ')}.`,
			response: 'yes',
			sources: incidents.map((i) => `incidents/${i.id}`),
		});

	return out.map(({ aliases, controls, policies: cited, ...a }) => ({
		...a,
		wordings: [a.question, ...aliases],
		controls: controls ?? [],
		policies: cited ?? [],
	}));
}
