/** The sentence model beside the word match: what it may change, and what it may not. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
	AGREEMENT,
	agreedConfidence,
	CLEAR,
	decide,
	DISAGREE,
	OVERRULE,
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
import { closestInMeaning, openMeaning, readCache } from '../../../src/cli/answer/meaning.ts';

const answer = (id: string, question: string, text: string, response = ''): KnowledgeAnswer => ({
	id,
	question,
	wordings: [question],
	text,
	response,
	controls: [],
	policies: [],
	sources: [`answers/${id}`],
	topic: 'security',
});

const KB = new KnowledgeBase([
	answer(
		'human-oversight',
		'Do people oversee the outputs of your AI features?',
		'A trained reviewer checks every output before it is acted on.',
		'yes',
	),
	answer(
		'encryption-at-rest',
		'Is customer data encrypted at rest?',
		'Stored data is encrypted with AES-256.',
		'yes',
	),
	answer(
		'backups',
		'How often are backups taken?',
		'Backups run every night and are kept for 35 days.',
	),
]);

const sims = (entries: Record<string, number>) => new Map(Object.entries(entries));

/** The example organisation's public knowledge base. */
const EXAMPLE = knowledgeBase(createView(checkContent({ root: PROJECT }).entries, 'public'));
/** Similarities that rank `id` at `position` (0 first) among the other answers. */
const ranked = (id: string, position: number) => {
	const others = EXAMPLE.answers.map((a) => a.id).filter((other) => other !== id);
	return new Map<string, number>([
		...others.map((other, i): [string, number] => [other, i < position ? 0.69 - i * 0.001 : 0.3]),
		[id, 0.65],
	]);
};

describe('agreement of the word match and the meaning', () => {
	test('raises a weak word match the meaning ranks first, by how close the meaning is', () => {
		const raised = agreedConfidence('a', 0.3, sims({ a: 0.8, b: 0.7 }));
		expect(raised).toBe(Math.round((0.3 + AGREEMENT.weight * (0.8 - AGREEMENT.from)) * 100) / 100);
		expect(raised).toBeGreaterThanOrEqual(THRESHOLDS.answered);
	});

	test('changes nothing when the meaning prefers another answer, barely leads, or the words share too little', () => {
		expect(agreedConfidence('a', 0.3, sims({ a: 0.8, b: 0.85 }))).toBe(0.3);
		expect(agreedConfidence('a', 0.3, sims({ a: 0.8, b: 0.79 }))).toBe(0.3);
		expect(agreedConfidence('a', AGREEMENT.floor - 0.01, sims({ a: 0.95, b: 0.5 }))).toBe(
			AGREEMENT.floor - 0.01,
		);
		expect(agreedConfidence('a', 0.3, sims({ a: 0.55, b: 0.4 }))).toBe(0.3);
		expect(agreedConfidence('a', 0.9, sims({ a: 0.99, b: 0.1 }))).toBe(1);
	});

	test('never raises a match above its limit', () => {
		expect(agreedConfidence('a', 0.3, sims({ a: 0.95, b: 0.1 }), 0.4)).toBe(0.4);
		expect(agreedConfidence('a', 0.3, sims({ a: 0.95, b: 0.1 }), 0.2)).toBe(0.2);
	});

	test('the closest answer and its lead over the next', () => {
		expect(closestInMeaning(sims({ b: 0.7, a: 0.8, c: 0.75 }))).toEqual({
			id: 'a',
			similarity: 0.8,
			lead: 0.8 - 0.75,
		});
		expect(closestInMeaning(new Map())).toBeUndefined();
	});

	test('a raised match is filled without a short answer: the model never adds a Yes', () => {
		const question = 'Does a reviewer check AI outputs?';
		const alone = decide(KB, question);
		expect(alone.answer?.id).toBe('human-oversight');
		expect(alone.confidence).toBeGreaterThanOrEqual(AGREEMENT.floor);
		expect(alone.outcome).toBe('weak');
		const agreed = decide(KB, question, sims({ 'human-oversight': 0.9, backups: 0.3 }));
		expect(agreed).toMatchObject({
			outcome: 'answered',
			wordConfidence: alone.confidence,
			meaning: 0.9,
		});
		expect(agreed.answer?.id).toBe('human-oversight');
		expect(agreed.short).toBeUndefined();
	});

	test('a place the answer never names is not raised, however close the meaning', () => {
		const question = 'Is customer data encrypted at rest in China?';
		// The word match's place rule holds it below AGREEMENT.floor, so the model cannot lift it.
		expect(KB.best(question)?.answer.id).toBe('encryption-at-rest');
		expect(KB.best(question)!.confidence).toBeLessThan(AGREEMENT.floor);
		const alone = decide(KB, question);
		const agreed = decide(KB, question, sims({ 'encryption-at-rest': 0.98, backups: 0.2 }));
		expect(agreed.confidence).toBe(alone.confidence);
		expect(agreed.outcome).toBe('unanswered');
	});
});

test('what a question asks of third parties is not answered by what we do, however close the meaning', () => {
	const question = 'Are your suppliers required to encrypt customer data at rest?';
	const match = KB.best(question)!;
	expect(match.answer.id).toBe('encryption-at-rest');
	expect(match.limit).toBeLessThan(THRESHOLDS.answered);
	const agreed = decide(KB, question, sims({ 'encryption-at-rest': 0.98, backups: 0.2 }));
	expect(agreed.confidence).toBeLessThanOrEqual(match.limit);
	expect(agreed.outcome).not.toBe('answered');
	expect(agreed.short).toBeUndefined();
	// The same question about ourselves is answered.
	expect(decide(KB, 'Do you encrypt customer data at rest?').outcome).toBe('answered');
});

describe('the sentence model', () => {
	const work = mkdtempSync(join(tmpdir(), 'aims-meaning-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	test('reads a paraphrase that shares no words with its answer, and keeps its vectors in the cache', async () => {
		const cacheFile = join(work, 'embeddings.json');
		const meaning = await openMeaning(KB, { cacheFile });
		const [paraphrase, unrelated] = await meaning.similarities([
			'Does a human review what the machine learning generates before anyone relies on it?',
			'What was your revenue last year?',
		]);
		expect(closestInMeaning(paraphrase!)?.id).toBe('human-oversight');
		expect(Math.max(...unrelated!.values())).toBeLessThan(paraphrase!.get('human-oversight')!);
		meaning.save();
		const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { vectors: object };
		// Three wordings and two questions.
		expect(Object.keys(cached.vectors)).toHaveLength(5);
		// What a later run reads back is the same vectors, to the bit.
		const read = readCache(cacheFile);
		expect(read.size).toBe(5);
		for (const vector of read.values()) expect(Math.hypot(...vector)).toBeCloseTo(1, 5);
		const again = await openMeaning(KB, { cacheFile });
		expect(
			await again.similarities(['What was your revenue last year?']).then((s) => [...s[0]!]),
		).toEqual([...unrelated!]);
	}, 120_000);

	test('a vector of the wrong length in the cache is dropped, not read', () => {
		const cacheFile = join(work, 'short.json');
		const short = Buffer.from(new Float32Array([1, 0, 0]).buffer).toString('base64');
		writeFileSync(
			cacheFile,
			JSON.stringify({
				model: 'universal-sentence-encoder-lite@energetic-ai-0.2.0',
				vectors: { short },
			}),
		);
		expect(readCache(cacheFile).size).toBe(0);
	});

	test('a damaged cache file is ignored, not fatal', async () => {
		const cacheFile = join(work, 'damaged.json');
		writeFileSync(cacheFile, '{"model": "universal-sentence');
		const meaning = await openMeaning(KB, { cacheFile });
		const [s] = await meaning.similarities(['Is stored customer data encrypted?']);
		expect(closestInMeaning(s!)?.id).toBe('encryption-at-rest');
	}, 120_000);
});

describe('the model choosing between answers the words find nearly as good', () => {
	const ACCESS = new KnowledgeBase([
		answer(
			'role-based-access',
			'Is access to systems granted by role?',
			'Access rights follow each role.',
			'yes',
		),
		answer(
			'access-reviews',
			'Do managers review user access rights regularly?',
			'Managers re-check access every quarter.',
			'yes',
		),
		answer('backups', 'How often are backups taken?', 'Backups run every night.'),
	]);

	test('takes the close second the model ranks first, without a short answer', () => {
		const question = 'Are access rights to systems reviewed by role?';
		const [first, second] = ACCESS.candidates(question);
		expect(first!.answer.id).toBe('access-reviews');
		expect(first!.confidence).toBeLessThan(THRESHOLDS.answered);
		expect(second!.answer.id).toBe('role-based-access');
		expect(second!.confidence).toBeGreaterThanOrEqual(OVERRULE.share * first!.confidence);
		const decided = decide(
			ACCESS,
			question,
			sims({ 'role-based-access': 0.9, 'access-reviews': 0.6, backups: 0.2 }),
		);
		expect(decided).toMatchObject({ outcome: 'answered', wordConfidence: second!.confidence });
		expect(decided.answer?.id).toBe('role-based-access');
		expect(decided.short).toBeUndefined();
		// Without the model, or when the model barely leads, the words' first stands.
		expect(decide(ACCESS, question).answer?.id).toBe('access-reviews');
		const barely = decide(
			ACCESS,
			question,
			sims({ 'role-based-access': 0.9, 'access-reviews': 0.9 - OVERRULE.lead / 2 }),
		);
		expect(barely.answer?.id).toBe('access-reviews');
	});

	test('does not follow the model to an answer the words find much worse', () => {
		const question = 'Is system access reviewed?';
		const [first, second] = ACCESS.candidates(question);
		expect(first!.answer.id).toBe('access-reviews');
		expect(second!.confidence).toBeLessThan(OVERRULE.share * first!.confidence);
		const decided = decide(
			ACCESS,
			question,
			sims({ 'role-based-access': 0.95, 'access-reviews': 0.6, backups: 0.2 }),
		);
		expect(decided.answer?.id).toBe('access-reviews');
		// Its confidence is the words' own (or the clear-choice threshold), never the model's pick's.
		expect(decided.wordConfidence ?? decided.confidence).toBe(first!.confidence);
	});
});

describe('the model drawn by the rest of the sentence, away from its subject', () => {
	const question =
		'Is a nondisclosure agreement required of all staff with access to institutional data?';
	/** The model's similarities, leaning to the staff-access answer. */
	const leaning = sims({
		'staff-access-to-customer-data': 0.82,
		'confidentiality-agreements': 0.77,
		'staff-mfa': 0.69,
	});

	test('the words’ first names the subject the model’s choice never mentions: the words stand', () => {
		const [first, second] = EXAMPLE.candidates(question);
		expect(first!.answer.id).toBe('confidentiality-agreements');
		expect(first!.confidence).toBeLessThan(THRESHOLDS.answered);
		expect(second!.answer.id).toBe('staff-access-to-customer-data');
		expect(second!.confidence).toBeGreaterThanOrEqual(OVERRULE.share * first!.confidence);
		expect(EXAMPLE.subjectOf(question)).toContain('confidentiality');
		expect(decide(EXAMPLE, question, leaning).answer?.id).not.toBe('staff-access-to-customer-data');
	});

	test('once the model’s choice speaks of the subject too, it may choose', () => {
		const withSubject = new KnowledgeBase(
			EXAMPLE.answers.map((a) =>
				a.id === 'staff-access-to-customer-data'
					? { ...a, text: `${a.text} Each of them is bound by a confidentiality agreement.` }
					: a,
			),
		);
		const decided = decide(withSubject, question, leaning);
		expect(decided.answer?.id).toBe('staff-access-to-customer-data');
		expect(decided.short).toBeUndefined();
	});
});

describe('a fair word match the model ranks far down', () => {
	test('is suggested to a person, not filled, and carries no short answer', () => {
		const question = 'Can customers request deletion of their data?';
		const first = EXAMPLE.best(question)!;
		expect(first.confidence).toBeGreaterThanOrEqual(THRESHOLDS.answered);
		expect(first.confidence).toBeLessThan(DISAGREE.below);
		const far = decide(EXAMPLE, question, ranked(first.answer.id, DISAGREE.rank));
		expect(far).toMatchObject({ outcome: 'weak', answer: { id: first.answer.id } });
		expect(far.confidence).toBeLessThan(THRESHOLDS.answered);
		expect(far.short).toBeUndefined();
		// One place nearer the top, or without the model, the words' answer is filled.
		const near = decide(EXAMPLE, question, ranked(first.answer.id, DISAGREE.rank - 1));
		expect(near).toMatchObject({ outcome: 'answered', answer: { id: first.answer.id } });
		expect(decide(EXAMPLE, question).outcome).toBe('answered');
	});

	test('a sure word match is filled wherever the model ranks it', () => {
		const question = 'Is customer data encrypted at rest?';
		const first = EXAMPLE.best(question)!;
		expect(first.confidence).toBeGreaterThanOrEqual(DISAGREE.below);
		const far = decide(EXAMPLE, question, ranked(first.answer.id, EXAMPLE.answers.length - 1));
		expect(far).toMatchObject({ outcome: 'answered', answer: { id: first.answer.id } });
	});
});

describe('a clear word choice the model ranks near the top', () => {
	test('is filled at the threshold, with no short answer the words did not earn', () => {
		const question = 'Is the platform highly available?';
		const [first, second] = EXAMPLE.candidates(question);
		expect(first!.answer.id).toBe('high-availability');
		expect(first!.confidence).toBeGreaterThanOrEqual(CLEAR.floor);
		expect(first!.confidence).toBeLessThan(THRESHOLDS.answered);
		expect(first!.confidence - second!.confidence).toBeGreaterThanOrEqual(CLEAR.lead);
		const decided = decide(EXAMPLE, question, ranked('high-availability', CLEAR.within - 1));
		expect(decided).toMatchObject({
			outcome: 'answered',
			confidence: THRESHOLDS.answered,
			wordConfidence: first!.confidence,
			answer: { id: 'high-availability' },
		});
		expect(decided.short).toBeUndefined();
		// Not when the model ranks it lower, nor without the model.
		const lower = decide(EXAMPLE, question, ranked('high-availability', CLEAR.within));
		expect(lower.outcome).not.toBe('answered');
		expect(decide(EXAMPLE, question).outcome).not.toBe('answered');
	});

	test('is not filled when the model’s own first is another answer, well ahead in meaning', () => {
		// “How many years has your company been in business?” once found the breach history by its
		// “last three years”, and the company's size in meaning; a count question is now capped by
		// the words themselves, so the rule is shown on a clear word choice of another kind.
		const question = 'Is the platform highly available?';
		const [first, second] = EXAMPLE.candidates(question);
		expect(first!.answer.id).toBe('high-availability');
		expect(first!.confidence).toBeGreaterThanOrEqual(CLEAR.floor);
		expect(first!.confidence - second!.confidence).toBeGreaterThanOrEqual(CLEAR.lead);
		const meaning = (own: number) =>
			new Map<string, number>([
				...EXAMPLE.answers.map((a): [string, number] => [a.id, 0.3]),
				['status-page', 0.83],
				['high-availability', own],
			]);
		expect(decide(EXAMPLE, question, meaning(0.83 - CLEAR.behind)).outcome).not.toBe('answered');
		// Second in meaning and close behind, the clear word choice is filled.
		expect(decide(EXAMPLE, question, meaning(0.8))).toMatchObject({
			outcome: 'answered',
			answer: { id: 'high-availability' },
		});
		// The count question stays blank whatever the model says.
		const years = 'How many years has your company been in business?';
		expect(EXAMPLE.best(years)!.confidence).toBeLessThan(THRESHOLDS.answered);
		expect(decide(EXAMPLE, years, ranked('breach-history', 0)).outcome).not.toBe('answered');
	});

	test('is not filled when another answer is nearly as good', () => {
		const question = 'Is physical access to your offices controlled?';
		const [first, second] = EXAMPLE.candidates(question);
		expect(first!.confidence).toBeGreaterThanOrEqual(CLEAR.floor);
		expect(first!.confidence).toBeLessThan(THRESHOLDS.answered);
		expect(first!.confidence - second!.confidence).toBeLessThan(CLEAR.lead);
		expect(decide(EXAMPLE, question, ranked(first!.answer.id, 1)).outcome).not.toBe('answered');
	});
});
