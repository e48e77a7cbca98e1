import { describe, expect, test } from 'vitest';
import { readCsv, SheetError } from '../../../src/cli/answer/sheet-csv.ts';

const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);

describe('reading a questionnaire CSV', () => {
	test('Excel "Unicode text" (UTF-16 with a BOM, tab-separated) reads as the same rows as UTF-8', () => {
		const text = 'ID\tQuestion\tAnswer\nQ-1\tIs data encrypted at rest — with AES?\t\n';
		const wide = readCsv(utf16le(text));
		expect(wide.encoding).toBe('utf-16le');
		expect(wide.delimiter).toBe('\t');
		expect(wide.rows).toEqual(readCsv(new TextEncoder().encode(text)).rows);
		expect(wide.rows[1]![1]).toBe('Is data encrypted at rest — with AES?');
	});

	test('bytes that are not UTF-8 are read as Windows-1252, not replaced', () => {
		const sheet = readCsv(
			new Uint8Array([...Buffer.from('Question\nDo you sign your DPA\x92s clauses?\n', 'latin1')]),
		);
		expect(sheet.encoding).toBe('windows-1252');
		expect(sheet.rows[1]![0]).toBe('Do you sign your DPA’s clauses?');
	});

	test('an empty file is an error that says so', () => {
		expect(() => readCsv(new Uint8Array())).toThrow(SheetError);
		expect(() => readCsv(new Uint8Array())).toThrow('the file holds no rows');
	});
});
