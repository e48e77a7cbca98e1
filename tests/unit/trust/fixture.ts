/**
 * A small but complete organisation for the trust center's unit tests: the minimal fixture
 * plus certifications, an AI system, answers, subprocessors, updates and documents, public and
 * private. Entries go through the real loader, schemas and rules, so they cannot drift.
 */
import { checkContent } from '../../../src/lib/pipeline.ts';
import { createView } from '../../../src/lib/views/audience.ts';
import type { Audience } from '../../../src/lib/schemas/index.ts';
import { contentTree, writeContent } from '../../helpers/content.ts';

export const FILES: Record<string, string> = {
	'certifications/iso-42001.yaml':
		'audience: public\nstandard: ISO/IEC 42001:2023\ntitle: ISO 42001\nstatus: certified\nbody: BSI\naccreditationBody: UKAS\ncertificateNumber: AIMS 123456\nscope: Design, development and operation of the Minimal claims platform and its AI features.\nissued: "2026-03-01"\nexpires: "2029-02-28"\nnextAudit: "2027-02-15"\ncertificate: iso-42001-certificate\nverifyUrl: https://verify.example.org/AIMS123456\n',
	'certifications/soc-2.yaml':
		'audience: public\nstandard: SOC 2 Type II\ntitle: SOC 2\nstatus: stage-1\nscope: Security and availability of the claims platform.\nnextAudit: "2027-01-10"\n',
	'certifications/iso-27001.yaml':
		'audience: private\nstandard: ISO/IEC 27001:2022\ntitle: ISO 27001\nstatus: gap-analysis\nscope: Whole company.\n',
	'documents/iso-42001-certificate.yaml':
		'audience: public\ntitle: ISO 42001 certificate\ndescription: Certificate issued by BSI.\nkind: certificate\nfile: iso-42001-certificate.pdf\ndate: "2026-03-01"\n',
	'documents/pentest-2026.yaml':
		'audience: private\ntitle: Penetration test summary 2026\ndescription: Executive summary of the annual penetration test.\nkind: report\nfile: pentest-2026.pdf\ndate: "2026-09-01"\nlistPublicly: true\n',
	'documents/files/iso-42001-certificate.pdf': '%PDF-1.4\n% cert\n',
	'documents/files/pentest-2026.pdf': '%PDF-1.4\n% pentest\n',
	'systems/claims-assistant.md':
		'---\naudience: public\ntitle: Claims assistant\npurpose: Drafts replies to customer claim questions for human agents.\nintendedUse: Used by support agents to draft answers; must not decide claims.\nowner: ada\naccountableExecutive: ada\nsupplier: { type: third-party, vendor: OpenAI, product: GPT-5, subprocessor: openai }\nstage: deployed\nuseCase: { decision: approved, rationale: Low risk drafting use under the AI policy., policy: ai-policy }\neuAiAct: { tier: minimal, rationale: Drafting assistance only., transparency: [chatbot-disclosure], role: deployer }\nriskLevel: low\naffected: { people: [Customers], groups: [Non-native speakers] }\npersonalData: [Contact details]\noversight:\n  mode: human-in-the-loop\n  reviewPoints:\n    - { role: Support agent, reviews: the drafted reply, before: a reply is sent }\nmodel:\n  metrics:\n    - { name: Acceptance rate, value: 82%, threshold: ">= 70%", measuredOn: "2026-10-01" }\n  limitations: [May hallucinate policy details., English only.]\ndataSummary: Claim correspondence, no training on customer data.\ncontrols: [A.9.4, A.6.2.6]\nlastReviewed: "2026-10-15"\n---\nNotes.\n',
	'subprocessors/openai.yaml':
		'audience: public\nname: OpenAI\npurpose: Language model API for the claims assistant.\ndataProcessed: [Claim correspondence]\nlocations: [EU, US]\naiProvider: true\nwebsite: https://openai.com\nsince: "2025-06-01"\n',
	'subprocessors/aws.yaml':
		'audience: public\nname: Amazon Web Services\npurpose: Hosting.\ndataProcessed: [All customer data]\nlocations: [EU]\n',
	'answers/ai-policy.md':
		'---\naudience: public\nquestion: Do you have an AI policy approved by management?\naliases: [Is there a documented AI policy?]\ncategory: ai-governance\nresponse: "yes"\ncontrols: [A.2.2]\npolicies: [ai-policy]\nlastReviewed: "2026-10-01"\n---\nYes. Our AI policy (POL-AI-001) was approved by management and is reviewed yearly.\n',
	'answers/encryption.md':
		'---\naudience: public\nquestion: Is customer data encrypted at rest and in transit?\ncategory: security\nresponse: "yes"\nlastReviewed: "2026-09-01"\n---\nYes: AES-256 at rest and TLS 1.2+ in transit.\n',
	'answers/training-data.md':
		'---\naudience: private\nquestion: Do you train models on customer data?\ncategory: data\nresponse: "no"\nlastReviewed: "2026-09-01"\n---\nNo. Customer data is never used for training.\n',
	'updates/iso-42001-certified.md':
		'---\naudience: public\ntitle: We are ISO 42001 certified\ndate: "2026-03-05"\ncategory: compliance\nsummary: BSI certified our AI management system.\n---\nFull *note*.\n',
	'updates/new-subprocessor.md':
		'---\naudience: public\ntitle: New subprocessor OpenAI\ndate: "2026-06-01"\ncategory: subprocessor\nsummary: We added OpenAI.\n---\nDetails.\n',
	'updates/internal-thing.md':
		'---\naudience: private\ntitle: Pen test completed\ndate: "2026-09-02"\ncategory: security\nsummary: Annual test done.\n---\nDetails.\n',
	'controls/a.10.4.yaml':
		'audience: public\nrequirement: A.10.4\napplicable: false\njustification: We have no customers using our AI systems directly.\nstatus: not-applicable\nowner: ada\nlastReview: "2026-06-01"\nsummary: Not applicable.\n',
	'controls/a.2.2.yaml':
		'audience: public\nrequirement: A.2.2\napplicable: true\njustification: Needed for our AI systems.\nstatus: implemented\nowner: ada\nlastReview: "2026-06-01"\nsummary: In place.\nmappings: { euAiAct: ["Art. 4"], nistAiRmf: ["GOVERN 1.1"], iso27001: ["5.2"] }\n',
	'controls/a.2.3.yaml':
		'audience: public\nrequirement: A.2.3\napplicable: true\njustification: Needed for our AI systems.\nstatus: implemented\nowner: ada\nlastReview: "2026-06-01"\nsummary: In place.\nimplementation: Done by the team.\n',
	'controls/a.4.2.yaml':
		'audience: public\nrequirement: A.4.2\napplicable: true\njustification: Needed for our AI systems.\nstatus: partial\nowner: ada\nlastReview: "2026-06-01"\nsummary: In place.\n',
	'controls/a.5.5.yaml':
		'audience: public\nrequirement: A.5.5\napplicable: true\njustification: Needed for our AI systems.\nstatus: planned\nowner: ada\nlastReview: "2026-06-01"\nsummary: In place.\n',
	'controls/a.7.6.yaml':
		'audience: private\nrequirement: A.7.6\napplicable: true\njustification: Needed for our AI systems.\nstatus: implemented\nowner: ada\nlastReview: "2026-06-01"\nsummary: In place.\n',
};

let entries: ReturnType<typeof checkContent>['entries'] | undefined;

/** The fixture's view for one audience; the content is checked once per test file. */
export function trustView<A extends Audience>(audience: A) {
	if (!entries) {
		const { root, content } = contentTree(
			`trust-unit-${process.env.VITEST_WORKER_ID ?? process.pid}`,
		);
		for (const [path, text] of Object.entries(FILES)) writeContent(content, path, text);
		const result = checkContent({ root, asOf: '2026-11-28' });
		const errors = result.diagnostics.filter((d) => d.severity === 'error');
		if (errors.length > 0) throw new Error(`trust fixture is invalid: ${JSON.stringify(errors)}`);
		entries = result.entries;
	}
	return createView(entries, audience);
}
