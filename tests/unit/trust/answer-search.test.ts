import { describe, expect, test } from 'vitest';
import {
	highlightPattern,
	queryTerms,
	searchAnswers,
	termMatches,
	tokenize,
	type SearchDoc,
} from '../../../src/lib/trust/answer-search.ts';

const DOCS: SearchDoc[] = [
	{
		id: 'soc2',
		question: 'Do you have a SOC 2 Type II report?',
		aliases: 'Independent audit report',
		body: 'Yes: our SOC 2 Type II report covers October 2025 to September 2026.',
	},
	{
		id: 'training',
		question: 'Do you use customer data to train your AI models?',
		aliases: 'Is our data used for machine learning?',
		body: 'Only if you opt in to model improvement.',
	},
	{
		id: 'gdpr',
		question: 'How do you handle data subject requests?',
		aliases: 'GDPR Article 15 requests',
		body: 'Through the privacy team within one month.',
	},
	{
		id: 'encryption',
		question: 'Is customer data encrypted?',
		aliases: '',
		body: 'AES-256 at rest, TLS 1.2 or later in transit, for 2 regions.',
	},
	{
		id: 'iso',
		question: 'Are you ISO 27001 certified?',
		aliases: '',
		body: 'Yes, since 2025; the certificate is on our documents page, and SOC reports are under NDA.',
	},
];
const ids = (query: string) => searchAnswers(DOCS, query).map((h) => h.id);

describe('answer search', () => {
	test('every word must match: a two-word query finds only answers with both', () => {
		expect(ids('SOC 2')).toEqual(['soc2']);
		expect(ids('customer data')).toEqual(['training', 'encryption']);
	});

	test('a question typed in full ignores its common words and still finds its answer first', () => {
		expect(ids('do you train on customer data')).toEqual(['training']);
	});

	test('a word found only in an alias finds its answer', () => {
		expect(ids('GDPR')).toEqual(['gdpr']);
		expect(ids('machine learning')).toEqual(['training']);
	});

	test('ranks a match in the question above one in the text', () => {
		expect(ids('certified')[0]).toBe('iso');
		expect(ids('report')).toEqual(['soc2', 'iso']);
	});

	test('longer terms match word beginnings, short ones only whole words', () => {
		expect(termMatches('encrypt', 'encrypted')).toBe(true);
		expect(termMatches('2', '2025')).toBe(false);
		expect(termMatches('soc', 'social')).toBe(false);
		expect(ids('encrypt')).toEqual(['encryption']);
	});

	test('ignores case and accents; an empty or punctuation-only query matches nothing', () => {
		expect(tokenize('Données CLIENT')).toEqual(['donnees', 'client']);
		expect(ids('  ?! ')).toEqual([]);
		expect(queryTerms('do you')).toEqual(['do', 'you']);
	});

	test('the highlight pattern marks what the search matched and nothing inside other words', () => {
		const marked = (text: string, query: string) =>
			text.replace(highlightPattern(query)!, (m) => `[${m}]`);
		expect(marked('Our SOC 2 report, 2026', 'soc 2')).toBe('Our [SOC] [2] report, 2026');
		expect(marked('Encryption at rest', 'encrypt')).toBe('[Encryption] at rest');
		expect(marked('the data', 'do you have data')).toBe('the [data]');
	});
});
