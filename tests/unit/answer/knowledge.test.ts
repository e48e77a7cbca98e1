import { describe, expect, test } from 'vitest';
import { fillQuestionnaire } from '../../../src/lib/answer/fill.ts';
import { KnowledgeBase, type KnowledgeAnswer } from '../../../src/lib/answer/knowledge.ts';
import { findLayout } from '../../../src/lib/answer/layout.ts';
import { stem, termSet } from '../../../src/lib/answer/terms.ts';

const kb = (answers: Partial<KnowledgeAnswer>[]) =>
	new KnowledgeBase(answers.map((a, i) => ({ id: `a${i}`, question: a.question!, wordings: [a.question!, ...(a.wordings ?? [])], text: a.text ?? 'Answer.', response: '', controls: [], policies: [] })));

describe('terms', () => {
	test('inflections meet, acronyms and their spelt-out forms are one term', () => {
		expect(new Set(['encrypted', 'encryption', 'encrypts', 'encrypt'].map(stem)).size).toBe(1);
		expect(new Set(['comply', 'compliant', 'compliance'].map(stem)).size).toBe(1);
		expect(new Set(['certify', 'certified', 'certification'].map(stem)).size).toBe(1);
		expect(termSet('Do you enforce multi-factor authentication?')).toEqual(termSet('Is MFA enforced?'));
		expect(termSet('Are penetration tests performed by a third party?')).toEqual(new Set(['pentest', 'perform', 'third', 'party']));
		expect(termSet('Are you ISO/IEC 42001 certified?')).toEqual(termSet('iso 42001 certification'));
	});
});

describe('knowledge base search', () => {
	const base = kb([
		{ question: 'Do you encrypt customer data at rest?', wordings: ['Are backups encrypted?'] },
		{ question: 'Do you use customer data to train AI models?' },
		{ question: 'Do you have an incident response plan?' },
	]);

	test('an alias wording counts as much as the main question', () => {
		expect(base.best('Are your backups encrypted?')!.answer.id).toBe('a0');
		expect(base.best('Are your backups encrypted?')!.confidence).toBeGreaterThan(0.8);
	});

	test('a typo still finds its answer (fuzzy), but a question on an unknown topic scores low', () => {
		expect(base.best('Do you have an incidnet response plan?')!.answer.id).toBe('a2');
		expect(base.best('Do you carry cyber insurance?')?.confidence ?? 0).toBeLessThan(0.35);
	});

	test('sharing only common words is not enough for confidence', () => {
		// “customer data” is in two answers; the topic, retention, is in none.
		expect(base.best('How long do you retain customer data?')!.confidence).toBeLessThan(0.55);
	});

	// How long it takes is measured by `npm run bench -- --tools`, not asserted: a loaded machine is slow.
	test('fills hundreds of questions, one result per row', () => {
		const rows = [['Question'], ...Array.from({ length: 600 }, (_, i) => [`Question ${i}: do you encrypt customer data, train models and respond to incidents?`])];
		const filled = fillQuestionnaire(rows, findLayout(rows), base);
		expect(filled.results).toHaveLength(600);
		expect(filled.results.map((r) => r.row)).toEqual(Array.from({ length: 600 }, (_, i) => i + 1));
		expect(filled.counts.answered + filled.counts.weak + filled.counts.unanswered).toBe(600);
	});
});
