import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { defuse, tableCsv, toCsv } from '../../../src/lib/exports/csv.ts';
import { markdownToText, safeMarkdown } from '../../../src/lib/render/plain-text.ts';
import {
	answersTable,
	inventoryTable,
	risksTable,
	soaTable,
} from '../../../src/lib/exports/tables.ts';
import { ANNEX_A_IDS } from '../../../src/lib/reference/index.ts';
import { createView } from '../../../src/lib/views/audience.ts';
import { exportEntries, INTERNAL_SYSTEM, PUBLIC_SYSTEM } from './fixture.ts';

const entries = exportEntries('exports-tables');
const internal = createView(entries, 'internal');

/** Parses CSV the way a consumer would, header first; the BOM must be stripped by the parser. */
function parse(csv: string): string[][] {
	expect(csv.startsWith('\uFEFF')).toBe(true);
	const result = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
	expect(result.errors).toEqual([]);
	return result.data;
}

describe('CSV exports', () => {
	test('the SoA has a header and one row per Annex A control, in catalogue order', () => {
		const rows = parse(tableCsv(soaTable(internal)));
		expect(rows).toHaveLength(1 + 38);
		expect(rows.slice(1).map((r) => r[0])).toEqual(ANNEX_A_IDS);
		expect(rows[0]).toHaveLength(rows[1]!.length);
		expect(rows[1]![8]).toBe('AI Policy (POL-AI-001)');
		expect(rows[1]![9]).toBe('Ada Lovelace');
		// Typed cells as text: a boolean as yes/no, a date as YYYY-MM-DD, no date as an empty field.
		expect([rows[1]![3], rows[1]![11], rows[1]![12]]).toEqual(['yes', '2026-06-01', '']);
	});

	test('fields with commas, quotes and line breaks survive a round trip (RFC 4180)', () => {
		const csv = tableCsv(soaTable(internal));
		expect(csv).toMatch(/\r\n$/);
		const row = parse(csv).find((r) => r[0] === 'A.2.3')!;
		expect(row[6]).toBe(`'+Aligned, with a comma and a "quote"\nand a line break.`);
	});

	test('cells that a spreadsheet would run as formulas are defused with a quote', () => {
		expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', 'safe', ''].map(defuse)).toEqual([
			"'=1+1",
			"'+1",
			"'-1",
			"'@SUM(A1)",
			"'\tx",
			'safe',
			'',
		]);
		const row = parse(tableCsv(soaTable(internal))).find((r) => r[0] === 'A.2.3')!;
		expect(row[5]).toBe(`'=HYPERLINK("https://evil.example", "click")`);
		// A buyer's own cells can be kept verbatim when asked.
		expect(toCsv([['=a', '=b']], { verbatim: (column) => column === 0 })).toBe("\uFEFF=a,'=b\r\n");
	});

	test('risk register, inventory and answers follow the view', () => {
		expect(
			parse(tableCsv(risksTable(internal)))
				.slice(1)
				.map((r) => [r[0], r[6], r[11]]),
		).toEqual([['reply-bias', '9', '4']]);
		expect(
			parse(tableCsv(inventoryTable(internal)))
				.slice(1)
				.map((r) => r[0]),
		).toEqual([INTERNAL_SYSTEM, PUBLIC_SYSTEM]);
		const pub = createView(entries, 'public');
		expect(
			parse(tableCsv(inventoryTable(pub)))
				.slice(1)
				.map((r) => r[0]),
		).toEqual([PUBLIC_SYSTEM]);
		expect(
			parse(tableCsv(answersTable(pub)))
				.slice(1)
				.map((r) => r[0]),
		).toEqual(['encryption']);
		expect(
			parse(tableCsv(answersTable(createView(entries, 'private'))))
				.slice(1)
				.map((r) => r[0]),
		).toEqual(['encryption', 'pentest']);
	});

	test('answers are plain text, not Markdown', () => {
		const row = parse(tableCsv(answersTable(internal))).find((r) => r[0] === 'encryption')!;
		expect(row[5]).toBe(
			'Yes. All customer data is encrypted at rest with AES-256; see our policy (https://trust.minimal.example/policies).',
		);
	});
});

describe('markdownToText', () => {
	test('removes markup and keeps the words', () => {
		expect(
			markdownToText(
				'## Access\n\n- **MFA** for _all_ staff\n* `SSO` via [Okta](https://okta.example)\n\n> Reviewed yearly.\n\n\n\nDone.',
			),
		).toBe(
			'Access\n\n- MFA for all staff\n- SSO via Okta (https://okta.example)\n\nReviewed yearly.\n\nDone.',
		);
		expect(markdownToText('snake_case_name and 2*3*4 stay')).toBe('snake_case_name and 2*3*4 stay');
	});

	test('drops scripts, styles and unsafe link targets with their code', () => {
		expect(
			markdownToText(
				'A <script>steal()</script>B <STYLE>p{}</STYLE>C <iframe srcdoc="<script>x()</script>"></iframe>D',
			),
		).toBe('A B C D');
		expect(
			markdownToText('[go](javascript:steal%28%29) [mail](mailto:a@example.com) [page](../x/)'),
		).toBe('go mail (mailto:a@example.com) page (../x/)');
	});
});

describe('safeMarkdown', () => {
	test('keeps the Markdown, drops raw HTML and unsafe link targets', () => {
		expect(
			safeMarkdown(
				'## Scope\n\n**Bold** [site](https://example.com) [x](javascript:go) ![i](data:image/png;base64,AA)\n\n<script>go()</script><b onclick="go()">b</b>',
			),
		).toBe('## Scope\n\n**Bold** [site](https://example.com) x i\n\nb');
	});
});
