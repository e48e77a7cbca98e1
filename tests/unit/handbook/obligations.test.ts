import { describe, expect, test } from 'vitest';
import { obligations, type Classification } from '../../../src/lib/handbook/obligations.ts';
import {
	EU_AI_ACT_TIERS,
	GPAI_CLASSES,
	OPERATOR_ROLES,
	TRANSPARENCY_OBLIGATIONS,
} from '../../../src/lib/reference/index.ts';

const base: Classification = { tier: 'minimal', transparency: [], gpai: 'none', role: 'deployer' };
const articles = (c: Partial<Classification>) =>
	obligations({ ...base, ...c }).flatMap((o) => o.articles);

describe('EU AI Act obligations of one system', () => {
	test('a high-risk Annex III system owes the tier articles and its operator role’s duties', () => {
		expect(
			articles({ tier: 'high-risk-annex-iii', annexIIIPoint: '4(a)', role: 'provider' }),
		).toEqual(['Art. 6(2)', 'Arts. 8–15', 'Art. 43', 'Art. 16']);
		expect(articles({ tier: 'high-risk-annex-i', role: 'importer' })).toEqual([
			'Art. 6(1)',
			'Arts. 8–15',
			'Art. 43',
			'Art. 23',
		]);
	});

	test('a deployer of a credit-scoring or insurance-pricing system owes a FRIA; other Annex III deployers only if public', () => {
		const credit = obligations({
			...base,
			tier: 'high-risk-annex-iii',
			annexIIIPoint: '5(b)',
		}).find((o) => o.source === 'fria');
		expect(credit).toMatchObject({
			articles: ['Art. 27'],
			title: 'Fundamental-rights impact assessment before first use',
		});
		const hiring = obligations({
			...base,
			tier: 'high-risk-annex-iii',
			annexIIIPoint: '4(a)',
		}).find((o) => o.source === 'fria');
		expect(hiring?.title).toMatch(/if the deployer is a public body/);
		expect(
			obligations({
				...base,
				tier: 'high-risk-annex-iii',
				annexIIIPoint: '5(b)',
				role: 'provider',
			}).some((o) => o.source === 'fria'),
		).toBe(false);
	});

	test('operator duties are duties about high-risk systems: a minimal system has none', () => {
		expect(obligations({ ...base, role: 'provider' }).map((o) => o.source)).toEqual(['tier']);
		expect(articles({ tier: 'annex-iii-not-high-risk', annexIIIPoint: '4(a)' })).toEqual([
			'Art. 6(3)',
			'Art. 6(4)',
		]);
	});

	test('transparency and GPAI duties stack on any tier, in a stable order', () => {
		expect(
			articles({ transparency: ['synthetic-content-marking', 'chatbot-disclosure'], gpai: 'gpai' }),
		).toEqual(['Art. 95', 'Art. 53', 'Art. 54', 'Art. 50(1)', 'Art. 50(2)']);
		expect(
			articles({
				tier: 'high-risk-annex-iii',
				annexIIIPoint: '1(a)',
				gpai: 'gpai-systemic-risk',
				role: 'provider',
			}),
		).toContain('Art. 55');
	});

	test('a system outside the Act owes only the scope article, whatever else is recorded', () => {
		expect(
			articles({ tier: 'out-of-scope', transparency: ['chatbot-disclosure'], gpai: 'gpai' }),
		).toEqual(['Art. 2']);
	});

	test('every article shown comes from the reference data', () => {
		const known = new Set(
			[...EU_AI_ACT_TIERS, ...GPAI_CLASSES, ...OPERATOR_ROLES]
				.flatMap((x) => x.articles as readonly string[])
				.concat(
					TRANSPARENCY_OBLIGATIONS.map((t) => t.article),
					'Art. 27',
				),
		);
		for (const tier of EU_AI_ACT_TIERS) {
			for (const role of OPERATOR_ROLES) {
				for (const a of articles({
					tier: tier.id,
					role: role.id,
					annexIIIPoint: '5(c)',
					gpai: 'gpai-systemic-risk',
					transparency: TRANSPARENCY_OBLIGATIONS.map((t) => t.id),
				}))
					expect(known).toContain(a);
			}
		}
	});
});
