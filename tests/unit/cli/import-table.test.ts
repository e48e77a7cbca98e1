/** Reading an inventory file: the delimiter and the header row come from the file, not from a guess that a short excerpt can fool. */
import { describe, expect, test } from 'vitest';
import { guessDelimiter, readTable } from '../../../src/cli/import/table.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('CSV delimiters', () => {
	test('a short comma-separated file whose quoted cells hold semicolons stays comma-separated', async () => {
		const text =
			'id,use_case_name,problem_solved\r\nDOL-0001,Résumé triage,"Sorts résumés; flags duplicates; drafts replies, for staff"\r\nDHS-0001,Fraud review,"Scores claims; routes the risky ones; never decides"\r\n';
		expect(guessDelimiter(text)).toBe(',');
		const table = await readTable(encode(text), 'inv.csv');
		expect(table.headers).toEqual(['id', 'use_case_name', 'problem_solved']);
		expect(table.rows).toHaveLength(2);
		expect(table.rows[0]!.problem_solved).toBe(
			'Sorts résumés; flags duplicates; drafts replies, for staff',
		);
	});

	test('semicolons (European Excel), tabs and pipes are found too', () => {
		expect(guessDelimiter('a;b;c\n1;"2,5";3\n')).toBe(';');
		expect(guessDelimiter('a\tb\tc\n1\t2, 3\t4\n')).toBe('\t');
		expect(guessDelimiter('a|b\n1|2\n')).toBe('|');
	});

	test('a title line above the header does not decide the delimiter', () => {
		expect(
			guessDelimiter('AI use case inventory 2025; exported\r\nid,name,stage\r\nA-1,One,Pilot\r\n'),
		).toBe(',');
	});
});
