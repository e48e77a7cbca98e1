/** The importer's pure parts: dates, lists, encodings, headers, identifiers, column matching. */
import { describe, expect, test } from 'vitest';
import { findColumn } from '../../../src/cli/import/columns.ts';
import { decodeText } from '../../../src/cli/import/decode.ts';
import { assignIds } from '../../../src/cli/import/ids.ts';
import {
	escapeMarkdown,
	mergeBody,
	BLOCK_START,
	BLOCK_END,
} from '../../../src/cli/import/markdown.ts';
import { readTable } from '../../../src/cli/import/table.ts';
import { parseDate, splitList } from '../../../src/cli/import/values.ts';
import { toWindows1252 } from '../../fixtures/inventories/generate.ts';

describe('parseDate', () => {
	test.each([
		['2024-03-01', '2024-03-01'],
		['2024/3/1', '2024-03-01'],
		['2024-03-01T10:30:00Z', '2024-03-01'],
		['03/01/2024', '2024-03-01'],
		['3/1/24', '2024-03-01'],
		['1.3.2024', '2024-03-01'],
		['1 Mar 2024', '2024-03-01'],
		['1st March 2024', '2024-03-01'],
		['March 1, 2024', '2024-03-01'],
		['Mar 2024', '2024-03-01'],
		['45352', '2024-03-01'],
		['45352.5', '2024-03-01'],
	])('%s → %s', (raw, iso) => expect(parseDate(raw)).toBe(iso));

	test('day first when the sheet says so', () =>
		expect(parseDate('03/01/2024', 'dmy')).toBe('2024-01-03'));
	test.each(['sometime in 2021', '02/30/2024', '2024-13-01', '123', ''])(
		'%j is not a date',
		(raw) => expect(parseDate(raw)).toBeUndefined(),
	);
});

test('lists written as text are split, trimmed and de-duplicated', () => {
	expect(splitList('a; b, c')).toEqual(['a', 'b', 'c']);
	expect(splitList('- one\n- two\n\n- one')).toEqual(['one', 'two']);
	expect(splitList('Age | Sex')).toEqual(['Age', 'Sex']);
});

describe('decodeText', () => {
	test('windows-1252 bytes that are not UTF-8 are read as windows-1252', () => {
		expect(decodeText(toWindows1252('Résumé – “quoted” €5'))).toEqual({
			text: 'Résumé – “quoted” €5',
			encoding: 'windows-1252',
		});
	});
	test('a UTF-8 BOM is dropped; UTF-16 is recognised by its BOM', () => {
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({
			text: 'A',
			encoding: 'utf-8',
		});
		expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]))).toEqual({
			text: 'Aé',
			encoding: 'utf-16le',
		});
	});
});

test('a CSV keeps line breaks in cells, suffixes repeated and blank headers, and counts empty rows', async () => {
	const csv = 'Name,Notes,Notes,\r\n"Two\r\nlines",a,b,c\r\n,,,\r\nPlain,,,\r\n';
	const table = await readTable(new TextEncoder().encode(csv), 'x.csv');
	expect(table.headers).toEqual(['Name', 'Notes', 'Notes (2)', 'Column 4']);
	expect(table.renamedHeaders).toEqual({ 'Notes (2)': 'Notes', 'Column 4': '' });
	expect(table.rows).toEqual([
		{ Name: 'Two\nlines', Notes: 'a', 'Notes (2)': 'b', 'Column 4': 'c' },
		{ Name: 'Plain', Notes: '', 'Notes (2)': '', 'Column 4': '' },
	]);
	expect(table.rowNumbers).toEqual([2, 4]);
	expect(table.emptyRows).toBe(1);
});

test('columns match ignoring case and punctuation, and by the start of a long question', () => {
	const headers = [
		'Use Case Name',
		'Is the AI use case rights-impacting, safety-impacting, both, or neither?',
		'Describe the AI system’s outputs.',
	];
	expect(findColumn(headers, ['use case name'])).toBe('Use Case Name');
	expect(findColumn(headers, ["Describe the AI system's outputs"])).toBe(
		'Describe the AI system’s outputs.',
	);
	expect(findColumn(headers, ['Is the AI use case rights-impacting'])).toBe(headers[1]);
	expect(findColumn(headers, ['Vendor'])).toBeUndefined();
});

test('blank and repeated identifiers get generated ones that depend on the row, not its position', () => {
	const rows = [
		{ sourceId: 'A-1', title: 'One', hashKey: 'one' },
		{ sourceId: '', title: 'Two', hashKey: 'two' },
		{ sourceId: 'A-3', title: 'Three', hashKey: 'three' },
		{ sourceId: 'A-3', title: 'Three again', hashKey: 'three again' },
		{ sourceId: '', title: 'Two', hashKey: 'two' },
	];
	const ids = assignIds(rows);
	expect(ids[0]).toEqual({ id: 'a-1' });
	expect(ids[1]).toMatchObject({
		id: expect.stringMatching(/^two-[0-9a-f]{8}$/),
		generated: 'blank',
	});
	expect(ids[4]).toEqual({ id: `${ids[1]!.id}-2`, generated: 'blank' });
	expect(ids[2]!.generated).toBe('repeated');
	expect(ids[2]!.id).not.toBe(ids[3]!.id);
	// Reordering the sheet does not move a row to another file.
	const reordered = assignIds([rows[3]!, rows[2]!, rows[1]!, rows[0]!]);
	expect(reordered.map((r) => r.id)).toEqual([ids[3]!.id, ids[2]!.id, ids[1]!.id, ids[0]!.id]);
});

test('sheet text cannot become markup; the importer block is replaced and the author’s text kept', () => {
	expect(escapeMarkdown('<script>x</script> [link](y) # *b*')).toBe(
		'\\<script\\>x\\</script\\> \\[link\\](y) \\# \\*b\\*',
	);
	const body = `Author notes.\n\n${BLOCK_START}\nold\n${BLOCK_END}\n\nMore author notes.\n`;
	expect(mergeBody(body, `${BLOCK_START}\nnew\n${BLOCK_END}\n`)).toBe(
		`Author notes.\n\n${BLOCK_START}\nnew\n${BLOCK_END}\n\nMore author notes.\n`,
	);
	expect(mergeBody('Mine.\n', 'BLOCK\n')).toBe('Mine.\n\nBLOCK\n');
});

test('tabs and other control characters in cells become spaces, and are counted', async () => {
	const table = await readTable(
		new TextEncoder().encode('Name,Notes\n"A\ttab",ok\n"B\u000bvt\u0007bell","two\nlines"\n'),
		'x.csv',
	);
	expect(table.rows.map((r) => r.Name)).toEqual(['A tab', 'B vt bell']);
	expect(table.rows[1]!.Notes).toBe('two\nlines');
	expect(table.cleanedCells).toBe(2);
});
