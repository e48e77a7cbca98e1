import { describe, expect, test } from 'vitest';
import {
	findHeaderRow,
	findLayout,
	LayoutError,
	questionLikeness,
} from '../../../src/cli/answer/layout.ts';

const questions = [
	'Do you encrypt data at rest?',
	'Describe your incident response process.',
	'Is MFA enforced for administrators?',
];

describe('finding the questions in a sheet', () => {
	test('reads the header by name, preferring "Question" over a question number', () => {
		const rows = [
			['Question No', 'Question', 'Response'],
			...questions.map((q, i) => [String(i + 1), q, '']),
		];
		expect(findLayout(rows)).toEqual({ headerRow: 0, questionColumn: 1, reason: 'header' });
	});

	test('skips a title banner above the header', () => {
		const rows = [
			['ACME vendor assessment?'],
			[],
			['Ref', 'Requirement', 'Notes'],
			...questions.map((q) => ['x', q, '']),
		];
		expect(findHeaderRow(rows)).toBe(2);
		expect(findLayout(rows)).toMatchObject({ headerRow: 2, questionColumn: 1 });
	});

	test('falls back to the column that reads most like questions when no header names it', () => {
		const rows = [
			['Ref', 'Area', 'Text', 'Vendor notes'],
			...questions.map((q) => ['1.1', 'Security', q, 'Short note']),
		];
		expect(findLayout(rows)).toEqual({ headerRow: 0, questionColumn: 2, reason: 'content' });
	});

	test('does not trust a "Question" header over a column of empty cells', () => {
		const rows = [['Question', 'Item text'], ...questions.map((q) => ['', q])];
		expect(findLayout(rows)).toMatchObject({ questionColumn: 1 });
	});

	test('--column accepts a header name, a 1-based number or a letter', () => {
		const rows = [['ID', 'Domain', 'Question'], ...questions.map((q) => ['1', 'x', q])];
		expect(findLayout(rows, 'domain').questionColumn).toBe(1);
		expect(findLayout(rows, '3').questionColumn).toBe(2);
		expect(findLayout(rows, 'A')).toEqual({ headerRow: 0, questionColumn: 0, reason: 'override' });
		expect(() => findLayout(rows, 'Z')).toThrow(/beyond the last column/);
		expect(() => findLayout(rows, 'Answer text')).toThrow(LayoutError);
	});

	test('says what to do when nothing reads like a question', () => {
		expect(() =>
			findLayout([
				['a', 'b'],
				['1', '2'],
			]),
		).toThrow(/no column reads like questions; name it with --column/);
	});

	test('question-likeness', () => {
		expect(questionLikeness('Do you have a SIEM?')).toBe(1);
		expect(questionLikeness('Provide your latest SOC 2 report')).toBe(1);
		expect(questionLikeness('Yes')).toBe(0);
		expect(questionLikeness('Encryption of customer data in the production environment')).toBe(0.3);
	});
});
