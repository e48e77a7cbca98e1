/**
 * `npm run report`: reviews, actions, expiries and high-risk gaps, by the date rules of
 * `npm run check`, grouped by owner, in three formats.
 */
import { describe, expect, test } from 'vitest';
import { ownerOf, valueAt } from '../../../src/cli/report/owners.ts';
import { contentTree, MINIMAL, writeContent } from '../../helpers/content.ts';
import { run } from './_run.ts';

const { root, content } = contentTree('report');
writeContent(content, 'people/bob.yaml', 'name: Bob Stone\ntitle: Counsel\nroles: [legal]\n');
writeContent(
	content,
	'risks/drift.yaml',
	[
		'title: Model drift degrades triage',
		'category: data-quality',
		'inherent: { likelihood: 3, impact: 3 }',
		'treatment: mitigate',
		'treatmentPlan: Monitor and retrain.',
		'actions:',
		'  - { action: Add drift alerts, owner: bob, due: "2026-12-10", status: open }',
		'  - { action: Write runbook, owner: bob, due: "2026-01-01", status: done }',
		'  - { action: Pick a vendor, owner: bob, due: "2026-10-01", status: in-progress }',
		'residual: { likelihood: 2, impact: 3 }',
		'owner: ada',
		'status: treating',
		'identifiedOn: "2026-01-01"',
		'nextReview: "2026-06-01"',
	].join('\n'),
);
writeContent(
	content,
	'answers/bias-testing.md',
	'---\nquestion: Do you test for bias?\ncategory: ai-development\nlastReviewed: "2026-01-01"\nnextReview: "2026-12-20"\n---\nYes.\n',
);
writeContent(
	content,
	'certifications/iso-42001.yaml',
	'standard: ISO/IEC 42001:2023\ntitle: ISO 42001\nstatus: certified\nbody: Example Cert\ncertificateNumber: "AIMS-1"\nscope: Everything.\nexpires: "2027-01-20"\n',
);
writeContent(
	content,
	'controls/a.6.2.4.yaml',
	'requirement: A.6.2.4\napplicable: true\njustification: Needed.\nstatus: implemented\nowner: ada\nlastReview: "2026-06-01"\nnextReview: "2027-03-01"\nsummary: In place.\nevidence:\n  - { title: Pen test report, link: "docs/pentest.pdf", date: "2025-12-01", expires: "2026-11-01" }\n',
);
writeContent(
	content,
	'systems/scoring.yaml',
	[
		'title: Credit scoring',
		'purpose: Scores applicants.',
		'intendedUse: Credit officers; not for marketing.',
		'owner: bob',
		'accountableExecutive: ada',
		'supplier: { type: in-house }',
		'stage: deployed',
		'useCase: { decision: approved, rationale: Allowed by policy. }',
		'euAiAct: { tier: minimal, rationale: Internal only., role: deployer }',
		'riskLevel: high',
		'affected: {}',
		'oversight: { mode: human-in-the-loop }',
	].join('\n'),
);

describe('npm run report', () => {
	test('text: items grouped by owner, names resolved, unassigned last, overdue first', () => {
		const result = run('report.ts', [], root);
		expect(result.status).toBe(0);
		expect(result.stdout)
			.toBe(`8 items need attention as of 2026-11-28 (looking 30 days ahead): 2 overdue, 1 expired, 2 high-risk gaps, 2 due soon, 1 expiring.
The content has 2 errors; entries that failed to load are not in this report. Run npm run check.

Ada Lovelace (ada): 2
  OVERDUE   risk review, 2026-06-01 (180 days ago)
            Model drift degrades triage — src/content/risks/drift.yaml:14
  EXPIRED   evidence “Pen test report”, 2026-11-01 (27 days ago)
            A.6.2.4 — src/content/controls/a.6.2.4.yaml:10

Bob Stone (bob): 4
  OVERDUE   treatment action “Pick a vendor”, 2026-10-01 (58 days ago)
            Model drift degrades triage — src/content/risks/drift.yaml:9
  GAP       high-risk system without an impact assessment
            Credit scoring — src/content/systems/scoring.yaml:1
  GAP       high-risk system without a human review point
            Credit scoring — src/content/systems/scoring.yaml:12
  DUE SOON  treatment action “Add drift alerts”, 2026-12-10 (in 12 days)
            Model drift degrades triage — src/content/risks/drift.yaml:7

unassigned: 2
  DUE SOON  answer review, 2026-12-20 (in 22 days)
            Do you test for bias? — src/content/answers/bias-testing.md:5
  EXPIRING  certificate, 2027-01-20 (in 53 days)
            ISO 42001 — src/content/certifications/iso-42001.yaml:7
`);
	});

	test('--within widens the window for reviews; --as-of moves the day', () => {
		const wide = run('report.ts', ['--within', '100'], root).stdout;
		expect(wide).toContain('policy review, 2027-01-10 (in 43 days)');
		expect(wide).toContain('control review, 2027-03-01 (in 93 days)');
		const later = run('report.ts', ['--as-of', '2026-12-15'], root).stdout;
		expect(later).toContain('treatment action “Add drift alerts”, 2026-12-10 (5 days ago)');
		expect(later).toContain('as of 2026-12-15');
	});

	test('markdown: a table per owner, ready to paste', () => {
		const md = run('report.ts', ['--format', 'markdown'], root).stdout;
		expect(md).toContain('# What needs attention\n\n8 items need attention as of 2026-11-28');
		expect(md).toContain(
			'## Bob Stone (`bob`)\n\n| Status | What | When | Entry |\n| --- | --- | --- | --- |\n| overdue | treatment action “Pick a vendor” | 2026-10-01 (58 days ago) | Model drift degrades triage<br>`src/content/risks/drift.yaml:9` |',
		);
		expect(md).toContain('## unassigned\n');
	});

	test('json: the same items, for tools', () => {
		const json = JSON.parse(run('report.ts', ['--format', 'json'], root).stdout);
		expect(json).toMatchObject({
			asOf: '2026-11-28',
			within: 30,
			total: 8,
			counts: { overdue: 2, expired: 1, gap: 2, 'due-soon': 2, expiring: 1 },
		});
		expect(json.groups.map((g: { owner: string | null }) => g.owner)).toEqual(['ada', 'bob', null]);
		expect(json.groups[1].items[0]).toMatchObject({
			status: 'overdue',
			collection: 'risks',
			id: 'drift',
			field: 'actions[2].due',
			date: '2026-10-01',
			days: -58,
			owner: 'bob',
		});
	});

	test('valid content with nothing due says so', () => {
		expect(run('report.ts', ['--content', MINIMAL]).stdout).toBe(
			'Nothing needs attention as of 2026-11-28 (looking 30 days ahead).\n',
		);
	});

	test('refuses bad options', () => {
		expect(run('report.ts', ['--format', 'xml'], root)).toMatchObject({
			status: 2,
			stderr: expect.stringContaining('--format must be one of text, markdown, json'),
		});
		expect(run('report.ts', ['--within', 'soon'], root)).toMatchObject({
			status: 2,
			stderr: expect.stringContaining('--within must be a whole number of days'),
		});
		expect(run('report.ts', ['--as-of', '28/11/2026'], root)).toMatchObject({
			status: 2,
			stderr: expect.stringContaining(
				'--as-of must be a date written YYYY-MM-DD, and a real calendar day',
			),
		});
	});
});

test('an action falls to its own owner; other items to the entry’s owner or assessor', () => {
	const entry = (collection: string, data: unknown) =>
		({ collection, id: 'x', file: 'x', format: 'yaml', data, lineOf: () => undefined }) as never;
	const audit = entry('audits', {
		findings: [
			{
				id: 'F-1',
				correctiveAction: { action: 'Fix', owner: 'bob', due: '2026-01-01', status: 'open' },
			},
		],
	});
	expect(ownerOf(audit, 'findings[0].correctiveAction.due')).toBe('bob');
	expect(
		ownerOf(
			entry('incidents', { correctiveActions: [{ owner: 'cy' }] }),
			'correctiveActions[0].due',
		),
	).toBe('cy');
	expect(
		ownerOf(entry('controls', { owner: 'ada', evidence: [{ title: 'T' }] }), 'evidence[0].expires'),
	).toBe('ada');
	expect(ownerOf(entry('impact-assessments', { assessor: 'dee' }), 'nextReview')).toBe('dee');
	expect(ownerOf(entry('answers', {}), 'nextReview')).toBeUndefined();
	expect(valueAt({ a: [{ b: { c: 1 } }] }, 'a[0].b.c')).toBe(1);
});
