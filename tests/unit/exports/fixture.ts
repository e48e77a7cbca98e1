/**
 * Content for the export tests: the minimal fixture plus one public and one internal AI
 * system, a public and an internal dataset, an internal risk, answers at all three audiences,
 * evidence and policies on a control, and a justification that looks like a formula.
 */
import { expect } from 'vitest';
import type { Entry } from '../../../src/lib/content/validate.ts';
import { checkContent } from '../../../src/lib/pipeline.ts';
import { contentTree, writeContent } from '../../helpers/content.ts';

export const PUBLIC_SYSTEM = 'support-assistant';
export const INTERNAL_SYSTEM = 'pricing-model';

const system = (audience: string, title: string, datasets: string[], model = '', extra = '') => `---
audience: ${audience}
title: ${title}
purpose: ${title} helps staff with routine work.
intendedUse: Used by support agents to draft replies; never sends a reply on its own.
owner: ada
accountableExecutive: ada
supplier:
  type: third-party
  vendor: Example Models Inc.
  product: Example LLM 4
  manufacturer: Example Research Lab
stage: deployed
useCase:
  decision: approved
  rationale: Allowed by the AI policy.
euAiAct:
  tier: minimal
  rationale: Drafting aid reviewed by a person.
  transparency: [chatbot-disclosure]
  role: deployer
riskLevel: low
affected:
  people: [Customers]
  groups: [Non-native speakers]
oversight:
  mode: human-in-the-loop
  reviewPoints:
    - role: Support agent
      reviews: The drafted reply
      before: a reply is sent
model:
  metrics:
    - { name: answer accuracy, value: 94 %, threshold: 90 %, measuredOn: "2026-05-01" }
  limitations: [Can state outdated product facts.]
${model}datasets: [${datasets.join(', ')}]
controls: [A.6.2.4, A.9.4]
${extra}---
`;

const dataset = (audience: string, title: string) => `audience: ${audience}
title: ${title}
description: ${title} used for evaluation.
provenance: { origin: internal, source: Support desk }
licence: Internal use
collectionPeriod: { from: "2025-01-01" }
personalData: { contains: true, categories: [contact details] }
retention: Two years, then deleted.
owner: ada
`;

const answer = (audience: string, question: string, body: string, extra = '') => `---
audience: ${audience}
question: ${question}
category: security
response: yes
controls: [A.6.2.6]
policies: [ai-policy]
lastReviewed: "2026-05-01"
${extra}---

${body}
`;

/** Checked entries of the export fixture; fails the test if the content is not valid. */
export function exportEntries(name = 'exports'): Entry[] {
	const { root, content } = contentTree(name);
	writeContent(
		content,
		`systems/${PUBLIC_SYSTEM}.md`,
		system(
			'public',
			'Support assistant',
			['support-tickets'],
			'  version: "4.2"\n  approach: self-supervised\n  task: text generation\n  architectureFamily: transformer\n',
		),
	);
	// A model hosted on the Hugging Face Hub, pinned to a revision, and made by someone other than its vendor.
	writeContent(
		content,
		`systems/${INTERNAL_SYSTEM}.md`,
		system(
			'internal',
			'Pricing model',
			['support-tickets', 'hr-records'],
			'  version: 2f2f2b3a6ce5b56ad4e0e4e1a0a1f1c5e2d3c4b5\n  huggingface: Example-Org/pricing-bert\n',
			'',
		),
	);
	writeContent(content, 'datasets/support-tickets.yaml', dataset('public', 'Support tickets'));
	writeContent(content, 'datasets/hr-records.yaml', dataset('internal', 'HR records'));
	writeContent(
		content,
		'risks/reply-bias.md',
		`---
title: Drafts are worse for non-native speakers
category: bias-fairness
systems: [${PUBLIC_SYSTEM}]
inherent: { likelihood: 3, impact: 3 }
treatment: mitigate
treatmentPlan: Evaluate drafts by customer language every quarter.
residual: { likelihood: 2, impact: 2 }
controls: [A.5.4]
owner: ada
status: treating
identifiedOn: "2026-04-01"
nextReview: "2027-04-01"
---
`,
	);
	writeContent(
		content,
		'answers/encryption.md',
		answer(
			'public',
			'Do you encrypt customer data at rest?',
			'Yes. All customer data is encrypted at rest with **AES-256**; see [our policy](https://trust.minimal.example/policies).',
		),
	);
	writeContent(
		content,
		'answers/pentest.md',
		answer(
			'private',
			'Do you perform annual penetration tests?',
			'Yes, an independent firm tests every year.',
		),
	);
	writeContent(
		content,
		'answers/training-data.md',
		answer('internal', 'Is customer data used to train models?', 'No customer data trains models.'),
	);
	writeContent(
		content,
		'controls/a.2.2.yaml',
		`audience: public
requirement: A.2.2
applicable: true
justification: Needed for our AI systems.
status: implemented
owner: ada
policies: [ai-policy]
implementation: The committee approves the policy every year.
evidence:
  - { title: Committee minutes, link: https://handbook.minimal.example/minutes/2026 01, date: "2026-06-02" }
lastReview: "2026-06-01"
summary: In place.
`,
	);
	writeContent(
		content,
		'controls/a.2.3.yaml',
		`audience: public
requirement: A.2.3
applicable: true
justification: "=HYPERLINK(\\"https://evil.example\\", \\"click\\")"
status: partial
owner: ada
lastReview: "2026-06-01"
summary: "+Aligned, with a comma and a \\"quote\\"\\nand a line break."
`,
	);
	const result = checkContent({ root, asOf: '2026-11-28' });
	expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	return result.entries;
}
