/**
 * A synthetic organisation of any size, for the build benchmark (scripts/bench.ts): valid
 * content that passes `checkContent`, with collections in the proportions of a real AI
 * management system. Pure: it returns files (path → text) and never touches the disk.
 */
import { stringify } from 'yaml';
import { ANNEX_A_IDS, CLAUSE_IDS } from '../../lib/reference/index.ts';
import { pad, phrase, prose } from './text.ts';

export interface BenchCounts {
	systems: number;
	risks: number;
	impactAssessments: number;
	answers: number;
	controls: number;
	people: number;
	policies: number;
	datasets: number;
	subprocessors: number;
	certifications: number;
	updates: number;
}

/** Every fifth system is high-risk under Annex III, so it needs an impact assessment. */
const isHighRisk = (n: number) => n % 5 === 0;

export function benchCounts(systems: number): BenchCounts {
	if (!Number.isInteger(systems) || systems < 1)
		throw new Error(`systems must be a whole number of at least 1, not ${systems}`);
	return {
		systems,
		risks: Math.round(systems * 1.2),
		impactAssessments: Array.from({ length: systems }, (_, i) => i + 1).filter(isHighRisk).length,
		answers: Math.min(Math.floor(systems / 4), 500) + 25,
		controls: ANNEX_A_IDS.length + CLAUSE_IDS.length,
		people: Math.floor(systems / 20) + 10,
		policies: Math.floor(systems / 100) + 8,
		datasets: Math.max(1, Math.floor(systems / 2)),
		subprocessors: Math.floor(systems / 50) + 5,
		certifications: 2,
		updates: Math.floor(systems / 20) + 5,
	};
}

type Files = Record<string, string>;
const yaml = (data: object) => stringify(data, { lineWidth: 0 });
const markdown = (data: object, body: string) => `---\n${yaml(data)}---\n\n${body}\n`;

const id = {
	system: (n: number) => `system-${pad(n)}`,
	risk: (n: number) => `risk-${pad(n)}`,
	assessment: (n: number) => `ia-${pad(n)}`,
	person: (n: number) => `person-${pad(n, 3)}`,
	policy: (n: number) => `policy-${pad(n, 3)}`,
	dataset: (n: number) => `dataset-${pad(n)}`,
	subprocessor: (n: number) => `vendor-${pad(n, 3)}`,
};

/** Entry `n` of a collection of `size`, cycling: the `n`th system's owner, dataset, and so on. */
const cycle = (n: number, size: number) => ((n - 1) % size) + 1;
const annexA = (n: number) => ANNEX_A_IDS[n % ANNEX_A_IDS.length]!;

export function generateOrganization(systems: number): Files {
	const counts = benchCounts(systems);
	const files: Files = {};
	const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
	const person = (n: number) => id.person(cycle(n, counts.people));

	files['organization/organization.yaml'] = yaml({
		audience: 'public',
		name: 'Benchmark Co',
		tagline: `A synthetic organisation with ${systems} AI systems.`,
		logo: '/logo.svg',
		colors: { primary: '#1f4e79', accent: '#b35900' },
		contacts: {
			security: { email: 'security@bench.example' },
			privacy: { email: 'privacy@bench.example' },
			aiGovernance: { email: 'ai@bench.example' },
		},
		trustCenterUrl: 'https://trust.bench.example',
		handbookUrl: 'https://handbook.bench.example',
		aimsScope: 'Every AI system Benchmark Co builds, buys or embeds.',
		securityTxt: { expires: '2027-10-01' },
	});

	for (const n of range(counts.people)) {
		files[`people/${id.person(n)}.yaml`] = yaml({
			name: `Person ${pad(n, 3)}`,
			title: phrase(n),
			roles: [n % 2 ? 'engineering' : 'governance'],
			committee: n <= 5,
			email: `person${n}@bench.example`,
			responsibilities: [prose(n, 1)],
		});
	}

	for (const n of range(counts.policies)) {
		files[`policies/${id.policy(n)}.mdx`] = markdown(
			{
				audience: 'public',
				title: `Policy ${pad(n, 3)}: ${phrase(n)}`,
				docId: `POL-${pad(n, 3)}`,
				version: '1.0',
				status: 'approved',
				owner: person(n),
				approver: person(1),
				approvedOn: '2026-01-15',
				nextReview: '2027-06-30',
				revisions: [
					{ version: '1.0', date: '2026-01-15', approver: person(1), summary: 'First issue.' },
				],
				clauses: ['5.2'],
				controls: [annexA(n)],
				summary: prose(n, 2),
			},
			`## Purpose\n\n${prose(n * 3, 4)}\n\n## Rules\n\n${prose(n * 3 + 1, 6)}\n\n## Responsibilities\n\n${prose(n * 3 + 2, 3)}`,
		);
	}

	for (const n of range(counts.subprocessors)) {
		files[`subprocessors/${id.subprocessor(n)}.yaml`] = yaml({
			audience: 'public',
			name: `Vendor ${pad(n, 3)}`,
			purpose: prose(n + 700, 1),
			dataProcessed: ['Customer content'],
			locations: ['EU'],
			aiProvider: n % 2 === 0,
		});
	}

	for (const n of range(counts.datasets)) {
		files[`datasets/${id.dataset(n)}.yaml`] = yaml({
			title: `Dataset ${pad(n)}: ${phrase(n + 11)}`,
			description: prose(n + 100, 2),
			provenance: { origin: 'internal', source: `System ${pad(cycle(n, systems))}` },
			licence: 'Internal use under the customer agreement',
			collectionPeriod: { from: '2025-01-01', to: '2026-06-30' },
			qualityChecks: [prose(n + 200, 1)],
			biasChecks: [prose(n + 300, 1)],
			personalData: { contains: n % 3 === 0, categories: n % 3 === 0 ? ['Contact details'] : [] },
			retention: 'Kept for three years, then deleted.',
			owner: person(n),
		});
	}

	for (const n of range(systems)) {
		const high = isHighRisk(n);
		const risks = range(counts.risks)
			.filter((r) => cycle(r, systems) === n)
			.map(id.risk);
		files[`systems/${id.system(n)}.md`] = markdown(
			{
				audience: n % 2 ? 'public' : 'internal',
				title: `System ${pad(n)}: ${phrase(n)} assistant`,
				purpose: prose(n, 2),
				intendedUse: prose(n + 1, 2),
				owner: person(n),
				accountableExecutive: person(1),
				supplier:
					n % 3
						? { type: 'in-house' }
						: {
								type: 'third-party',
								vendor: `Vendor ${pad(cycle(n, counts.subprocessors), 3)}`,
								subprocessor: id.subprocessor(cycle(n, counts.subprocessors)),
							},
				stage: 'deployed',
				useCase: {
					decision: 'approved',
					rationale: prose(n + 2, 1),
					decidedOn: '2026-02-01',
					policy: id.policy(1),
				},
				euAiAct: high
					? {
							tier: 'high-risk-annex-iii',
							annexIIIPoint: '4(a)',
							rationale: prose(n + 3, 1),
							role: 'deployer',
						}
					: {
							tier: 'minimal',
							rationale: prose(n + 3, 1),
							transparency: n % 4 === 1 ? ['chatbot-disclosure'] : [],
							role: 'deployer',
						},
				riskLevel: high ? 'high' : 'low',
				affected: { people: ['Customers'], groups: ['Older customers'] },
				oversight: {
					mode: 'human-in-the-loop',
					reviewPoints: high
						? [
								{
									role: 'Case handler',
									reviews: 'the recommendation and its evidence',
									before: 'a decision about a person',
								},
							]
						: [],
				},
				model: {
					designDecisions: [prose(n + 4, 1)],
					metrics: [{ name: 'accuracy', value: `${80 + (n % 19)} %` }],
					limitations: [prose(n + 5, 1)],
				},
				dataSummary: prose(n + 6, 1),
				datasets: [id.dataset(cycle(n, counts.datasets))],
				risks,
				controls: [annexA(n), annexA(n + 7)],
				...(high ? { impactAssessment: id.assessment(n) } : {}),
				lastReviewed: '2026-06-01',
				nextReview: '2027-06-01',
			},
			prose(n + 8, 5),
		);
		if (high) {
			files[`impact-assessments/${id.assessment(n)}.md`] = markdown(
				{
					title: `Impact assessment of system ${pad(n)}`,
					system: id.system(n),
					status: 'approved',
					individuals: [prose(n + 9, 1)],
					groups: [prose(n + 10, 1)],
					harms: [{ harm: prose(n + 11, 1), severity: 'high', mitigation: prose(n + 12, 1) }],
					benefits: [prose(n + 13, 1)],
					severity: 'medium',
					assessor: person(n + 1),
					approvedBy: person(1),
					date: '2026-03-01',
					nextReview: '2027-03-01',
				},
				prose(n + 14, 6),
			);
		}
	}

	for (const n of range(counts.risks)) {
		files[`risks/${id.risk(n)}.md`] = markdown(
			{
				title: `Risk ${pad(n)}: ${phrase(n + 5, 3)}`,
				category: 'bias-fairness',
				systems: [id.system(cycle(n, systems))],
				inherent: { likelihood: 4, impact: 4 },
				treatment: 'mitigate',
				treatmentPlan: prose(n + 400, 3),
				actions: [
					{ action: prose(n + 500, 1), owner: person(n), due: '2027-03-31', status: 'in-progress' },
				],
				residual: { likelihood: 2, impact: 3 },
				controls: [annexA(n)],
				owner: person(n),
				status: 'treating',
				identifiedOn: '2026-01-10',
				nextReview: '2027-01-10',
			},
			prose(n + 600, 4),
		);
	}

	for (const [index, requirement] of [...ANNEX_A_IDS, ...CLAUSE_IDS].entries()) {
		const file = requirement.startsWith('A.') ? requirement.toLowerCase() : `clause-${requirement}`;
		files[`controls/${file}.yaml`] = yaml({
			audience: 'public',
			requirement,
			applicable: true,
			justification: prose(index + 800, 1),
			status: index % 6 ? 'implemented' : 'partial',
			owner: person(index + 1),
			policies: [id.policy(cycle(index + 1, counts.policies))],
			implementation: prose(index + 900, 2),
			lastReview: '2026-06-01',
			summary: prose(index + 1000, 1),
		});
	}

	for (const n of range(counts.answers)) {
		files[`answers/answer-${pad(n, 4)}.md`] = markdown(
			{
				audience: n % 5 ? 'public' : 'private',
				question: `Question ${pad(n, 4)}: how do you handle ${phrase(n + 3)}?`,
				category: 'ai-governance',
				response: 'yes',
				controls: [annexA(n)],
				policies: [id.policy(cycle(n, counts.policies))],
				lastReviewed: '2026-06-01',
			},
			prose(n + 1100, 3),
		);
	}

	files['certifications/iso-42001.yaml'] = yaml({
		audience: 'public',
		standard: 'ISO/IEC 42001:2023',
		title: 'ISO 42001',
		status: 'certified',
		body: 'Bench Certification Ltd',
		certificateNumber: 'AIMS-0001',
		scope: 'The AI management system.',
		issued: '2026-01-20',
		expires: '2029-01-19',
	});
	files['certifications/soc-2.yaml'] = yaml({
		audience: 'public',
		standard: 'SOC 2 Type II',
		title: 'SOC 2',
		status: 'planned',
		scope: 'The platform.',
	});

	for (const n of range(counts.updates)) {
		files[`updates/update-${pad(n, 4)}.md`] = markdown(
			{
				audience: 'public',
				title: `Update ${pad(n, 4)}: ${phrase(n + 9)}`,
				date: `2026-${pad(cycle(n, 9), 2)}-${pad(cycle(n, 28), 2)}`,
				category: 'general',
				summary: prose(n + 1300, 1),
			},
			prose(n + 1400, 3),
		);
	}
	return files;
}
