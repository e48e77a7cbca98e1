import { describe, expect, test } from 'vitest';
import { parseSheet, writeCells } from '../../../src/cli/answer/xlsx-sheet.ts';
import { Workbook } from '../../../src/cli/answer/xlsx-workbook.ts';
import { vendorSheet } from '../../fixtures/questionnaires/workbooks.ts';

const sheet = (data: string, after = '') =>
	`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:D9"/><sheetData>${data}</sheetData>${after}</worksheet>`;

describe('reading sheet XML', () => {
	test('cell text from shared strings, inline strings, numbers and formulas; merges and both kinds of list validation', () => {
		const xml = sheet(
			'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>Rich </t></r><r><t>text</t></r></is></c><c r="C1"><v>3</v></c><c r="D1" t="str"><f>A1&amp;"x"</f><v>Qx</v></c></row><row r="3"/>',
			'<mergeCells count="1"><mergeCell ref="A5:D5"/></mergeCells><dataValidations count="1"><dataValidation type="list" sqref="C2:C9 E2"><formula1>"Yes,No"</formula1></dataValidation></dataValidations><extLst><ext><x14:dataValidations><x14:dataValidation type="list"><x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>D2:D9</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>',
		);
		const parsed = parseSheet(xml, ['Q &amp; A is decoded: &']);
		expect(parsed.rows.get(0)!.cells.map((c) => [c.col, c.text, c.formula])).toEqual([
			[0, 'Q &amp; A is decoded: &', false],
			[1, 'Rich text', false],
			[2, '3', false],
			[3, 'Qx', true],
		]);
		expect(parsed.rows.get(2)!.cells).toEqual([]);
		expect(parsed.merges).toEqual([{ top: 4, left: 0, bottom: 4, right: 3 }]);
		expect(parsed.validations.map((v) => v.source)).toEqual(['"Yes,No"', 'Lists!$A$1:$A$3']);
		expect(parsed.validations[0]!.ranges).toHaveLength(2);
	});
});

describe('writing cells', () => {
	test('a blank cell keeps its style; a missing cell is inserted in column order; a missing row in row order', () => {
		const xml = sheet(
			'<row r="2" spans="1:4"><c r="A2" s="3" t="s"><v>0</v></c><c r="C2" s="5"/><c r="D2" s="2"/></row><row r="4"><c r="A4"><v>1</v></c></row><row r="6"/>',
		);
		const out = writeCells(parseSheet(xml, ['Q']), [
			{ row: 1, col: 2, text: 'Yes' },
			{ row: 1, col: 1, text: 'B & <b>' },
			{ row: 2, col: 3, text: 'new row' },
			{ row: 5, col: 0, text: 'self-closing' },
			{ row: 9, col: 1, text: 'after the last' },
		]);
		expect(out).toBe(
			sheet(
				'<row r="2" spans="1:4"><c r="A2" s="3" t="s"><v>0</v></c><c r="B2" t="inlineStr"><is><t xml:space="preserve">B &amp; &lt;b&gt;</t></is></c><c r="C2" s="5" t="inlineStr"><is><t xml:space="preserve">Yes</t></is></c><c r="D2" s="2"/></row>' +
					'<row r="3"><c r="D3" t="inlineStr"><is><t xml:space="preserve">new row</t></is></c></row><row r="4"><c r="A4"><v>1</v></c></row>' +
					'<row r="6"><c r="A6" t="inlineStr"><is><t xml:space="preserve">self-closing</t></is></c></row>' +
					'<row r="10"><c r="B10" t="inlineStr"><is><t xml:space="preserve">after the last</t></is></c></row>',
			),
		);
		// What we wrote reads back as written.
		const again = parseSheet(out, ['Q']);
		expect(again.rows.get(1)!.cells.map((c) => c.text)).toEqual(['Q', 'B & <b>', 'Yes', '']);
	});

	test('refuses to overwrite a formula or a value', () => {
		const parsed = parseSheet(
			sheet('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="s"><v>0</v></c></row>'),
			['kept'],
		);
		expect(() => writeCells(parsed, [{ row: 0, col: 0, text: 'x' }])).toThrow(
			/refusing to overwrite A1: it holds a formula/,
		);
		expect(() => writeCells(parsed, [{ row: 0, col: 1, text: 'x' }])).toThrow(
			/refusing to overwrite B1: it holds a value/,
		);
	});
});

describe('drop-down lists', () => {
	test('a literal list, a defined name and a range on another sheet resolve to their choices', () => {
		const workbook = new Workbook(vendorSheet());
		const info = workbook.sheets[0]!;
		expect(workbook.listChoices('"Yes,No,Partial,N/A"', info)).toEqual([
			'Yes',
			'No',
			'Partial',
			'N/A',
		]);
		// The vendor sheet's own cells as a range: the header row.
		expect(workbook.listChoices("'Questionnaire'!$A$3:$D$3", info)).toEqual([
			'#',
			'Question',
			'Response',
			'Evidence/Notes',
		]);
		expect(workbook.listChoices('$C$3', info)).toEqual(['Response']);
		expect(workbook.listChoices('NoSuchName', info)).toEqual([]);
	});
});
