/**
 * `npm run answer` as a sales engineer runs it, on a ~200-question security and AI vendor
 * questionnaire (CSV) and the vendor workbook (XLSX), with a knowledge base of 30 answers at
 * three audiences plus the answers derived from the minimal fixture.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { markdownToText } from '../../../src/lib/render/plain-text.ts';
import { PROJECT, TMP } from '../../helpers/content.ts';
import { vendorSheet } from '../../fixtures/questionnaires/workbooks.ts';
import { ANSWERS, knowledgeContent } from './knowledge-fixture.ts';

const QUESTIONNAIRE = join(
	PROJECT,
	'tests/fixtures/questionnaires/security-and-ai-vendor-questionnaire.csv',
);
const OUT = join(TMP, 'answer-cli');
let content: string;

function answer(args: string[]) {
	const result = spawnSync(process.execPath, [join(PROJECT, 'scripts/answer.ts'), ...args], {
		cwd: PROJECT,
		encoding: 'utf8',
		env: { ...process.env, AIMS_AS_OF: '2026-11-28' },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function parse(file: string): string[][] {
	const result = Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), {
		skipEmptyLines: true,
	});
	expect(result.errors).toEqual([]);
	return result.data;
}

const kbText = (id: string) => markdownToText(ANSWERS.find((a) => a.id === id)!.body);

beforeAll(() => {
	content = knowledgeContent('answer-cli-content');
	rmSync(OUT, { recursive: true, force: true });
	mkdirSync(OUT, { recursive: true });
});

const texts = () => new Set(ANSWERS.map((a) => markdownToText(a.body)));

describe('npm run answer on a CSV questionnaire', () => {
	let rows: string[][];
	let stdout: string;
	let review: string;
	const original = parse(QUESTIONNAIRE);
	const row = (question: string) => rows.find((r) => r[2] === question)!;

	beforeAll(() => {
		const result = answer([QUESTIONNAIRE, '--out', join(OUT, 'public.csv'), '--content', content]);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		stdout = result.stdout;
		rows = parse(join(OUT, 'public.csv'));
		review = readFileSync(join(OUT, 'public.review.md'), 'utf8');
	});

	test('fills the buyer’s own Vendor Response and Notes columns; adds no column; keeps every other cell', () => {
		expect(original.length).toBeGreaterThanOrEqual(190);
		expect(rows).toHaveLength(original.length);
		expect(rows[0]).toEqual(['ID', 'Domain', 'Question', 'Vendor Response', 'Notes']);
		for (const [i, r] of rows.entries()) {
			expect(r.slice(0, 3), `row ${i + 1}`).toEqual(original[i]!.slice(0, 3));
			// A buyer's note is never overwritten.
			if (original[i]![4]) expect(r[4]).toBe(original[i]![4]);
		}
		expect(rows.some((r) => r[4] === '- critical item')).toBe(true);
		expect(stdout).toContain('198 questions in column C, answers in D, explanations in E');
	});

	test('answers covered topics however the buyer words them, with Yes only where the answer says yes', () => {
		const expected: [string, string, string][] = [
			['Is customer data encrypted at rest?', 'Yes', 'encryption-at-rest'],
			['Is data encrypted in transit using TLS 1.2 or higher?', 'Yes', 'encryption-in-transit'],
			['Do you have a documented incident response plan?', 'Yes', 'incident-response'],
		];
		for (const [question, short, id] of expected) {
			const r = row(question);
			expect(r[3], question).toBe(short);
			expect(r[4], question).toBe(markdownToText(ANSWERS.find((a) => a.id === id)!.body));
		}
		// The answer's wordings do not ask about vendors' models: its text, but no short answer, and never a Yes.
		const vendors = row("Will our data be used to train your models or your vendors' models?");
		expect(vendors[3]).toBe('');
		expect(vendors[4]).toBe(kbText('training-data'));
	});

	test('leaves topics the knowledge base does not cover blank, and lists them by domain in the review', () => {
		for (const question of [
			'Do you carry cyber insurance?',
			'Are visitors escorted in secure areas?',
			'Is there a mobile device management (MDM) solution?',
		]) {
			expect(row(question).slice(3), question).toEqual([
				'',
				original.find((r) => r[2] === question)![4],
			]);
			expect(review).toContain(question);
		}
		expect(review).toMatch(/## Not answered, by topic[\s\S]*### Physical/);
	});

	test('never invents text: every explanation is a knowledge-base answer word for word, every short answer a Yes/No/Partial/N/A', () => {
		const known = texts();
		const shorts = ['Yes', 'No', 'Partial', 'N/A'];
		const written = rows
			.slice(1)
			.flatMap((r, i) => [3, 4].filter((c) => r[c] !== original[i + 1]![c]).map((c) => r[c]!));
		expect(written.length).toBeGreaterThan(30);
		// Written answers, or answers derived from the fixture's policies, certifications and organisation.
		for (const text of written)
			expect(
				shorts.includes(text) ||
					known.has(text) ||
					/^(Yes|No|Not yet)\. /.test(text) ||
					text.includes('@'),
				text,
			).toBe(true);
	});

	test('the review says what was filled, from which entries, how sure, and the counts add up', () => {
		const [, filled, weak, open] = stdout
			.match(/Filled: (\d+) +Suggested, needs review: (\d+) +Not in the knowledge base: (\d+)/)!
			.map(Number);
		expect(filled! + weak! + open!).toBeLessThanOrEqual(original.length - 1);
		expect(filled).toBeGreaterThan(20);
		expect(review).toContain('readable by the **public** audience');
		expect(review).toMatch(
			/\| row \d+ \(CRY-01\) \| Is customer data encrypted at rest\? \| D\d+: Yes<br>E\d+: .* \| [01]\.\d\d \| answers\/encryption-at-rest, policies\/ai-policy \|/,
		);
		expect(stdout).toContain(
			`Wrote ${join(OUT, 'public.csv')} and ${join(OUT, 'public.review.md')}`,
		);
	});
});

describe('audiences', () => {
	test('the default is public: never a private or internal answer', () => {
		const out =
			readFileSync(join(OUT, 'public.csv'), 'utf8') +
			readFileSync(join(OUT, 'public.review.md'), 'utf8');
		for (const a of ANSWERS.filter((x) => x.audience !== 'public')) {
			expect(out, a.id).not.toContain(markdownToText(a.body));
			expect(out, a.id).not.toContain(`answers/${a.id}`);
		}
		expect(out).toContain(kbText('encryption-at-rest'));
	});

	test('--audience private adds NDA answers, not internal ones', () => {
		const result = answer([
			QUESTIONNAIRE,
			'--out',
			join(OUT, 'private.csv'),
			'--audience',
			'private',
			'--content',
			content,
		]);
		expect(result.status).toBe(0);
		expect(result.stderr).toBe('');
		const out = readFileSync(join(OUT, 'private.csv'), 'utf8');
		expect(out).toContain(kbText('logging'));
		expect(out).not.toContain(kbText('access-reviews'));
		// “Do you allow customers to perform their own penetration tests?” is not answered by our own tests.
		expect(out).not.toContain(kbText('pentest'));
	});

	test('--audience internal warns, on stderr and in the review, that the file must not leave the organisation', () => {
		const result = answer([
			QUESTIONNAIRE,
			'--out',
			join(OUT, 'internal.csv'),
			'--audience',
			'internal',
			'--content',
			content,
		]);
		expect(result.status).toBe(0);
		expect(result.stderr).toMatch(
			/WARNING: --audience internal .* must not leave the organisation/,
		);
		expect(readFileSync(join(OUT, 'internal.review.md'), 'utf8')).toContain(
			'this file must not leave the organisation',
		);
		expect(readFileSync(join(OUT, 'internal.csv'), 'utf8')).toContain(kbText('access-reviews'));
	});
});

describe('XLSX questionnaires', () => {
	test('the vendor workbook comes back with answers in its Response and Evidence/Notes columns, and a review beside it', () => {
		const input = join(OUT, 'vendor.xlsx');
		writeFileSync(input, vendorSheet());
		const result = answer([input, '--out', join(OUT, 'vendor-filled.xlsx'), '--content', content]);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(
			'Questionnaire: 16 questions in column B, answers in C, explanations in D',
		);
		const review = readFileSync(join(OUT, 'vendor-filled.review.md'), 'utf8');
		expect(review).toMatch(
			/\| Questionnaire row \d+ \(\d+\) \| Is customer data encrypted at rest\? \| C\d+: Yes<br>D\d+: /,
		);
		expect(review).toMatch(
			/### Security testing \(\d\)\n\n(- .*\n)*- Questionnaire row \d+ \(\d+\): Do you have a bug bounty programme\?/,
		);
	});

	test('--sheet fills one sheet only and names the sheets when it is not there', () => {
		writeFileSync(join(OUT, 'vendor.xlsx'), vendorSheet());
		const chosen = answer([
			join(OUT, 'vendor.xlsx'),
			'--out',
			join(OUT, 'one.xlsx'),
			'--sheet',
			'questionnaire',
			'--content',
			content,
		]);
		expect(chosen.status).toBe(0);
		const wrong = answer([
			join(OUT, 'vendor.xlsx'),
			'--out',
			join(OUT, 'x.xlsx'),
			'--sheet',
			'Nope',
			'--content',
			content,
		]);
		expect(wrong.status).toBe(2);
		expect(wrong.stderr).toMatch(
			/--sheet "Nope" is not in the workbook \(sheets: "Questionnaire"\)/,
		);
	});
});

describe('real-world files', () => {
	test('a Windows-1252, semicolon-separated CSV without an answer column gets one Answer column', () => {
		const text =
			'Nr;Thème;Frage\r\n1;Sécurité;Is customer data encrypted at rest?\r\n2;Données;Do you carry cyber insurance?\r\n';
		writeFileSync(join(OUT, 'legacy.csv'), Buffer.from(text, 'latin1'));
		const result = answer([
			join(OUT, 'legacy.csv'),
			'--out',
			join(OUT, 'legacy-filled.csv'),
			'--content',
			content,
		]);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('read as Windows-1252');
		const lines = readFileSync(join(OUT, 'legacy-filled.csv'), 'utf8')
			.replace(/^\uFEFF/, '')
			.split('\r\n');
		expect(lines[0]).toBe('Nr;Thème;Frage;Answer');
		expect(lines[1]).toBe(
			`1;Sécurité;Is customer data encrypted at rest?;${kbText('encryption-at-rest')}`,
		);
		expect(lines[2]).toBe('2;Données;Do you carry cyber insurance?;');
	});

	test('--column names the question column when the guess is wrong', () => {
		const csv = join(OUT, 'two-columns.csv');
		writeFileSync(
			csv,
			'Topic,Ask,Answer\r\nDo you have a SIEM?,Is customer data encrypted at rest?,\r\n',
		);
		const result = answer([
			csv,
			'--out',
			join(OUT, 'two-columns-filled.csv'),
			'--column',
			'B',
			'--content',
			content,
		]);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('1 questions in column B, answers in C');
		expect(readFileSync(join(OUT, 'two-columns-filled.csv'), 'utf8')).toContain(
			kbText('encryption-at-rest'),
		);
	});
});

describe('errors', () => {
	test('--help prints the usage; bad arguments exit 2 with one line', () => {
		const help = answer(['--help']);
		expect(help.status).toBe(0);
		expect(help.stdout).toContain('Usage: npm run answer');
		expect(help.stdout).toMatch(/--audience <level> +public \(default\)/);
		const cases: [string[], RegExp][] = [
			[[], /name the questionnaire to fill/],
			[[QUESTIONNAIRE], /--out <file> is required/],
			[[QUESTIONNAIRE, '--out', 'x.xlsx'], /write a \.csv file/],
			[['questions.pdf', '--out', 'x.pdf'], /must be a \.csv or \.xlsx file/],
			[
				[QUESTIONNAIRE, '--out', 'x.csv', '--audience', 'secret'],
				/--audience must be one of public, private, internal/,
			],
			[[QUESTIONNAIRE, '--out', 'x.csv', '--bogus'], /Unknown option '--bogus'/],
			[
				[QUESTIONNAIRE, '--out', join(OUT, 'x.csv'), '--column', 'Answerz', '--content', content],
				/--column "Answerz" is not a header/,
			],
		];
		for (const [args, message] of cases) {
			const result = answer(args);
			expect(result.status, args.join(' ')).toBe(2);
			expect(result.stderr, args.join(' ')).toMatch(message);
			expect(result.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
		}
	});

	test('a missing or unreadable file exits 1 and says why', () => {
		const missing = answer([
			join(OUT, 'nope.csv'),
			'--out',
			join(OUT, 'x.csv'),
			'--content',
			content,
		]);
		expect(missing.status).toBe(1);
		expect(missing.stderr).toMatch(/cannot read .*nope\.csv: no such file/);
		writeFileSync(join(OUT, 'broken.xlsx'), 'this is not a workbook');
		const broken = answer([
			join(OUT, 'broken.xlsx'),
			'--out',
			join(OUT, 'x.xlsx'),
			'--content',
			content,
		]);
		expect(broken.status).toBe(1);
		expect(broken.stderr).toMatch(/not a readable XLSX workbook/);
		const unwritable = answer([
			QUESTIONNAIRE,
			'--out',
			join(OUT, 'no/such/folder/out.csv'),
			'--content',
			content,
		]);
		expect(unwritable.status).toBe(1);
		expect(unwritable.stderr).toMatch(/cannot write .*out\.csv: no such file or folder/);
	});
});
