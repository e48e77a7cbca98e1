/**
 * `npm run answer`: arguments, the run, and the summary, apart from process and file
 * handling (scripts/answer.ts), so each can be tested without spawning a process.
 */
import { parseArgs } from 'node:util';
import { extname } from 'node:path';
import { AUDIENCES, type Audience } from '../schemas/fields.ts';
import type { Filled } from './fill.ts';
import type { Layout } from './layout.ts';

export const USAGE = `Usage: npm run answer -- <questionnaire.csv|xlsx> --out <file> [options]

Fills a buyer's security or AI questionnaire from the knowledge base (src/content/answers/).

Options:
  --out <file>         where to write the filled questionnaire (same format as the input)
  --audience <level>   public | private | internal (default internal: every answer).
                       Use public for a buyer without an NDA, private for one under NDA.
  --content <dir>      content directory (default src/content)
  --column <name|n|A>  the question column, when the guess is wrong: its header, number or letter
  --sheet <name>       the worksheet to fill (XLSX), when the guess is wrong
  --help               this text`;

export class UsageError extends Error {}

export interface AnswerOptions {
	input: string;
	out: string;
	format: 'csv' | 'xlsx';
	audience: Audience;
	content: string;
	column?: string;
	sheet?: string;
}

const FORMATS: Record<string, AnswerOptions['format']> = { '.csv': 'csv', '.xlsx': 'xlsx' };

/** Parses the command line, or throws a UsageError that says what to write instead. Returns undefined for --help. */
export function parseAnswerArgs(argv: string[]): AnswerOptions | undefined {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: { out: { type: 'string' }, audience: { type: 'string', default: 'internal' }, content: { type: 'string', default: 'src/content' }, column: { type: 'string' }, sheet: { type: 'string' }, help: { type: 'boolean', default: false } },
		});
	} catch (cause) {
		throw new UsageError((cause as Error).message, { cause });
	}
	const { values, positionals } = parsed;
	if (values.help) return undefined;
	if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'name the questionnaire to fill, a .csv or .xlsx file' : `one questionnaire at a time, not ${positionals.length}: ${positionals.join(', ')}`);
	const input = positionals[0]!;
	const format = FORMATS[extname(input).toLowerCase()];
	if (!format) throw new UsageError(`${input}: the questionnaire must be a .csv or .xlsx file`);
	if (!values.out) throw new UsageError('--out <file> is required: where to write the filled questionnaire');
	if (FORMATS[extname(values.out).toLowerCase()] !== format) throw new UsageError(`--out ${values.out}: write a .${format} file, the same format as the input`);
	if (!AUDIENCES.includes(values.audience as Audience)) throw new UsageError(`--audience must be one of ${AUDIENCES.join(', ')}, not "${values.audience}"`);
	if (values.sheet !== undefined && format !== 'xlsx') throw new UsageError('--sheet applies to .xlsx questionnaires only');
	return { input, out: values.out, format, audience: values.audience as Audience, content: values.content, ...(values.column !== undefined && { column: values.column }), ...(values.sheet !== undefined && { sheet: values.sheet }) };
}

export interface RunFacts {
	options: AnswerOptions;
	header: readonly string[];
	layout: Layout;
	knowledge: number;
	filled: Filled;
	seconds: number;
	sheet?: string;
	encoding?: string;
}

/** The summary printed after a run: counts, then every question left for a person. */
export function summary({ options, header, layout, knowledge, filled, seconds, sheet, encoding }: RunFacts): string {
	const { answered, weak, unanswered } = filled.counts;
	const total = answered + weak + unanswered;
	const column = header[layout.questionColumn]?.trim() || `column ${layout.questionColumn + 1}`;
	const lines = [
		`${options.input}${sheet ? ` (sheet "${sheet}")` : ''}: ${total} question${total === 1 ? '' : 's'} in "${column}" (${layout.reason === 'override' ? 'from --column' : layout.reason === 'header' ? 'by its header' : 'by its content; pass --column to choose another'})${encoding === 'windows-1252' ? ', read as Windows-1252 (not valid UTF-8)' : ''}`,
		`Knowledge base: ${knowledge} answers readable by the ${options.audience} audience`,
		`Answered: ${answered}   Weak, needs review: ${weak}   Unanswered: ${unanswered}`,
	];
	const open = filled.results.filter((r) => r.outcome === 'unanswered');
	if (open.length > 0) lines.push('', 'Unanswered (no answer in the knowledge base; write one in src/content/answers/):', ...open.map((r) => `  row ${r.row + 1}: ${r.question.replace(/\s+/g, ' ')}`));
	lines.push('', `Wrote ${options.out} in ${seconds.toFixed(2)} s`);
	return lines.join('\n');
}
