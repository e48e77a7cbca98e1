/**
 * A small organisation for the handbook's unit tests: the minimal fixture plus systems, risks,
 * an assessment, a dataset, an audit, an incident, a roadmap, a training and a certificate.
 * Loaded through the real pipeline, so it cannot drift from the schemas.
 */
import { checkContent } from '../../../src/lib/pipeline.ts';
import { createView, type AudienceView } from '../../../src/lib/views/audience.ts';
import { contentTree, writeContent } from '../../helpers/content.ts';

export const AS_OF = '2026-11-28';

const FILES: Record<string, string> = {
	'audits/ia-2026.yaml':
		'title: Internal audit 2026\nkind: internal-audit\nstatus: completed\ndate: "2026-09-15"\nauditor: Internal audit team\nscope: Whole AIMS\nfindings:\n  - id: IA-2026-01\n    type: minor-nonconformity\n    requirement: "7.5.3"\n    description: Two policies lacked an approver.\n    correctiveAction: { action: Add approvers, owner: ada, due: "2026-11-01", status: open }\n  - id: IA-2026-02\n    type: observation\n    description: Good fairness testing.\n',
	'certifications/soc2.yaml':
		'standard: SOC 2 Type II\ntitle: SOC 2\nstatus: certified\nbody: Audit Firm LLP\ncertificateNumber: SOC-123\nscope: Platform\nissued: "2025-12-20"\nexpires: "2026-12-20"\n',
	'controls/a.10.4.yaml':
		'audience: public\nrequirement: A.10.4\napplicable: false\njustification: Needed for our AI systems.\nstatus: not-applicable\nowner: ada\nlastReview: "2026-06-01"\nsummary: In place.\n',
	'controls/a.5.4.yaml':
		'requirement: A.5.4\napplicable: true\njustification: We assess impacts on applicants.\nstatus: partial\nowner: cara\npolicies: [ai-policy]\nevidence:\n  - { title: Fairness report Q3, link: https://example.com/fair, date: "2026-09-30", expires: "2027-01-15" }\nsystems: [cv-screening]\nrisks: [r-bias]\nlastReview: "2026-06-01"\nnextReview: "2026-10-01"\nsummary: Impact assessments cover individuals.\n',
	'datasets/hiring-history.yaml':
		'title: Hiring history 2019\u20132025\ndescription: Past applications and outcomes.\nprovenance: { origin: internal, source: ATS export }\nlicence: Internal\ncollectionPeriod: { from: "2019-01-01", to: "2025-12-31" }\nqualityChecks: [Deduplication]\nbiasChecks: [Age distribution check]\npersonalData: { contains: true, categories: [CV contents], lawfulBasis: Legitimate interest }\nretention: Five years.\nowner: bob\n',
	'impact-assessments/ia-credit.yaml':
		'title: Credit scoring impact assessment\nsystem: credit-score\nstatus: draft\nindividuals: [Applicants refused credit]\nharms: [{ harm: Unfair refusal, severity: critical, mitigation: Human review }]\nseverity: high\nfundamentalRights: true\nassessor: cara\ndate: "2026-10-01"\nnextReview: "2027-10-01"\n',
	'impact-assessments/ia-cv.md':
		'---\ntitle: CV screening impact assessment\nsystem: cv-screening\nstatus: approved\nindividuals: [Applicants may be wrongly deprioritised]\ngroups: [Older applicants]\nharms: [{ harm: Unfair rejection, severity: high, mitigation: Human review }]\nseverity: medium\nassessor: cara\napprovedBy: ada\ndate: "2026-03-01"\nnextReview: "2027-03-01"\n---\n\nNarrative.\n',
	'incidents/inc-1.yaml':
		'title: Chatbot quoted a wrong refund policy\nkind: incident\nsystem: support-bot\ndate: "2026-08-01"\nseverity: medium\ndescription: Wrong policy quoted to three customers.\ncorrectiveActions: [{ action: Add refund policy to retrieval, owner: cara, due: "2026-12-15", status: in-progress }]\nstatus: contained\n',
	'people/bob.yaml':
		'name: Bob Builder\ntitle: VP Engineering\nroles: [engineering, executive]\ncommittee: true\nemail: bob@minimal.example\nresponsibilities: [Engineering delivery of AI systems]\n',
	'people/cara.yaml':
		'name: Cara Risk\ntitle: Risk Manager\nroles: [risk]\nresponsibilities: [AI risk register]\n',
	'risks/r-bias.md':
		'---\ntitle: Model ranks older applicants lower, causing unfair rejection\ncategory: bias-fairness\nsystems: [cv-screening]\ninherent: { likelihood: 4, impact: 5 }\ntreatment: mitigate\ntreatmentPlan: Fairness testing before every release.\nactions:\n  - { action: Add age-parity test, owner: bob, due: "2026-10-01", status: in-progress }\n  - { action: Quarterly review, owner: cara, due: "2027-02-01", status: open }\nresidual: { likelihood: 2, impact: 4 }\ncontrols: [A.5.4, A.6.2.4]\nowner: cara\nstatus: treating\nidentifiedOn: "2026-01-05"\nnextReview: "2027-01-05"\n---\n\nAnalysis of the bias risk.\n',
	'risks/r-hallucination.yaml':
		'title: Chatbot gives wrong answers\ncategory: safety\nsystems: [support-bot]\ninherent: { likelihood: 4, impact: 3 }\ntreatment: mitigate\ntreatmentPlan: Retrieval grounding.\nresidual: { likelihood: 2, impact: 3 }\nowner: cara\nstatus: open\nidentifiedOn: "2026-02-01"\nnextReview: "2026-11-01"\n',
	'risks/r-privacy.yaml':
		'title: Personal data leaks through prompts\ncategory: privacy\ninherent: { likelihood: 2, impact: 4 }\ntreatment: accept\ntreatmentPlan: Accepted.\nresidual: { likelihood: 2, impact: 4 }\nowner: ada\nstatus: accepted\nidentifiedOn: "2026-02-01"\nnextReview: "2027-02-01"\n',
	'roadmap/phase-1.yaml':
		'phase: 1\ntitle: Foundations\nstart: "2026-01-01"\nend: "2026-06-30"\nstatus: done\nobjectives: [{ objective: Approve AI policy, measure: Policy approved, target: By Q1 }]\nmilestones:\n  - { title: AI policy approved, due: "2026-01-10", status: done, owner: ada }\n  - { title: Inventory complete, due: "2026-03-01", status: done }\n',
	'roadmap/phase-2.yaml':
		'phase: 2\ntitle: Certification\nstart: "2026-07-01"\nend: "2027-03-31"\nstatus: in-progress\nmilestones:\n  - { title: Internal audit, due: "2026-09-15", status: done }\n  - { title: Stage 1, due: "2027-01-15", status: not-started }\n  - { title: Stage 2, due: "2027-03-15", status: not-started, owner: bob }\n',
	'systems/credit-score.yaml':
		'title: Credit scoring\npurpose: Scores creditworthiness.\nintendedUse: Loan officers.\nowner: bob\naccountableExecutive: ada\nsupplier: { type: vendor-embedded, vendor: ScoreCo }\nstage: validation\nuseCase: { decision: under-review, rationale: Pending assessment. }\neuAiAct: { tier: high-risk-annex-iii, annexIIIPoint: 5(b), rationale: Creditworthiness., role: deployer }\nriskLevel: critical\noversight: { mode: human-in-command, reviewPoints: [{ role: Loan officer, reviews: the score, before: a loan is refused }] }\nimpactAssessment: ia-credit\nnextReview: "2027-01-01"\naffected: { people: [Loan applicants] }\n',
	'systems/cv-screening.md':
		'---\ntitle: CV screening assistant\npurpose: Ranks incoming CVs for recruiters.\nintendedUse: Recruiters use it to prioritise reading; never to reject automatically.\nowner: bob\naccountableExecutive: ada\naccountability:\n  - { stage: development, person: bob, responsibility: Builds and validates the model }\n  - { stage: deployed, person: cara, responsibility: Monitors fairness metrics }\nsupplier: { type: in-house }\nstage: deployed\nuseCase: { decision: approved, rationale: Allowed under the AI policy with human review., policy: ai-policy }\neuAiAct:\n  tier: high-risk-annex-iii\n  annexIIIPoint: 4(a)\n  rationale: Recruitment and selection.\n  transparency: [chatbot-disclosure]\n  role: provider\nriskLevel: high\naffected: { people: [Job applicants], groups: [Older applicants] }\npersonalData: [CV contents]\noversight:\n  mode: human-in-the-loop\n  reviewPoints:\n    - { role: Recruiter, reviews: the ranking and the CV, before: a candidate is rejected }\nmodel:\n  designDecisions: [Gradient boosted trees for explainability]\n  metrics: [{ name: macro F1, value: "0.81", threshold: "0.75", measuredOn: "2026-09-01" }]\n  limitations: [English CVs only]\ndatasets: [hiring-history]\nrisks: [r-bias]\ncontrols: [A.5.4]\nimpactAssessment: ia-cv\nlastReviewed: "2026-01-01"\nnextReview: "2026-06-01"\n---\n\nNotes about the <b>system</b>.\n',
	'systems/support-bot.yaml':
		'title: Support chatbot\npurpose: Answers customer questions.\nintendedUse: Customers ask product questions.\nowner: cara\naccountableExecutive: bob\nsupplier: { type: third-party, vendor: ExampleAI, product: Chat-1 }\nstage: monitoring\nuseCase: { decision: approved, rationale: Low risk. }\neuAiAct: { tier: minimal, rationale: No Annex III use., transparency: [chatbot-disclosure, synthetic-content-marking], gpai: gpai, role: deployer }\nriskLevel: low\noversight: { mode: human-on-the-loop }\nrisks: [r-hallucination]\nnextReview: "2027-03-01"\naffected: { people: [Customers] }\n',
	'trainings/awareness.yaml':
		'title: AI awareness\ndescription: What the AI policy means for you.\nrequiredFor: [All staff]\nclauses: ["7.3"]\nowner: ada\nassigned: 120\ncompleted: 97\ndue: "2026-12-31"\nfrequencyMonths: 12\n',
};

/** Writes the fixture into tests/.tmp/<name>/ and returns its internal (handbook) view. */
export function handbookFixture(name: string): {
	view: AudienceView<'internal'>;
	root: string;
	content: string;
} {
	const { root, content } = contentTree(name);
	for (const [path, text] of Object.entries(FILES)) writeContent(content, path, text);
	const checked = checkContent({ root, asOf: AS_OF });
	const errors = checked.diagnostics.filter((d) => d.severity === 'error');
	if (errors.length > 0)
		throw new Error(
			`the handbook fixture is invalid:\n${errors.map((e) => `${e.file}: ${e.field}: ${e.message}`).join('\n')}`,
		);
	return { view: createView(checked.entries, 'internal'), root, content };
}
