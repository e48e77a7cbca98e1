import { describe, expect, test } from 'vitest';
import {
	asksPermission,
	decide,
	outcomeOf,
	polarity,
	shortFor,
	THRESHOLDS,
} from '../../../src/cli/answer/fill.ts';
import {
	KnowledgeBase,
	knowledgeBase,
	type KnowledgeAnswer,
} from '../../../src/cli/answer/knowledge.ts';
import { checkContent } from '../../../src/lib/pipeline.ts';
import { createView } from '../../../src/lib/views/audience.ts';
import { PROJECT } from '../../helpers/content.ts';
import {
	asksOfThirdParties,
	asksWhatBuyersMay,
	placesIn,
	speaksOfBuyers,
	questionType,
	withoutExamples,
} from '../../../src/cli/answer/question-type.ts';
import { review } from '../../../src/cli/answer/review.ts';
import { answerQuestionnaire } from '../../../src/cli/answer/run.ts';
import type { Audience } from '../../../src/lib/audiences.ts';
import { FILLER, stem, termSet } from '../../../src/cli/answer/terms.ts';

/** The example organisation's public knowledge base, read once for the tests that need it. */
let exampleBase: KnowledgeBase | undefined;
const exampleKnowledge = () =>
	(exampleBase ??= knowledgeBase(createView(checkContent({ root: PROJECT }).entries, 'public')));

/** Asserts that two wordings reduce to the same terms. */
const sameTerms = (a: string, b: string) => expect(termSet(a), `${a} / ${b}`).toEqual(termSet(b));
/** The term of `text` that starts with `prefix`, which must be there (so a `not.toContain` on it can fail). */
const termStarting = (text: string, prefix: string) => {
	const found = [...termSet(text)].find((t) => t.startsWith(prefix));
	expect(found, `a term of “${text}” starting with “${prefix}”`).toBeDefined();
	return found!;
};

const kb = (answers: Partial<KnowledgeAnswer>[]) =>
	new KnowledgeBase(
		answers.map((a, i) => ({
			id: a.id ?? `a${i}`,
			question: a.question!,
			wordings: [a.question!, ...(a.wordings ?? [])],
			text: a.text ?? 'Answer.',
			response: a.response ?? '',
			controls: [],
			policies: [],
			sources: [`answers/a${i}`],
			topic: 'security',
		})),
	);

describe('terms', () => {
	test('inflections meet, acronyms and their spelt-out forms are one term', () => {
		expect(new Set(['encrypted', 'encryption', 'encrypts', 'encrypt'].map(stem)).size).toBe(1);
		expect(new Set(['comply', 'compliant', 'compliance'].map(stem)).size).toBe(1);
		expect(new Set(['scan', 'scans', 'scanning', 'scanned'].map(stem)).size).toBe(1);
		expect(new Set(['log', 'logs', 'logged', 'logging'].map(stem)).size).toBe(1);
		expect(stem('passing')).toBe(stem('pass'));
		expect(new Set(['fix', 'fixes', 'fixed', 'fixing'].map(stem)).size).toBe(1);
		expect(new Set(['transfer', 'transfers', 'transferred', 'transferring'].map(stem)).size).toBe(
			1,
		);
		expect(stem('seeing')).toBe(stem('see'));
		expect(stem('coded')).toBe(stem('code'));
		expect(stem('installing')).toBe(stem('install'));
		expect(termSet('Is the service highly available?')).toEqual(
			termSet('Is the service high-availability?'),
		);
		expect(termSet('Is the service highly available?')).not.toContain(stem('high'));
		expect(termSet('Are you ISO/IEC 42001 certified?')).toEqual(termSet('iso 42001 certification'));
	});

	/** Each pair's two words stem alike. */
	const sameStems = (pairs: [string, string][]) => {
		for (const [a, b] of pairs) expect(stem(a), a).toBe(stem(b));
	};

	test('American and British spellings meet; so do doubled British endings', () => {
		sameStems([
			['centralized', 'centralised'],
			['organization', 'organisation'],
			['analyze', 'analyse'],
			['authorizing', 'authorising'],
		]);
		expect(termSet('How is access controlled?')).toEqual(termSet('How is access control?'));
		expect(termSet('Is a cancelled contract kept?')).toEqual(termSet('Is a cancel contract kept?'));
	});

	test('a verb in -ate meets its noun in -ation; “respond” meets “response”', () => {
		sameStems([
			['remediated', 'remediation'],
			['isolate', 'isolation'],
			['authenticating', 'authentication'],
			['validates', 'validation'],
			['mitigated', 'mitigation'],
		]);
		// Too short a base keeps its -ate: “update” is not “upd”.
		expect(stem('update')).toBe(stem('updated'));
		expect(stem('update')).not.toBe('upd');
		expect(termSet('How do you respond to incidents?')).toEqual(
			termSet('What is your incident response?'),
		);
		expect(termSet('How do you react to incidents?')).toEqual(
			termSet('How do you respond to incidents?'),
		);
	});

	test('pronouns such as “someone” and “now” weigh as filler, not as the subject', () => {
		for (const word of ['someone', 'something', 'anyone', 'everything', 'now'])
			expect(FILLER.has(stem(word)), word).toBe(true);
		const example = exampleKnowledge();
		expect(
			example.subjectOf('Where can we check whether your service is up right now?'),
		).not.toContain(stem('now'));
		expect(
			example.subjectOf('Do you keep copies of our data in case something is lost?'),
		).not.toContain(stem('something'));
	});

	test('a registered or postal address is not “address” as in mitigate', () => {
		expect(termSet('What is your registered address?')).not.toContain(stem('mitigate'));
		expect(termSet('How do you address AI risks?')).toContain(stem('mitigate'));
	});

	test('“third-party subprocessors” are subprocessors, with no second subject', () => {
		expect(termSet('Do you rely on third-party subprocessors?')).toEqual(
			termSet('Do you rely on subprocessors?'),
		);
		expect(termSet('Do third party subcontractors sign NDAs?')).toEqual(
			termSet('Do subcontractors sign NDAs?'),
		);
		// Elsewhere “third-party” still names a supplier.
		expect(termSet('Do you use third-party software?')).not.toEqual(
			termSet('Do you use software?'),
		);
	});

	test('screening “prior to hire” is screening before hiring', () => {
		expect(termSet('Are staff screened prior to hire?')).toEqual(
			termSet('Are staff screened before they are hired?'),
		);
	});

	test('staff onboarding is when people join; a customer’s onboarding is not', () => {
		const joining = termSet('Do staff take training when they join?');
		expect(termSet('Do staff take training at onboarding?')).toEqual(joining);
		expect(termSet('Do new joiners take training?')).toEqual(
			termSet('Do new hires take training?'),
		);
		const customers = termSet('What happens during customer onboarding?');
		expect([...customers].filter((t) => termSet('new hires').has(t))).toEqual([]);
	});

	test('“roll back”, “rolled back” and “rollback” are one term', () => {
		expect(termSet('Can a release be rolled back?')).toEqual(
			termSet('Can you roll back a release?'),
		);
		expect(termSet('Is there a rollback for each release?')).toEqual(
			termSet('Can a release be rolled back?'),
		);
		expect([...termSet('roll back')]).toEqual([...termSet('rollbacks')]);
	});

	test('“least privilege” is a principle, not privileged access', () => {
		const principle = termSet('Is access granted on a least-privilege basis?');
		expect(principle).toEqual(termSet('Is access granted on a need-to-know basis?'));
		const admins = termSet('How is privileged access to production controlled?');
		expect([...principle].filter((t) => admins.has(t))).toEqual([]);
	});

	test('public-sector and healthcare workbooks name the buyer; its contacts are not risks to address', () => {
		sameTerms(
			"Can the agency's administrators disable AI features?",
			"Can the customer's administrators disable AI features?",
		);
		sameTerms('Does the covered entity own the data?', 'Does the customer own the data?');
		// A government agency asking for data is still a government.
		expect(termSet('Do you disclose data to a government agency?')).not.toContain('custom');
		sameTerms('What is the contact address for security?', 'What is the security contact?');
		sameTerms('What e-mail address should we use?', 'What contact should we use?');
		sameTerms('Can we get in touch with your privacy team?', 'Can we contact your privacy team?');
		expect(termSet('How do you address vulnerabilities?')).not.toContain('contact');
		sameTerms('Will you enter into a DPA with us?', 'Will you sign a DPA with us?');
		// Entering data into a chatbot signs nothing.
		expect(termSet('Is data entered into the chatbot used for training?')).not.toContain(
			termStarting('Will you sign a DPA?', 'sign'),
		);
	});

	test('the field’s phrases and everyday words read as its terms', () => {
		sameTerms(
			'How are cross-border transfers protected?',
			'How are international transfers protected?',
		);
		sameTerms('Is the API protected?', 'Is the application programming interface protected?');
		sameTerms('Is there 24x7x365 monitoring?', 'Is there 24x7 monitoring?');
		sameTerms('How do you reduce unfairness?', 'How do you reduce bias?');
		sameTerms('Are patches applied in a timely manner?', 'Are patches applied promptly?');
		sameTerms('Are patches applied timely?', 'Are patches applied without undue delay?');
		sameTerms('Can users download audit logs?', 'Can users export audit logs?');
		// A report downloaded from the trust center is not data taken back at exit.
		expect(termSet('Can we download your SOC 2 report?')).not.toEqual(
			termSet('Can we export your SOC 2 report?'),
		);
		sameTerms('Do you scan files for viruses?', 'Do you scan files for malware?');
		sameTerms(
			'Will we get a heads-up before changes?',
			'Will we get advance notice before changes?',
		);
		sameTerms('Are there ads in the widget?', 'Is there advertising in the widget?');
		sameTerms('Do freelancers follow the rules?', 'Do contractors follow the rules?');
		sameTerms(
			'Give a short introduction to your company.',
			'Give a brief overview of your company.',
		);
		sameTerms(
			'A quick summary of the product, please.',
			'A brief overview of the product, please.',
		);
		sameTerms('Is it WCAG 2.2 at conformance level AA?', 'Is it WCAG 2.2 level AA?');
		sameTerms('Is the product in conformance with WCAG?', 'Does the product meet WCAG?');
		sameTerms('Are we permitted to run our own test?', 'Are we allowed to run our own test?');
		sameTerms('Who has ownership of the outputs?', 'Who owns the outputs?');
		sameTerms('Is stored data encrypted?', 'Is data encrypted at rest?');
		sameTerms('Can we turn the smart features off?', 'Can we turn the AI features off?');
		sameTerms(
			'Do you have a plan for when things go wrong security-wise?',
			'Do you have a security plan for when things go wrong?',
		);
		sameTerms('What if all our users log in at once?', 'What if there is a surge of our users?');
		sameTerms('Is our data really gone at the end?', 'Is our data deleted at the end?');
		sameTerms('Can you get back an earlier copy?', 'Can you restore a backup?');
		// Patching is one term however it is inflected, and not the vulnerabilities it fixes.
		sameTerms('Are systems patched on a schedule?', 'Is patching of systems on a schedule?');
		sameTerms('Are patches applied?', 'Is a patch applied?');
		expect(termSet('Are systems patched?')).not.toContain(termStarting('vulnerabilities', 'vuln'));
		sameTerms('Can customers extract a copy of their data?', 'Can customers export their data?');
		// Acting alone is autonomy; “their own laptops”, “its own systems” say whose the thing is.
		expect(termSet('Can the AI agent act on its own?')).toContain(
			termStarting('automated', 'autom'),
		);
		sameTerms(
			'Can staff work on their own personal laptops?',
			'Can staff work on personal laptops?',
		);
		sameTerms('Is anything installed on its own systems?', 'Is anything installed on systems?');
		// The AI Act is the law, not an AI acting.
		expect(termSet('Are you ready for the AI Act?')).toContain('aiact');
		expect(termSet('Does the AI act on its own?')).not.toContain('aiact');
		// Reasons behind an output, asked plainly.
		sameTerms('Can the handler see why?', 'Is it explainable to the handler?');
		sameTerms('Can you tell us why it came up with it?', 'Is it explainable?');
		expect(termSet('Can we see why controls were excluded?')).not.toContain(
			termStarting('Is it explainable?', 'explainab'),
		);
		sameTerms('Will we be warned ahead of changes?', 'Will we be warned before changes?');
		sameTerms('Can the data be altered?', 'Can the data be changed?');
	});

	test('a general-purpose AI model is one subject, the GPAI, not a purpose', () => {
		sameTerms('Do you use general-purpose AI models?', 'Do you use GPAI models?');
		sameTerms('Which general-purpose models do you use?', 'Which GPAI do you use?');
		const purpose = termStarting('What is the purpose of each AI supplier?', 'purpos');
		expect(termSet('Do you use general-purpose AI models?')).not.toContain(purpose);
		// Still a question about AI, for the rules that weigh AI answers apart.
		expect(termSet('Do you use GPAI?')).toEqual(termSet('Do you use GPAI and AI?'));
	});

	test('a person’s certification is a qualification, not an attestation of the company', () => {
		sameTerms(
			'Do staff hold professional certifications?',
			'Do staff hold professional credentials?',
		);
		expect([...termSet('Do staff hold professional certifications?')]).not.toContain(
			termStarting('Which certifications do you hold?', 'certif'),
		);
	});

	test('an RFP’s “proposed solution”, “according to”, “what percentage” and “where necessary” carry no subject', () => {
		for (const word of ['proposed', 'according', 'percentage', 'necessary'])
			expect(FILLER.has(stem(word)), word).toBe(true);
		const subject = exampleKnowledge().subjectOf(
			'According to the proposed solution, what percentage of data is encrypted where necessary?',
		);
		for (const word of ['proposed', 'according', 'percentage', 'necessary'])
			expect(subject, word).not.toContain(stem(word));
	});

	test('“or equivalent”, “or higher” allow more and ask nothing more', () => {
		expect(termSet('Is data at rest encrypted with AES-256 or equivalent?')).toEqual(
			termSet('Is data at rest encrypted with AES-256?'),
		);
		expect(termSet('Is TLS 1.2 or higher used?')).toEqual(termSet('Is TLS 1.2 used?'));
		expect(termSet('Is a similar control in place?')).toContain('similar');
	});

	test('the field’s synonyms and abbreviations are one term', () => {
		sameTerms('Do you enforce multi-factor authentication?', 'Do you enforce MFA?');
		sameTerms('Do you enforce multifactor?', 'Do you enforce 2FA?');
		sameTerms('Is institutional data encrypted?', 'Is customer data encrypted?');
		sameTerms(
			'Is data encrypted while being transported across networks?',
			'Is data encrypted in transit?',
		);
		sameTerms('Do you train models on customer content?', 'Do you train models on customer data?');
		sameTerms(
			'Is there a plan for responding to incidents?',
			'Is there an incident response plan?',
		);
		sameTerms('Is staff trained on information security?', 'Is there security training for staff?');
		sameTerms('Are workstations encrypted?', 'Are laptops encrypted?');
		sameTerms('Is data scrambled in transit?', 'Is data encrypted in transit?');
		sameTerms("Is the institution's data encrypted?", 'Is customer data encrypted?');
		sameTerms('Do you enforce two-step verification?', 'Do you enforce MFA?');
		sameTerms('Is data encrypted in transport?', 'Is data encrypted in transit?');
		sameTerms('Do you support SAML?', 'Do you support single sign-on?');
		sameTerms('Do you process personal data?', 'Do you process PII?');
		sameTerms('Do you do pen tests?', 'Do you do penetration testing?');
		sameTerms('Do you have a business continuity plan?', 'Do you have a BCP?');
		sameTerms('Are BC/DR plans tested?', 'Are BCP and DR plans tested?');
		sameTerms('Is HTTP Strict Transport Security enabled?', 'Is HSTS enabled?');
		sameTerms('Is a Strict-Transport-Security header sent?', 'Is an HSTS header sent?');
		sameTerms('Is there a data retention schedule?', 'Is there a data retention policy?');
		sameTerms('Do you use large language models?', 'Do you use LLMs?');
		sameTerms('Have you done a data protection impact assessment?', 'Have you done a DPIA?');
		sameTerms('Do you have SOC 2?', 'Do you have SOC2?');
		sameTerms('Which vendors do you use?', 'Which third parties do you use?');
		expect(termSet('Is data encrypted at rest?')).not.toEqual(
			termSet('Is data encrypted in transit?'),
		);
		// Who owns the data is not who is accountable for the AI system.
		expect(termSet('Who has ownership of our data?')).not.toEqual(
			termSet('Who is accountable for our data?'),
		);
	});

	test('everyday paraphrases of the field meet its terms', () => {
		sameTerms('Do staff need a second factor?', 'Do staff need MFA?');
		// Breaking a rule is a violation, not a breach of data; a data breach policy stays one.
		sameTerms('What happens when staff breach policy?', 'What happens when staff violate policy?');
		sameTerms('Is a breach of contract penalised?', 'Is a violation of contract penalised?');
		expect(termSet('Do you have a data breach policy?')).toEqual(new Set(['breach', 'policy']));
		sameTerms('Who has admin rights?', 'Who has privileged access?');
		sameTerms(
			'Are servers scanned for known weaknesses?',
			'Are servers scanned for vulnerabilities?',
		);
		sameTerms('Is it usable with a screen reader?', 'Is it usable with assistive technology?');
		sameTerms('Can we turn it off?', 'Can we opt out?');
		sameTerms('Can it run on our own servers?', 'Can it run on-premises?');
		sameTerms(
			'Is staging kept apart from the live system?',
			'Is non-production separated from production?',
		);
		sameTerms('Are idle sessions logged out?', 'Do sessions time out?');
		sameTerms('Is our claims data used?', 'Is customer data used?');
		sameTerms('Are changes seen by a second developer?', 'Are changes seen by four eyes?');
		sameTerms('What if your primary region goes down?', 'What if your main region fails?');
		sameTerms('Has the vendor suffered a breach?', 'Has the vendor had a breach?');
		sameTerms('Do you rehearse recovery?', 'Do you test recovery?');
		sameTerms(
			'Which sub-contractors handle our records?',
			'Which subprocessors handle customer data?',
		);
		sameTerms(
			'Are dev and QA separated from prod?',
			'Is non-production separated from production?',
		);
		sameTerms('May staff use personal phones?', 'May staff use their own devices?');
		sameTerms('Where are API tokens kept?', 'Where are secrets kept?');
		sameTerms('Can we inspect your controls?', 'Can we audit your controls?');
		sameTerms('Who has the last word on AI output?', 'Is there oversight of AI output?');
		sameTerms('Is traffic protected from eavesdropping?', 'Is traffic protected in transit?');
		sameTerms('Do you run antivirus?', 'Do you run anti-malware?');
		sameTerms('Can we sign in with Okta?', 'Can we sign in with SSO?');
		sameTerms('Are criminal records checked?', 'Are background checks checked?');
		sameTerms('Can blind users use it?', 'Can users with disabilities use it?');
		sameTerms('Do you hold insurance against a hack?', 'Do you hold insurance against a breach?');
		sameTerms('Can we turn off machine-learning features?', 'Can we turn off ML features?');
		sameTerms('Can we disable the AI functionality?', 'Can we disable the AI features?');
		sameTerms('Is access removed when staff quit?', 'Is access removed when staff are offboarded?');
		sameTerms('Do you meet European data protection law?', 'Do you meet the GDPR?');
		sameTerms('Who is your privacy officer?', 'Who is your DPO?');
		sameTerms(
			'Can the product be installed on premises?',
			'Can the product be deployed on premises?',
		);
		sameTerms('Which companies provide your AI models?', 'Which suppliers provide your AI models?');
		sameTerms('Can users flag AI output?', 'Can users report AI output?');
		sameTerms('Do humans oversee decisions?', 'Is there oversight of decisions?');
		sameTerms('Do you have a CSIRT?', 'Do you have an incident response team?');
		sameTerms(
			'Do you have a computer security incident response team?',
			'Do you have an incident response team?',
		);
		sameTerms('Is cyber hygiene training given?', 'Is security awareness training given?');
		sameTerms(
			'Do staff sign non-disclosure undertakings?',
			'Do staff sign confidentiality agreements?',
		);
		sameTerms(
			'Do you support System for Cross-domain Identity Management?',
			'Do you support SCIM?',
		);
		sameTerms('Do you have a Voluntary Product Accessibility Template?', 'Do you have a VPAT?');
		sameTerms('Do you have an SSAE 18 report?', 'Do you have a SOC 2 report?');
		sameTerms('Do you comply with Regulation (EU) 2024/1689?', 'Do you comply with the EU AI Act?');
		sameTerms('Does the product have a virtual agent?', 'Does the product have a chatbot?');
		sameTerms('Do you use MDM?', 'Do you use mobile device management?');
		sameTerms('How do you test for disparate impact?', 'How do you test for bias?');
		sameTerms('What are your remediation windows?', 'What are your remediation SLAs?');
		sameTerms('How did you respond to Log4j?', 'How did you respond to a zero-day?');
		sameTerms('What is your maximum tolerable downtime?', 'What is your RTO?');
		sameTerms('What is your maximum tolerable data loss?', 'What is your RPO?');
		sameTerms(
			'Is there a policy on permissible use of IT resources?',
			'Is there a policy on acceptable use of IT resources?',
		);
		sameTerms('Do you follow NIST SP 800-218?', 'Do you follow a secure development lifecycle?');
		sameTerms('Can you provide a CycloneDX or SPDX document?', 'Can you provide an SBOM document?');
		sameTerms('What are your record-keeping periods?', 'What are your retention periods?');
		sameTerms('Do you run static code analysis?', 'Do you run SAST?');
		sameTerms('Are there role-based permissions?', 'Is there role-based access control?');
		sameTerms('Will you sign our data processing addendum?', 'Will you sign our DPA?');
		sameTerms('Are breaches reported without undue delay?', 'Are breaches reported promptly?');
		sameTerms('Is there a security operations centre?', 'Is there a SOC?');
		sameTerms('Can end users change it?', 'Can users change it?');
		sameTerms('Is there redundancy?', 'Is it redundant?');
		sameTerms(
			'Are change management policies and procedures established, documented, approved, communicated, applied, evaluated and maintained?',
			'Are change management policies and procedures documented?',
		);
		sameTerms('Are policies reviewed, updated and published?', 'Are policies documented?');
		sameTerms('Does human resources run the checks?', 'Do staff run the checks?');
	});

	test('“signed off” is approved, not logged out', () => {
		expect(termSet('Is the policy signed off by management?')).toEqual(
			termSet('Is the policy approved by management?'),
		);
		expect(termSet('Are users signed out when idle?')).toEqual(termSet('Are users timed out?'));
	});

	test('a regular basis, a willing vendor: questionnaire phrasing weighs as filler', () => {
		const subject = (q: string) => [...termSet(q)].filter((t) => !FILLER.has(t));
		expect(subject('Is data backed up on a regular basis?')).toEqual(subject('Is data backed up?'));
		expect(subject('Are you willing to sign a DPA?')).toEqual(subject('Do you sign a DPA?'));
	});

	test('a questionnaire’s own verbs (confirm, indicate, incorporate) carry no subject', () => {
		const subject = (q: string) => [...termSet(q)].filter((t) => !FILLER.has(t));
		expect(subject('Confirm whether the product incorporates AI capabilities.')).toEqual(
			subject('Does the product have AI?'),
		);
		expect(subject('Indicate if a DPA can be executed.')).toEqual(subject('Is there a DPA?'));
		// Everyday qualifiers (“whenever they want”, “normal”, “usual”) say nothing of the subject.
		expect(subject('Can support staff see our data whenever they want?')).toEqual(
			subject('Can support staff see our data?'),
		);
		expect(subject('Can we sign in with our normal or usual accounts?')).toEqual(
			subject('Can we sign in with our accounts?'),
		);
		expect(subject('Do you have the ability to export data?')).toEqual(
			subject('Is it possible to export data?'),
		);
		// “suffered” says no more than “had”, so the breach stays the subject.
		const kbase = kb([
			{ id: 'breaches', question: 'Have you had a data breach?', response: 'no' },
			{ id: 'encryption', question: 'Do you encrypt data?', response: 'yes' },
		]);
		expect(decide(kbase, 'Has your organisation suffered a data breach?')).toMatchObject({
			outcome: 'answered',
			answer: { id: 'breaches' },
		});
	});

	test('everyday verbs and generic nouns weigh as filler, not as the subject', () => {
		const kbase = kb([
			{ id: 'soc2', question: 'Can you provide your latest SOC 2 report?', response: 'yes' },
			{ id: 'pentest', question: 'Can you provide your latest penetration test report?' },
		]);
		// “see” is not a subject the knowledge base lacks: the SOC 2 answer is found with confidence.
		expect(decide(kbase, 'Can we see your SOC2 report?')).toMatchObject({
			outcome: 'answered',
			answer: { id: 'soc2' },
		});
	});

	test('letters spelt out one by one are one word, so the question keeps its subject', () => {
		expect(termSet('What is your D-U-N-S number?')).toEqual(termSet('What is your DUNS number?'));
		expect(termSet('Is A.I. used?')).toEqual(termSet('Is AI used?'));
		// A subject no answer has: blank, not the answer that shares only “number”.
		const kbase = kb([{ id: 'size', question: 'Number of staff and contractors' }]);
		expect(decide(kbase, 'What is your D-U-N-S number?').outcome).not.toBe('answered');
	});

	test('“the vendor” of an industry workbook is the respondent, not a supplier', () => {
		sameTerms('Does the vendor encrypt data at rest?', 'Do you encrypt data at rest?');
		sameTerms("Are the vendor's staff trained?", 'Are your staff trained?');
		sameTerms('Does the service provider log security events?', 'Do you log security events?');
		sameTerms('Has the contractor had a breach?', 'Have you had a breach?');
		// Someone else's provider, or a provider of something, is still a third party.
		expect(termSet('Is the cloud provider certified?')).toContain('suppli');
		expect(termSet('Is the provider of the model audited?')).toContain('suppli');
		expect(termSet('Do you assess your vendors?')).toContain('suppli');
	});

	test('an NDA is the staff’s confidentiality agreement only beside the staff', () => {
		const agreement = termSet('Do employees sign confidentiality agreements?');
		for (const q of [
			'Is a nondisclosure agreement required of all staff?',
			'Do staff sign an NDA?',
			'Is an NDA signed by every new hire?',
		])
			expect([...termSet(q)], q).toEqual(
				expect.arrayContaining([...agreement].filter((t) => t !== 'sign' && t !== 'staff')),
			);
		// The buyer's NDA, under which private documents are shared, is not the staff's.
		expect(termSet('Can we see your SOC 2 report under NDA?')).not.toContain('confidentiality');
	});

	test('the field’s names: federations, disclosure programmes, sanitisation, point of contact', () => {
		sameTerms('Do you support Shibboleth?', 'Do you support single sign-on?');
		sameTerms('Do you support InCommon?', 'Do you support SSO?');
		sameTerms('Do you support CAS authentication?', 'Do you support SSO authentication?');
		sameTerms(
			'Do you have a responsible disclosure policy?',
			'Do you have a vulnerability disclosure policy?',
		);
		sameTerms('Do you follow coordinated disclosure?', 'Do you follow vulnerability disclosure?');
		sameTerms(
			'Is media destroyed according to NIST SP 800-88?',
			'Is media destroyed according to secure deletion?',
		);
		sameTerms('Do you use static and dynamic code analysis?', 'Do you use SAST and DAST?');
		sameTerms('Security point of contact', 'Security contact');
		sameTerms(
			'Are there safeguards against prompt injection?',
			'Are there protections against prompt injection?',
		);
		sameTerms(
			'Are test systems kept apart from the live one?',
			'Is the test environment kept separate from production?',
		);
		// “Questions” and “matters” say nothing about whose contact is asked for.
		const kbase = kb([
			{ id: 'security', question: 'Security contact' },
			{ id: 'ai', question: 'Contact for questions about your use of AI' },
		]);
		expect(decide(kbase, 'Provide the contact for security questions.').answer?.id).toBe(
			'security',
		);
	});

	test('a questionnaire’s “our data” is the customer’s data, but “our own data centre” is not', () => {
		expect(termSet('Is our data encrypted?')).toEqual(termSet('Is customer data encrypted?'));
		expect(termSet('Can it run in our own data centre?')).not.toContain('customer');
	});

	test('everyday words of a buyer outside security meet the field’s terms', () => {
		const meets = (everyday: string, field: string, term: string) => {
			expect(termSet(everyday), everyday).toContain(term);
			expect(termSet(field), field).toContain(term);
		};
		// The buyer's own sector nouns are the customer's data and users.
		expect(termSet('Are our patient records encrypted?')).toEqual(
			termSet('Is customer data encrypted?'),
		);
		expect(termSet('Can our students reset their passwords?')).toEqual(
			termSet('Can our users reset their passwords?'),
		);
		meets('What happens if someone steals your disks?', 'Is data encrypted at rest?', 'atrest');
		meets(
			'Can anyone snoop on data between our browsers and your servers?',
			'Is data encrypted in transit?',
			'intransit',
		);
		meets('Do staff need more than a password to sign in?', 'Is MFA required?', 'mfa');
		// Access taken away, admin rights and live servers, in a buyer's words.
		expect(termSet('How quickly are their logins killed?')).toEqual(
			termSet('How quickly is access revoked?'),
		);
		expect(termSet('Are access rights removed on termination?')).toEqual(
			termSet('Is access revoked on termination?'),
		);
		expect(termSet('Who gets admin or root rights on your live servers?')).toEqual(
			termSet('Who gets privileged access to production?'),
		);
		meets('If your hosting site went dark', 'If your hosting site fails', stem('fail'));
		meets('How much work might we lose?', 'How much data could be lost?', 'lost');
		meets('Do you load ad-tech pixels?', 'Do you use tracking cookies?', stem('tracking'));
		meets('How do we report an incorrect AI result?', 'Can we flag a wrong answer?', 'wrong');
		// Contractions lose their endings rather than becoming words of their own.
		expect(termSet("We're a US hospital. Will you sign a BAA?")).toEqual(
			termSet('We are a US hospital. Will you sign a BAA?'),
		);
		expect(termSet("Sources that don't exist")).toEqual(termSet('Sources that do not exist'));
		expect(termSet('Section 508 conformance document')).toEqual(termSet('VPAT'));
		expect(termSet('Web Content Accessibility Guidelines at the double-A level')).toEqual(
			termSet('WCAG AA level'),
		);
		expect(termSet('the digital operational resilience regulation')).toEqual(termSet('DORA'));
		expect(termSet("Under the EU's new AI regulation")).toEqual(termSet('Under the AI Act'));
		meets('Tabletop exercises for cyber incidents', 'security incident tests', stem('incident'));
		meets('Is there a help desk?', 'Do you offer support?', stem('support'));
		expect(termSet('We are a US healthcare provider')).toEqual(termSet('We are in US health'));
		expect(termSet('Does the user interface conform to WCAG?')).toEqual(
			termSet('Does the product meet WCAG?'),
		);
		expect(termSet('documented approvals')).toEqual(termSet('documented and approved'));
		expect(termSet('Is an IDS/IPS deployed?')).toEqual(
			termSet('Is an intrusion detection or prevention system deployed?'),
		);
		// Users' IDs are not intrusion detection, alone or beside other words.
		const [intrusionDetection] = termSet('intrusion detection');
		expect(termSet('user IDs')).not.toContain(intrusionDetection);
		expect(termSet('IDs')).not.toContain(intrusionDetection);
		expect(termSet('Is ePHI encrypted?')).toEqual(
			termSet('Is protected health information encrypted?'),
		);
		meets('Are passwords hard-coded?', 'Are secrets kept out of source code?', stem('code'));
		meets(
			'Will it end up teaching your algorithms?',
			'Do you train AI on our data?',
			stem('training'),
		);
		meets('What if your data centre burned down?', 'Do you have a disaster recovery plan?', 'dr');
		meets(
			'Do you pay outside hackers to try to break into your product?',
			'Do you perform penetration tests?',
			'pentest',
		);
		meets(
			'Can a person ask us to erase their details?',
			'Do you handle data subject requests?',
			'subject',
		);
		expect(termSet('Are staff taught about security?')).toEqual(
			termSet('Are staff trained about security?'),
		);
		expect(termSet('Do you wipe old drives?')).toContain(stem('delete'));
		meets(
			'Can we turn the AI assistant off for our tenant?',
			'Can AI be disabled per tenant?',
			stem('disable'),
		);
		meets(
			'Is anyone watching your systems at 3 a.m.?',
			'Is security monitored 24/7?',
			'roundclock',
		);
		meets(
			'Are you insured against cyber attacks?',
			'Do you carry cyber insurance?',
			stem('insurance'),
		);
		meets('Where can we see if your service is down?', 'Do you have a status page?', 'status');
		meets('How do you govern AI?', 'Do you have an AI management system?', 'aim');
	});
});

describe('question types', () => {
	test('yes/no, list, value and describe', () => {
		expect(questionType('Do you encrypt data at rest?')).toBe('yes-no');
		expect(questionType('Is MFA enforced? If so, describe how.')).toBe('yes-no');
		expect(questionType('Please confirm whether backups are encrypted.')).toBe('yes-no');
		expect(questionType('List your subprocessors.')).toBe('list');
		expect(questionType('Which AI providers do you use?')).toBe('list');
		expect(questionType('Solution Provider Name')).toBe('value');
		expect(questionType('Describe your incident response process.')).toBe('describe');
		expect(questionType('Where is customer data stored?')).toBe('describe');
	});

	test('negative questions and places', () => {
		expect(polarity('Are providers prohibited from training on our data?')).toBe(true);
		expect(polarity('Do providers train on our data?')).toBe(false);
		expect(polarity('Is any data stored outside the EU?')).toBe(true);
		expect(polarity("Are there accounts that don't use MFA?")).toBe(true);
		expect(polarity('Are there accounts that don’t use MFA, and is none shared?')).toBe(false);
		expect([...placesIn('Is data stored in China or the US? Tell us about it.')]).toEqual([
			'china',
			'us',
		]);
	});

	test('examples and follow-ups are read out of a question; restatements and scopes stay', () => {
		expect(withoutExamples('Do you use a SIEM (e.g., Splunk, Sentinel) to monitor logs?')).toBe(
			'Do you use a SIEM to monitor logs?',
		);
		// The general word the examples are examples of goes with them when it says only “by some means”.
		expect(withoutExamples('Do you scan with tools such as Nessus or Qualys?')).toBe(
			'Do you scan?',
		);
		expect(
			withoutExamples('Do you scan for vulnerabilities using tools such as Nessus or Qualys?'),
		).toBe('Do you scan for vulnerabilities?');
		expect(withoutExamples('Do you use tools such as Nessus?')).toBe('Do you use tools?');
		expect(withoutExamples('Is data sent to providers such as OpenAI?')).toBe(
			'Is data sent to providers?',
		);
		expect(withoutExamples('Is data backed up (for example to a second region)?')).toBe(
			'Is data backed up?',
		);
		expect(withoutExamples('Is strong authentication (i.e., MFA) required?')).toBe(
			'Is strong authentication (i.e., MFA) required?',
		);
		expect(withoutExamples('Is data encrypted at rest (including backups)?')).toBe(
			'Is data encrypted at rest (including backups)?',
		);
		expect(withoutExamples('Would you like a demo?')).toBe('Would you like a demo?');
		// An abbreviation spelling out the words before it says them twice; any other stays.
		expect(withoutExamples('Has a business impact analysis (BIA) been performed?')).toBe(
			'Has a business impact analysis been performed?',
		);
		expect(
			withoutExamples('Are Recovery Time Objectives (RTOs) and Single Sign-On (SSO) used?'),
		).toBe('Are Recovery Time Objectives and Single Sign-On used?');
		expect(withoutExamples('Do you use a SIEM (ELK) for alerts?')).toBe(
			'Do you use a SIEM (ELK) for alerts?',
		);
		// Hostile cells: a bracket longer than any example list, and a cell longer than any question, stay as written.
		const longBracket = `Do you encrypt data (like ${'AES, '.repeat(80)})?`;
		expect(withoutExamples(longBracket)).toBe(longBracket);
		const longCell = `Do you use a SIEM (e.g., Splunk)? ${'('.repeat(3000)}`;
		expect(withoutExamples(longCell)).toBe(longCell);
		expect(
			withoutExamples('Do you use subprocessors? If yes, list them with their location.'),
		).toBe('Do you use subprocessors?');
		expect(withoutExamples('Do you have a security policy? Please attach a copy.')).toBe(
			'Do you have a security policy?',
		);
		expect(withoutExamples('Are backups made off site? (i.e. moved digitally)')).toBe(
			'Are backups made off site?',
		);
		expect(
			withoutExamples('Do you assess suppliers you share data with (i.e. hosting, SaaS, etc.)?'),
		).toBe('Do you assess suppliers you share data with?');
		expect(withoutExamples('Describe your process. If none, say so.')).toBe(
			'Describe your process. If none, say so.',
		);
	});

	test('questions about what the buyer may do', () => {
		expect(asksWhatBuyersMay('Do you allow the institution to scan your systems?')).toBe(true);
		expect(asksWhatBuyersMay('Do you permit customers to run their own penetration tests?')).toBe(
			true,
		);
		expect(asksWhatBuyersMay('Can the customer export all of its data?')).toBe(true);
		expect(
			asksWhatBuyersMay(
				'How much notice must customers give before running their own penetration test?',
			),
		).toBe(true);
		expect(asksWhatBuyersMay('Can we see your SOC 2 report?')).toBe(false);
		expect(asksWhatBuyersMay('Can we send our own auditors to inspect your controls?')).toBe(true);
		expect(asksWhatBuyersMay('Can we see our own audit log?')).toBe(true);
		expect(asksWhatBuyersMay('Can you audit our own controls?')).toBe(false);
		expect(asksWhatBuyersMay('Do you scan your systems for vulnerabilities?')).toBe(false);
		expect(speaksOfBuyers('Can customers perform their own penetration test?')).toBe(true);
		expect(speaksOfBuyers('How do you test your application for security flaws?')).toBe(false);
	});

	test('questions about third parties, and “the vendor” who is the respondent', () => {
		expect(asksOfThirdParties('Do you require your subcontractors to carry cyber insurance?')).toBe(
			true,
		);
		expect(asksOfThirdParties('Are vendors required to encrypt data at rest?')).toBe(true);
		expect(asksOfThirdParties('Do third parties have access to customer data?')).toBe(true);
		expect(asksOfThirdParties('Are your critical suppliers required to encrypt data?')).toBe(true);
		expect(asksOfThirdParties('Is your cloud provider ISO 27001 certified?')).toBe(true);
		expect(asksOfThirdParties('Has the vendor suffered a breach in the last three years?')).toBe(
			false,
		);
		expect(asksOfThirdParties('Is MFA enforced for all vendor employees?')).toBe(false);
		expect(asksOfThirdParties('Does the provider encrypt data at rest?')).toBe(false);
		expect(asksOfThirdParties('Do you use subprocessors?')).toBe(false);
		expect(
			asksOfThirdParties("Will our data be used to train your models or your vendors' models?"),
		).toBe(false);
	});

	test('short answers are written as the drop-down spells them, or not at all', () => {
		expect(shortFor('yes', ['YES', 'NO', 'N/A'])).toBe('YES');
		expect(shortFor('no', ['Yes', 'No', 'N/A'])).toBe('No');
		expect(shortFor('not-applicable', ['Yes', 'No', 'Not applicable'])).toBe('Not applicable');
		expect(shortFor('partial', ['Yes', 'No', 'N/A'])).toBeUndefined();
		expect(shortFor('no', ['Yes', 'N/A'])).toBeUndefined();
		expect(shortFor('partial', undefined)).toBe('Partial');
	});
});

describe('matching', () => {
	const base = kb([
		{
			id: 'at-rest',
			question: 'Do you encrypt customer data at rest?',
			wordings: ['Are backups encrypted?'],
			response: 'yes',
			text: 'Yes. AES-256 at rest, backups included.',
		},
		{
			id: 'training',
			question: 'Do you use customer data to train AI models?',
			response: 'no',
			text: 'No. Customer data never trains models.',
		},
		{
			id: 'irp',
			question: 'Do you have an incident response plan?',
			response: 'yes',
			text: 'Yes. Tested twice a year.',
		},
		{
			id: 'mfa',
			question: 'Do you enforce multi-factor authentication for staff?',
			response: 'yes',
			text: 'Yes. Every employee uses phishing-resistant MFA.',
		},
		{
			id: 'residency',
			question: 'Where is customer data stored?',
			wordings: ['Is customer data stored in the EU?'],
			response: 'yes',
			text: 'In the EU: Frankfurt and Dublin.',
		},
		{
			id: 'provider-training',
			question: 'Do your AI providers train on our data?',
			response: 'no',
			text: 'No. Our AI providers are contractually barred from it.',
		},
	]);

	test('a list question is not answered by an entry that only asks yes or no; a question about AI prefers an answer that names it', () => {
		const hosting = kb([
			{
				id: 'saas',
				question: 'Is the platform run and hosted by you in the cloud?',
				response: 'yes',
			},
			{ id: 'host', question: 'Where is the service hosted, and by which cloud provider?' },
			{ id: 'on-prem', question: 'Can the product be hosted on-premises?', response: 'no' },
			{ id: 'ai-hosting', question: 'Who hosts the AI models behind your features?' },
		]);
		const asList = hosting.candidates('Which cloud platform hosts the platform?');
		const asYesNo = hosting.candidates('Is the platform hosted in the cloud?');
		const saas = (ms: typeof asList) => ms.find((m) => m.answer.id === 'saas')!.confidence;
		expect(saas(asList)).toBeLessThan(saas(asYesNo) * 0.6);
		expect(hosting.best('Which cloud provider hosts the platform?')!.answer.id).toBe('host');
		// A question about AI: the product's on-premises answer, which never names AI, weighs
		// well under the AI hosting answer (without the rule it was 0.74 of it).
		const ai = kb([
			{ id: 'on-prem', question: 'Can the product be hosted on-premises?', response: 'no' },
			{ id: 'ai-hosting', question: 'Where are the AI models behind your features hosted?' },
		]).candidates('Are your AI models hosted on-premises?');
		const of = (id: string) => ai.find((m) => m.answer.id === id)!.confidence;
		expect(of('on-prem')).toBeLessThan(of('ai-hosting') * 0.65);
	});

	test('a Yes answers a yes/no wording, never a list one', () => {
		const subprocessors = (aliases: string[]) =>
			kb([
				{ id: 'subs', question: 'Do you use subprocessors?', wordings: aliases, response: 'yes' },
			]);
		const question = 'Do you use hosting providers?';
		const viaList = decide(subprocessors(['Which hosting providers do you use?']), question);
		expect(viaList).toMatchObject({ outcome: 'answered', answer: { id: 'subs' } });
		expect(viaList.short).toBeUndefined();
		expect(decide(subprocessors(['Do you use hosting providers?']), question).short).toBe('yes');
	});

	test('an alias counts as much as the main question; a typo still finds its answer', () => {
		expect(base.best('Are your backups encrypted?')).toMatchObject({ answer: { id: 'at-rest' } });
		expect(base.best('Are your backups encrypted?')!.confidence).toBeGreaterThan(0.8);
		expect(base.best('Do you have an incidnet response plan?')!.answer.id).toBe('irp');
	});

	test('examples a question gives (“e.g.”, “such as”) do not weigh as a subject of their own', () => {
		const plain = base.best('Do you encrypt customer data at rest?')!;
		const withExamples = base.best(
			'Do you encrypt customer data at rest (e.g., with AWS KMS or Azure Key Vault)?',
		)!;
		expect(withExamples.answer.id).toBe('at-rest');
		expect(withExamples.confidence).toBe(plain.confidence);
		expect(
			decide(base, 'Do you enforce MFA for staff, such as with YubiKeys or Duo?'),
		).toMatchObject({ outcome: 'answered', answer: { id: 'mfa' } });
		// Without the reading that drops them, the product names would sink the match.
		expect(termSet('e.g., with AWS KMS or Azure Key Vault').size).toBeGreaterThan(3);
	});

	test('what the buyer may do is not answered by what we do ourselves', () => {
		const testing = kb([
			{
				id: 'our-testing',
				question: 'Do you scan your application for vulnerabilities?',
				response: 'yes',
				text: 'Yes. Every build is scanned.',
			},
			{
				id: 'customer-testing',
				question: 'Can customers run their own security tests?',
				response: 'yes',
				text: 'Yes, with notice.',
			},
		]);
		const asked = 'Do you allow the institution to scan your application for vulnerabilities?';
		const ours = testing.candidates(asked).find((m) => m.answer.id === 'our-testing')!;
		expect(ours.limit).toBeLessThan(THRESHOLDS.answered);
		const d = decide(testing, asked);
		expect(d.outcome === 'answered' ? d.answer?.id : 'blank').not.toBe('our-testing');
		expect(d.short).toBeUndefined();
		expect(decide(testing, 'Do you scan your application for vulnerabilities?').answer?.id).toBe(
			'our-testing',
		);
	});

	test('“how many” is answered only by a wording that asks for a count', () => {
		const base = kb([
			{
				id: 'key-rotation',
				question: 'How often are encryption keys rotated?',
				text: 'Keys are rotated every year, and at once if one may be compromised.',
			},
			{
				id: 'company-size',
				question: 'How many employees do you have?',
				text: 'About 400 employees and contractors.',
			},
		]);
		const asked = 'How many encryption keys did you rotate last quarter?';
		const rotation = base.candidates(asked).find((m) => m.answer.id === 'key-rotation')!;
		expect(rotation.limit).toBeLessThan(THRESHOLDS.answered);
		expect(decide(base, asked).outcome).not.toBe('answered');
		expect(decide(base, 'How often do you rotate encryption keys?').answer?.id).toBe(
			'key-rotation',
		);
		expect(decide(base, 'How many employees does your company have?')).toMatchObject({
			outcome: 'answered',
			answer: { id: 'company-size' },
		});
	});

	test('a wording about what the buyer may do does not answer a question that never speaks of the buyer', () => {
		const tests = kb([
			{
				id: 'customer-tests',
				question: 'Can customers run their own penetration tests?',
				response: 'yes',
			},
			{
				id: 'our-tests',
				question: 'Do you commission independent penetration tests?',
				response: 'yes',
			},
		]);
		expect(tests.best('Do you run penetration tests?')!.answer.id).toBe('our-tests');
		expect(tests.best('Can customers run their own penetration tests?')!.answer.id).toBe(
			'customer-tests',
		);
	});

	test('a permission question gets a short answer only from a wording that asks permission', () => {
		const devices = kb([
			{
				id: 'devices',
				question: 'Are employee devices centrally managed?',
				wordings: ['Is there a BYOD policy?'],
				response: 'yes',
				text: 'Yes. Personal devices never hold customer data.',
			},
		]);
		const may = decide(devices, 'May your staff keep customer data on a BYOD device?');
		expect(may.answer?.id).toBe('devices');
		expect(may.short).toBeUndefined();
		expect(decide(devices, 'Is there a BYOD policy?').short).toBe('yes');
		expect(asksPermission('Are contractors allowed to use personal laptops?')).toBe(true);
		expect(asksPermission('Do you allow customer audits?')).toBe(false);
	});

	test('a paraphrase with the field’s synonyms is answered, with its short answer', () => {
		const d = decide(base, 'Is multifactor authentication enforced for employees?');
		expect(d).toMatchObject({ outcome: 'answered', short: 'yes', answer: { id: 'mfa' } });
		expect(d.confidence).toBeGreaterThanOrEqual(THRESHOLDS.answered);
	});

	test('an unknown subject or common words alone are not enough: blank beats a wrong Yes', () => {
		expect(decide(base, 'Do you carry cyber insurance?').outcome).toBe('unanswered');
		// “customer data” is in four answers; the subject, retention, in none.
		expect(decide(base, 'How long do you retain customer data?').outcome).not.toBe('answered');
		// The answer is about encryption at rest, not about who holds the keys.
		expect(
			decide(base, 'Do you support customer-managed encryption keys (BYOK)?').short,
		).toBeUndefined();
	});

	test('an answer only about AI does not answer a question that never names AI', () => {
		// On the example knowledge base, where “AI” is in half the answers and weighs little.
		const example = exampleKnowledge();
		const security = 'Are security roles and responsibilities of personnel defined and documented?';
		const ofAi = 'Are AI roles and responsibilities of personnel defined and documented?';
		const confidence = (q: string) =>
			example.candidates(q).find((m) => m.answer.id === 'ai-accountability')!.confidence;
		expect(confidence(security)).toBeLessThan(confidence(ofAi) * 0.85);
		const filled = (q: string) => {
			const d = decide(example, q);
			return d.outcome === 'answered' ? d.answer?.id : undefined;
		};
		expect(filled(security)).not.toBe('ai-accountability');
		expect(filled(ofAi)).toBe('ai-accountability');
		// Named in other words, AI still counts: machine learning, a generated answer.
		expect(termSet('Do you use machine learning?')).toContain('ai');
		expect(termSet('Could our data appear in a generated answer?')).toContain('llm');
		expect(termSet('Is AI-generated content labelled?')).not.toContain('llm');
	});

	test('“reviewed and updated” is one step, the review, not a patch', () => {
		expect(termSet('Are security policies reviewed and updated annually?')).toEqual(
			termSet('Are security policies reviewed annually?'),
		);
		expect(termSet('Is the plan updated and reviewed every year?')).toEqual(
			termSet('Is the plan reviewed every year?'),
		);
	});

	test('a place the answer does not name: no answer, never “Yes”', () => {
		const china = decide(base, 'Is customer data stored in China?');
		expect(china.outcome).not.toBe('answered');
		expect(china.short).toBeUndefined();
		expect(decide(base, 'Is customer data stored in the EU?')).toMatchObject({
			outcome: 'answered',
			answer: { id: 'residency' },
		});
	});

	test('a short answer only for a yes/no question whose answer is itself yes/no, asked the same way round', () => {
		// The answer's own question is “Where…”: its response does not answer a yes/no question.
		expect(decide(base, 'Is customer data stored in the EU?').short).toBeUndefined();
		expect(decide(base, 'Describe how you use customer data to train AI models.')).toMatchObject({
			outcome: 'answered',
			answer: { id: 'training' },
		});
		expect(
			decide(base, 'Describe how you use customer data to train AI models.').short,
		).toBeUndefined();
		const negative = decide(base, 'Are your AI providers barred from training on our data?');
		expect(negative.answer?.id).toBe('provider-training');
		expect(negative.short).toBeUndefined();
		expect(decide(base, 'Do your AI providers train on our data?').short).toBe('no');
	});

	test('a fair match is filled without its short answer; only a sure one gets the Yes', () => {
		const example = exampleKnowledge();
		const fair = decide(
			example,
			'Are all code changes peer reviewed before release to production?',
		);
		expect(fair).toMatchObject({ outcome: 'answered', answer: { id: 'code-review' } });
		expect(fair.confidence).toBeLessThan(THRESHOLDS.short);
		expect(fair.short).toBeUndefined();
		const sure = decide(example, 'Are code changes peer reviewed?');
		expect(sure).toMatchObject({ answer: { id: 'code-review' }, short: 'yes' });
		expect(sure.confidence).toBeGreaterThanOrEqual(THRESHOLDS.short);
	});

	test('confidence is on a 0–1 scale and the thresholds order the outcomes', () => {
		for (const q of [
			'Are backups encrypted?',
			'Do you carry cyber insurance?',
			'What is your favourite colour?',
			'MFA',
		]) {
			const d = decide(base, q);
			expect(d.confidence).toBeGreaterThanOrEqual(0);
			expect(d.confidence).toBeLessThanOrEqual(1);
			expect(d.outcome).toBe(outcomeOf(d.confidence));
		}
		expect(THRESHOLDS.weak).toBeLessThan(THRESHOLDS.answered);
	});

	test('a written answer is preferred to a derived one that fits about as well', () => {
		const both = kb([
			{
				id: 'derived:policy:ai-policy',
				question: 'Do you have a documented AI policy?',
				response: 'yes',
			},
			{ id: 'ai-policy', question: 'Do you have a documented AI policy?', response: 'yes' },
		]);
		expect(both.best('Do you have a documented AI policy?')!.answer.id).toBe('ai-policy');
	});
});

describe('answers above the audience', () => {
	const answer = (id: string, question: string, text: string, audience: Audience) => ({
		id,
		question,
		wordings: [question],
		text,
		response: 'yes',
		controls: [],
		policies: [],
		sources: [`answers/${id}`],
		topic: 'ai',
		audience,
	});
	const config = answer(
		'infrastructure-as-code',
		'How do you detect configuration drift?',
		'Drift from the baseline is flagged within an hour.',
		'public',
	);
	const model = answer(
		'drift-monitoring',
		'How do you detect model drift?',
		'SECRET-MONITORING-DETAIL: weekly population stability checks.',
		'private',
	);
	const others = [
		answer('encryption', 'Is customer data encrypted at rest?', 'Yes, with AES-256.', 'public'),
		answer('mfa', 'Do staff use multi-factor authentication?', 'Yes, everywhere.', 'public'),
		answer('training', 'Do you train AI models on customer data?', 'No.', 'public'),
		answer('bias', 'How do you detect bias in AI models?', 'Quarterly tests.', 'public'),
	];
	const publicKb = new KnowledgeBase(
		[config, ...others],
		new KnowledgeBase([config, model, ...others]),
	);

	test('a question only a restricted answer fits is left blank, not filled from a neighbour', () => {
		// Without the wider knowledge base, the neighbour would be offered.
		const alone = new KnowledgeBase([config, ...others]);
		expect(decide(alone, 'How do you detect model drift?').answer?.id).toBe(
			'infrastructure-as-code',
		);
		expect(decide(publicKb, 'How do you detect model drift?')).toMatchObject({
			outcome: 'restricted',
			above: 'private',
		});
		expect(decide(publicKb, 'How do you detect model drift?').answer).toBeUndefined();
		// The public answer still answers its own question.
		expect(decide(publicKb, 'How do you detect configuration drift?')).toMatchObject({
			outcome: 'answered',
			answer: { id: 'infrastructure-as-code' },
		});
	});

	test('the filled file and its review name the audience, never the restricted answer', async () => {
		const csv = 'ID,Question,Answer\nQ1,How do you detect model drift?,\n';
		const result = await answerQuestionnaire(new TextEncoder().encode(csv), publicKb, {
			format: 'csv',
		});
		const text = review(result, {
			input: 'in.csv',
			out: 'out.csv',
			audience: 'public',
			knowledge: 1,
			asOf: '2026-12-01',
		});
		expect(result.questions[0]).toMatchObject({ outcome: 'restricted', cells: [] });
		expect(text).toContain('## Answered only for a more restricted audience');
		expect(text).toMatch(/row 2 \(Q1\): How do you detect model drift\? \(private answer\)/);
		expect(text).toContain('--audience private');
		for (const out of [String(result.bytes), text]) {
			expect(out).not.toContain('SECRET-MONITORING-DETAIL');
			expect(out).not.toContain('drift-monitoring');
			expect(out).not.toContain('Drift from the baseline');
		}
	});
});
