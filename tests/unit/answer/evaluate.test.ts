/** The scorer, and the matcher scored on the unit tests' own labelled set. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EVALUATION_FILES } from '../../../src/cli/bench/answers.ts';
import {
	evaluate,
	parseEvaluation,
	type EvaluationItem,
} from '../../../src/cli/answer/evaluate.ts';
import { knowledgeBase } from '../../../src/cli/answer/knowledge.ts';
import { checkContent } from '../../../src/lib/pipeline.ts';
import { createView } from '../../../src/lib/views/audience.ts';
import { PROJECT } from '../../helpers/content.ts';
import { fixtureKnowledge } from './kb.ts';

const FILE = 'tests/fixtures/questionnaires/evaluation-fixture.yaml';
const HOLDOUT = 'tests/fixtures/questionnaires/evaluation-holdout.yaml';
const BLIND = [
	'tests/fixtures/questionnaires/evaluation-blind.yaml',
	'tests/fixtures/questionnaires/evaluation-blind-2.yaml',
];
const INDUSTRY = 'tests/fixtures/questionnaires/evaluation-industry.yaml';
const REGISTER = 'tests/fixtures/questionnaires/evaluation-register.yaml';
const REGISTER_2 = 'tests/fixtures/questionnaires/evaluation-register-2.yaml';
const PARAPHRASES = 'tests/fixtures/questionnaires/evaluation-paraphrases.yaml';
const REWORDINGS = 'tests/fixtures/questionnaires/evaluation-rewordings.yaml';
const REGISTER_3 = 'tests/fixtures/questionnaires/evaluation-register-3.yaml';
const REGISTER_4 = 'tests/fixtures/questionnaires/evaluation-register-4.yaml';
const VENDOR_2 = 'tests/fixtures/questionnaires/evaluation-vendor-2.yaml';
const INDUSTRY_2 = 'tests/fixtures/questionnaires/evaluation-industry-2.yaml';
const BLIND_3 = 'tests/fixtures/questionnaires/evaluation-blind-3.yaml';
const INDUSTRY_3 = 'tests/fixtures/questionnaires/evaluation-industry-3.yaml';
const BLIND_4 = 'tests/fixtures/questionnaires/evaluation-blind-4.yaml';
const VENDOR_3 = 'tests/fixtures/questionnaires/evaluation-vendor-3.yaml';
const PARAPHRASES_2 = 'tests/fixtures/questionnaires/evaluation-paraphrases-2.yaml';
const INDUSTRY_4 = 'tests/fixtures/questionnaires/evaluation-industry-4.yaml';
const VENDOR_4 = 'tests/fixtures/questionnaires/evaluation-vendor-4.yaml';
const INDUSTRY_5 = 'tests/fixtures/questionnaires/evaluation-industry-5.yaml';
const PARAPHRASES_3 = 'tests/fixtures/questionnaires/evaluation-paraphrases-3.yaml';
const INDUSTRY_6 = 'tests/fixtures/questionnaires/evaluation-industry-6.yaml';
const BLIND_5 = 'tests/fixtures/questionnaires/evaluation-blind-5.yaml';
const PARAPHRASES_4 = 'tests/fixtures/questionnaires/evaluation-paraphrases-4.yaml';
const BLIND_6 = 'tests/fixtures/questionnaires/evaluation-blind-6.yaml';

/**
 * The shape of a set laid out like a workbook: every item of one kind, so many items, so many
 * with no answer, and a short answer only where an entry answers the question.
 */
const workbookShape =
	(kind: EvaluationItem['kind'], length: number, none: number) => (items: EvaluationItem[]) => {
		expect(items.every((i) => i.kind === kind)).toBe(true);
		expect(items).toHaveLength(length);
		expect(items.filter((i) => i.expected === 'none')).toHaveLength(none);
		expect(items.filter((i) => i.short !== undefined).every((i) => i.expected !== 'none')).toBe(
			true,
		);
	};

/**
 * The shape of a set of reworded questions, each on a different entry, so many of each level,
 * beside off-topic ones that expect no answer and no short answer.
 */
const rewordedShape =
	({ modest = 0, free = 0 }: { modest?: number; free?: number }, offTopic: number) =>
	(items: EvaluationItem[]) => {
		const reworded = items.filter((i) => i.kind === 'reworded');
		expect(reworded).toHaveLength(modest + free);
		expect(reworded.filter((i) => i.level === 'modest')).toHaveLength(modest);
		expect(reworded.filter((i) => i.level === 'free')).toHaveLength(free);
		expect(reworded.every((i) => i.expected !== 'none')).toBe(true);
		expect(new Set(reworded.map((i) => i.expected)).size).toBe(reworded.length);
		const offTopicItems = items.filter((i) => i.kind === 'off-topic');
		expect(offTopicItems).toHaveLength(offTopic);
		expect(offTopicItems.every((i) => i.expected === 'none' && i.short === undefined)).toBe(true);
		expect(items).toHaveLength(modest + free + offTopic);
	};

describe('evaluation sets', () => {
	test('a bad item is named with its field', () => {
		expect(() =>
			parseEvaluation('- question: "Q?"\n  expected: a\n  kind: sideways\n', 'e.yaml'),
		).toThrow(
			'e.yaml: item 1: kind must be one of reworded, generic, off-topic, direct, derived, industry, not "sideways"',
		);
		expect(() => parseEvaluation('- question: "Q?"\n  kind: direct\n', 'e.yaml')).toThrow(
			'e.yaml: item 1: expected must be an answer id, derived:<key> or none',
		);
		expect(() => parseEvaluation('question: x\n', 'e.yaml')).toThrow('e.yaml: must be a list');
		expect(() =>
			parseEvaluation(
				'- question: "Q?"\n  expected: a\n  kind: reworded\n  level: hard\n',
				'e.yaml',
			),
		).toThrow('e.yaml: item 1: level must be one of modest, free, not "hard"');
	});

	test('a level is kept and counted apart, right or rightly blank', () => {
		const kb = fixtureKnowledge('answer-evaluate-level', 'public');
		const items = parseEvaluation(
			[
				'- question: "Is customer data encrypted at rest?"',
				'  expected: none',
				'  kind: reworded',
				'  level: modest',
				'- question: "What is the seating capacity of your canteen?"',
				'  expected: none',
				'  kind: off-topic',
			].join('\n'),
			'e.yaml',
		);
		expect(items.map((i) => i.level)).toEqual(['modest', undefined]);
		const score = evaluate(kb, items);
		expect(score.byLevel).toEqual({ modest: { right: 0, of: 1 } });
		expect(score.byKind['off-topic']).toEqual({ right: 1, of: 1 });
	});

	test('on the fixture knowledge base: precision first, no false Yes, off-topic blank, most paraphrases found', () => {
		const kb = fixtureKnowledge('answer-evaluate', 'public');
		const score = evaluate(kb, parseEvaluation(readFileSync(join(PROJECT, FILE), 'utf8'), FILE));
		expect(score.unknown).toEqual([]);
		expect(score.falseYes).toBe(0);
		expect(score.precision).toBeGreaterThanOrEqual(0.95);
		expect(score.blankOffTopic.blank).toBe(score.blankOffTopic.of);
		expect(score.byKind.reworded!.right / score.byKind.reworded!.of).toBeGreaterThanOrEqual(0.8);
		expect(score.filled).toBe(score.results.filter((r) => r.got !== 'none').length);
	});

	// The held-out set's figures are measured by the bench, never asserted: only its shape and labels are checked here.
	test('the held-out set is benched, and its labels name public answers of the example content', () => {
		expect(EVALUATION_FILES).toContain(HOLDOUT);
		const items = parseEvaluation(readFileSync(join(PROJECT, HOLDOUT), 'utf8'), HOLDOUT);
		expect(items.filter((i) => i.kind === 'reworded')).toHaveLength(80);
		expect(items.filter((i) => i.kind === 'off-topic').every((i) => i.expected === 'none')).toBe(
			true,
		);
		expect(items.filter((i) => i.kind === 'off-topic')).toHaveLength(40);
		expect(items.every((i) => i.audience === undefined)).toBe(true);
		const kb = knowledgeBase(createView(checkContent({ root: PROJECT }).entries, 'public'));
		expect(evaluate(kb, items).unknown).toEqual([]);
	});

	// Like the held-out set: the blind sets, reported by level, and an industry-workbook set,
	// all benched and never asserted on their figures; here only their shape and labels.
	test.each([
		...BLIND.map((file) => ({
			name: `the blind set ${file}`,
			file,
			shape: (items: EvaluationItem[]) => {
				const reworded = items.filter((i) => i.kind === 'reworded');
				expect(reworded).toHaveLength(100);
				expect(reworded.filter((i) => i.level === 'modest')).toHaveLength(50);
				expect(reworded.filter((i) => i.level === 'free')).toHaveLength(50);
				expect(reworded.every((i) => i.expected !== 'none')).toBe(true);
				const offTopic = items.filter((i) => i.kind === 'off-topic');
				expect(offTopic).toHaveLength(50);
				expect(offTopic.every((i) => i.expected === 'none')).toBe(true);
				expect(items).toHaveLength(150);
			},
		})),
		{
			name: 'the industry-workbook set',
			file: INDUSTRY,
			shape: (items: EvaluationItem[]) => {
				workbookShape('industry', 310, 114)(items);
				// Every short answer is one a drop-down offers.
				const shorts = items.filter((i) => i.short !== undefined);
				expect(new Set(shorts.map((i) => i.short))).toEqual(
					new Set(['Yes', 'No', 'Partial', 'N/A']),
				);
			},
		},
		{
			name: 'the development set in an industry workbook’s register',
			file: REGISTER,
			shape: workbookShape('industry', 115, 25),
		},
		{
			name: 'the second development set in an industry workbook’s register',
			file: REGISTER_2,
			shape: (items: EvaluationItem[]) => {
				expect(items.every((i) => i.kind === 'industry')).toBe(true);
				expect(items).toHaveLength(75);
				expect(items.filter((i) => i.expected === 'none')).toHaveLength(18);
			},
		},
		{
			name: 'the development set of free paraphrases',
			file: PARAPHRASES,
			shape: (items: EvaluationItem[]) => {
				const reworded = items.filter((i) => i.kind === 'reworded');
				expect(reworded).toHaveLength(62);
				expect(reworded.every((i) => i.level === 'free' && i.expected !== 'none')).toBe(true);
				expect(
					items.filter((i) => i.kind === 'off-topic').every((i) => i.expected === 'none'),
				).toBe(true);
				expect(items).toHaveLength(82);
			},
		},
		{
			name: 'the development set of close rewordings',
			file: REWORDINGS,
			shape: (items: EvaluationItem[]) => {
				const reworded = items.filter((i) => i.kind === 'reworded');
				expect(reworded).toHaveLength(60);
				expect(reworded.every((i) => i.level === 'modest' && i.expected !== 'none')).toBe(true);
				const offTopic = items.filter((i) => i.kind === 'off-topic');
				expect(offTopic).toHaveLength(20);
				expect(offTopic.every((i) => i.expected === 'none')).toBe(true);
			},
		},
		{
			name: 'the third development set in an industry workbook’s register',
			file: REGISTER_3,
			shape: workbookShape('industry', 96, 18),
		},
		{
			name: 'the fourth development set in an industry workbook’s register',
			file: REGISTER_4,
			shape: workbookShape('industry', 130, 15),
		},
		{
			name: 'the generic vendor-security set',
			file: VENDOR_2,
			shape: workbookShape('generic', 100, 6),
		},
		{
			name: 'the second industry workbook set',
			file: INDUSTRY_2,
			shape: workbookShape('industry', 220, 28),
		},
		{
			name: 'the blind-3 set of rewordings and off-topic questions',
			file: BLIND_3,
			shape: rewordedShape({ modest: 50, free: 30 }, 30),
		},
		{
			name: 'the third industry workbook set',
			file: INDUSTRY_3,
			shape: workbookShape('industry', 200, 27),
		},
		{
			name: 'the blind-4 set of rewordings and off-topic questions',
			file: BLIND_4,
			shape: rewordedShape({ modest: 45, free: 25 }, 30),
		},
		{
			name: 'the second generic vendor-security set',
			file: VENDOR_3,
			shape: workbookShape('generic', 100, 6),
		},
		{
			name: 'the second development set of free paraphrases',
			file: PARAPHRASES_2,
			shape: rewordedShape({ free: 80 }, 30),
		},
		{
			name: 'the fourth industry workbook set',
			file: INDUSTRY_4,
			shape: workbookShape('industry', 200, 23),
		},
		{
			name: 'the third generic vendor-security set',
			file: VENDOR_4,
			shape: workbookShape('generic', 100, 2),
		},
		{
			name: 'the fifth industry workbook set',
			file: INDUSTRY_5,
			shape: workbookShape('industry', 200, 31),
		},
		{
			name: 'the third development set of paraphrases',
			file: PARAPHRASES_3,
			shape: rewordedShape({ modest: 60, free: 60 }, 40),
		},
		{
			name: 'the sixth industry workbook set',
			file: INDUSTRY_6,
			shape: workbookShape('industry', 200, 21),
		},
		{
			name: 'the sixth blind set',
			file: BLIND_5,
			shape: rewordedShape({ modest: 60, free: 40 }, 40),
		},
		{
			name: 'the fourth development set of paraphrases',
			file: PARAPHRASES_4,
			shape: rewordedShape({ modest: 70, free: 20 }, 30),
		},
		{
			name: 'the seventh blind set',
			file: BLIND_6,
			shape: rewordedShape({ modest: 75, free: 25 }, 40),
		},
	])(
		'$name is benched, and its labels name public answers of the example content',
		({ file, shape }) => {
			expect(EVALUATION_FILES).toContain(file);
			const items = parseEvaluation(readFileSync(join(PROJECT, file), 'utf8'), file);
			shape(items);
			expect(new Set(items.map((i) => i.question.toLowerCase())).size).toBe(items.length);
			expect(items.every((i) => i.audience === undefined)).toBe(true);
			const kb = knowledgeBase(createView(checkContent({ root: PROJECT }).entries, 'public'));
			expect(evaluate(kb, items).unknown).toEqual([]);
		},
	);

	test('a wrong Yes is counted as one', () => {
		const kb = fixtureKnowledge('answer-evaluate-yes', 'public');
		const score = evaluate(kb, [
			{ question: 'Is customer data encrypted at rest?', expected: 'none', kind: 'off-topic' },
		]);
		expect(score).toMatchObject({ filled: 1, right: 0, precision: 0, falseYes: 1 });
	});
});
