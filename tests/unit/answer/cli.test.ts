/**
 * `npm run answer` as a sales engineer runs it, on a ~200-question security and AI vendor
 * questionnaire and a knowledge base of 30 answers at three audiences.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { markdownToText } from '../../../src/lib/exports/plain-text.ts';
import { PROJECT, TMP } from '../../helpers/content.ts';
import { ANSWERS, knowledgeContent } from './knowledge-fixture.ts';

const QUESTIONNAIRE = join(PROJECT, 'tests/fixtures/questionnaires/security-and-ai-vendor-questionnaire.csv');
const OUT = join(TMP, 'answer-cli');
let content: string;

function answer(args: string[]) {
	const result = spawnSync(process.execPath, [join(PROJECT, 'scripts/answer.ts'), ...args], { cwd: PROJECT, encoding: 'utf8', env: { ...process.env, AIMS_AS_OF: '2026-11-28' } });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function parse(file: string): string[][] {
	const result = Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
	expect(result.errors).toEqual([]);
	return result.data;
}

const kbQuestion = (id: string) => ANSWERS.find((a) => a.id === id)!.question;
const kbText = (id: string) => markdownToText(ANSWERS.find((a) => a.id === id)!.body);

beforeAll(() => {
	content = knowledgeContent('answer-cli-content');
	rmSync(OUT, { recursive: true, force: true });
	mkdirSync(OUT, { recursive: true });
});

describe('npm run answer on a CSV questionnaire', () => {
	let rows: string[][];
	let stdout: string;
	const original = parse(QUESTIONNAIRE);
	const row = (question: string) => rows.find((r) => r[2] === question)!;
	const cell = (r: string[], column: string) => r[rows[0]!.indexOf(column)]!;

	beforeAll(() => {
		const result = answer([QUESTIONNAIRE, '--out', join(OUT, 'internal.csv'), '--content', content]);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		stdout = result.stdout;
		rows = parse(join(OUT, 'internal.csv'));
	});

	test('keeps every row, in order, and every original cell, and appends the answer columns', () => {
		expect(original.length).toBeGreaterThanOrEqual(190);
		expect(rows).toHaveLength(original.length);
		expect(rows.map((r) => r.slice(0, 5))).toEqual(original);
		expect(rows[0]).toEqual(['ID', 'Domain', 'Question', 'Vendor Response', 'Notes', 'Answer', 'Short answer', 'Matched question', 'Cited controls', 'Cited policies', 'Confidence', 'Needs review']);
		// A buyer's own cell that starts with "-" is theirs: kept, not defused.
		expect(rows.some((r) => r[4] === '- critical item')).toBe(true);
	});

	test('finds the relevant answer for covered topics, however the buyer words them', () => {
		const expected: [string, string][] = [
			['Is customer data encrypted at rest?', 'encryption-at-rest'],
			['Are backups encrypted?', 'encryption-at-rest'],
			['Is data encrypted in transit using TLS 1.2 or higher?', 'encryption-in-transit'],
			['Is multi-factor authentication enforced for all remote access?', 'mfa'],
			['Can you share a summary of your latest penetration test?', 'pentest'],
			['Will our data be used to train your models or your vendors\' models?', 'training-data'],
			['Is there a human in the loop for consequential decisions?', 'human-oversight'],
			['How do you detect model drift?', 'model-monitoring'],
			['How are your AI systems classified under the EU AI Act risk tiers?', 'eu-ai-act'],
			['Do you have a SIEM?', 'logging'],
			['What are your recovery time objective (RTO) and recovery point objective (RPO)?', 'business-continuity'],
			['How do you protect against prompt injection attacks?', 'prompt-injection'],
		];
		for (const [question, id] of expected) {
			const r = row(question);
			expect(cell(r, 'Matched question'), question).toBe(kbQuestion(id));
			expect(cell(r, 'Answer'), question).toBe(kbText(id));
			expect(cell(r, 'Needs review'), question).toBe('no');
			expect(Number(cell(r, 'Confidence'))).toBeGreaterThanOrEqual(0.55);
		}
		expect(cell(row('Is customer data encrypted at rest?'), 'Cited controls')).toBe('A.7.2');
		expect(cell(row('Is customer data encrypted at rest?'), 'Cited policies')).toBe('AI Policy (POL-AI-001)');
		expect(cell(row('Is customer data encrypted at rest?'), 'Short answer')).toBe('yes');
	});

	test('leaves topics the knowledge base does not cover blank and flags them', () => {
		for (const question of ['Do you carry cyber insurance?', 'Are visitors escorted in secure areas?', 'Is there a mobile device management (MDM) solution?', 'What is your uptime SLA?']) {
			const r = row(question);
			expect(cell(r, 'Answer'), question).toBe('');
			expect(cell(r, 'Needs review'), question).toBe('yes');
			expect(stdout).toContain(question);
		}
	});

	test('never invents text: every answer is a knowledge-base answer, word for word', () => {
		const texts = new Set(ANSWERS.map((a) => markdownToText(a.body)));
		const answered = rows.slice(1).map((r) => cell(r, 'Answer')).filter(Boolean);
		expect(answered.length).toBeGreaterThan(50);
		for (const text of answered) expect(texts.has(text), text).toBe(true);
	});

	test('prints answered, weak and unanswered counts that add up, and lists the unanswered', () => {
		const [, answered, weak, unanswered] = stdout.match(/Answered: (\d+) +Weak, needs review: (\d+) +Unanswered: (\d+)/)!.map(Number);
		expect(answered! + weak! + unanswered!).toBe(original.length - 1);
		expect(rows.slice(1).filter((r) => cell(r, 'Needs review') === 'yes')).toHaveLength(weak! + unanswered!);
		expect(stdout.match(/^ {2}row \d+: /gm)).toHaveLength(unanswered!);
		expect(stdout).toContain('in "Question" (by its header)');
	});
});

describe('audiences', () => {
	test('--audience public never uses a private or internal answer', () => {
		const result = answer([QUESTIONNAIRE, '--out', join(OUT, 'public.csv'), '--audience', 'public', '--content', content]);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('21 answers readable by the public audience');
		const out = readFileSync(join(OUT, 'public.csv'), 'utf8');
		for (const a of ANSWERS.filter((x) => x.audience !== 'public')) {
			expect(out, a.id).not.toContain(markdownToText(a.body));
			expect(out, a.id).not.toContain(a.question);
		}
		expect(out).toContain(kbText('encryption-at-rest'));
	});

	test('--audience private adds NDA answers, not internal ones', () => {
		const result = answer([QUESTIONNAIRE, '--out', join(OUT, 'private.csv'), '--audience', 'private', '--content', content]);
		expect(result.status).toBe(0);
		const out = readFileSync(join(OUT, 'private.csv'), 'utf8');
		expect(out).toContain(kbText('pentest'));
		expect(out).not.toContain(kbText('access-reviews'));
	});
});

describe('XLSX questionnaires', () => {
	test('fills the question sheet in place and keeps the other sheets, columns and row order', async () => {
		const workbook = new ExcelJS.Workbook();
		workbook.addWorksheet('Instructions').addRows([['Answer every question.'], ['Return by 1 December.']]);
		const sheet = workbook.addWorksheet('Vendor Assessment');
		sheet.addRow(['ACME Corp vendor security & AI assessment']);
		sheet.addRow([]);
		sheet.addRow(['Ref', 'Control Area', 'Requirement', 'Comments']);
		const questions = ['Is customer data encrypted at rest?', 'Do you carry cyber insurance?', 'How do you detect model drift?'];
		questions.forEach((q, i) => sheet.addRow([`R${i + 1}`, 'Mixed', q, i === 0 ? 'must' : '']));
		const input = join(OUT, 'vendor.xlsx');
		writeFileSync(input, Buffer.from(await workbook.xlsx.writeBuffer()));

		const result = answer([input, '--out', join(OUT, 'vendor-filled.xlsx'), '--content', content]);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('(sheet "Vendor Assessment"): 3 questions in "Requirement" (by its header)');

		const filled = new ExcelJS.Workbook();
		await filled.xlsx.load(readFileSync(join(OUT, 'vendor-filled.xlsx')) as unknown as ArrayBuffer);
		expect(filled.worksheets.map((s) => s.name)).toEqual(['Instructions', 'Vendor Assessment']);
		expect(filled.getWorksheet('Instructions')!.getCell('A2').text).toBe('Return by 1 December.');
		const out = filled.getWorksheet('Vendor Assessment')!;
		expect(out.getCell('A1').text).toBe('ACME Corp vendor security & AI assessment');
		expect(out.getRow(3).values).toEqual([undefined, 'Ref', 'Control Area', 'Requirement', 'Comments', 'Answer', 'Short answer', 'Matched question', 'Cited controls', 'Cited policies', 'Confidence', 'Needs review']);
		expect([4, 5, 6].map((r) => out.getCell(r, 3).text)).toEqual(questions);
		expect(out.getCell(4, 4).text).toBe('must');
		expect(out.getCell(4, 5).text).toBe(kbText('encryption-at-rest'));
		expect(out.getCell(5, 5).text).toBe('');
		expect(out.getCell(5, 11).text).toBe('yes');
		expect(out.getCell(6, 7).text).toBe(kbQuestion('model-monitoring'));
		expect(typeof out.getCell(6, 10).value).toBe('number');
	});
});

describe('real-world files', () => {
	test('a Windows-1252, semicolon-separated CSV is read, answered and written back with its delimiter', () => {
		const text = 'Nr;Thème;Frage\r\n1;Sécurité;Is customer data encrypted at rest?\r\n2;Données;Do you carry cyber insurance?\r\n';
		writeFileSync(join(OUT, 'legacy.csv'), Buffer.from(text, 'latin1'));
		const result = answer([join(OUT, 'legacy.csv'), '--out', join(OUT, 'legacy-filled.csv'), '--content', content]);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('read as Windows-1252');
		// "Frage" is not a header we know: the column is found by its content.
		expect(result.stdout).toContain('2 questions in "Frage" (by its content');
		const lines = readFileSync(join(OUT, 'legacy-filled.csv'), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
		expect(lines[0]).toBe('Nr;Thème;Frage;Answer;Short answer;Matched question;Cited controls;Cited policies;Confidence;Needs review');
		expect(lines[1]!.startsWith(`1;Sécurité;Is customer data encrypted at rest?;${kbText('encryption-at-rest')};yes;`)).toBe(true);
	});

	test('--column and --sheet override the guesses', async () => {
		const csv = join(OUT, 'two-columns.csv');
		writeFileSync(csv, 'Topic,Ask\r\nDo you have a SIEM?,Is customer data encrypted at rest?\r\n');
		const result = answer([csv, '--out', join(OUT, 'two-columns-filled.csv'), '--column', 'B', '--content', content]);
		expect(result.stdout).toContain('1 question in "Ask" (from --column)');
		expect(readFileSync(join(OUT, 'two-columns-filled.csv'), 'utf8')).toContain(kbText('encryption-at-rest'));

		const workbook = new ExcelJS.Workbook();
		workbook.addWorksheet('Main').addRows([['Question'], ['Do you have a SIEM?'], ['Are backups encrypted?']]);
		workbook.addWorksheet('Extra').addRows([['Question'], ['Do you have a SIEM?']]);
		writeFileSync(join(OUT, 'sheets.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));
		const chosen = answer([join(OUT, 'sheets.xlsx'), '--out', join(OUT, 'sheets-filled.xlsx'), '--sheet', 'extra', '--content', content]);
		expect(chosen.stdout).toContain('(sheet "Extra"): 1 question in');
		const wrong = answer([join(OUT, 'sheets.xlsx'), '--out', join(OUT, 'x.xlsx'), '--sheet', 'Nope', '--content', content]);
		expect(wrong.status).toBe(2);
		expect(wrong.stderr).toMatch(/--sheet "Nope" is not in the workbook \(sheets: "Main", "Extra"\)/);
	});
});

describe('errors', () => {
	test('bad arguments exit 2 with a message and the usage', () => {
		const cases: [string[], RegExp][] = [
			[[], /name the questionnaire to fill/],
			[[QUESTIONNAIRE], /--out <file> is required/],
			[[QUESTIONNAIRE, '--out', 'x.xlsx'], /write a \.csv file/],
			[['questions.pdf', '--out', 'x.pdf'], /must be a \.csv or \.xlsx file/],
			[[QUESTIONNAIRE, '--out', 'x.csv', '--audience', 'secret'], /--audience must be one of public, private, internal/],
			[[QUESTIONNAIRE, '--out', 'x.csv', '--bogus'], /Unknown option '--bogus'/],
			[[QUESTIONNAIRE, '--out', join(OUT, 'x.csv'), '--column', 'Answerz', '--content', content], /--column "Answerz" is not a header/],
		];
		for (const [args, message] of cases) {
			const result = answer(args);
			expect(result.status, args.join(' ')).toBe(2);
			expect(result.stderr, args.join(' ')).toMatch(message);
		}
		expect(answer([]).stderr).toContain('Usage: npm run answer');
	});

	test('a missing or unreadable file exits 1 and says why', () => {
		const missing = answer([join(OUT, 'nope.csv'), '--out', join(OUT, 'x.csv'), '--content', content]);
		expect(missing.status).toBe(1);
		expect(missing.stderr).toMatch(/cannot read .*nope\.csv: no such file/);
		writeFileSync(join(OUT, 'broken.xlsx'), 'this is not a workbook');
		const broken = answer([join(OUT, 'broken.xlsx'), '--out', join(OUT, 'x.xlsx'), '--content', content]);
		expect(broken.status).toBe(1);
		expect(broken.stderr).toMatch(/not a readable XLSX workbook/);
		const unwritable = answer([QUESTIONNAIRE, '--out', join(OUT, 'no/such/folder/out.csv'), '--content', content]);
		expect(unwritable.status).toBe(1);
		expect(unwritable.stderr).toMatch(/cannot write .*out\.csv: no such file or folder/);
	});
});
