/**
 * `npm run answer`: arguments, the run, and the summary, apart from process and file
 * handling (scripts/answer.ts), so each can be tested without spawning a process.
 */
import { parseArgs } from 'node:util';
import { extname } from 'node:path';
import { AUDIENCES, type Audience } from '../../lib/schemas/fields.ts';
import { byOutcome, type AnsweredQuestionnaire } from './run.ts';

export const USAGE = `Usage: npm run answer -- <questionnaire.csv|xlsx> --out <file> [options]

Fills a buyer's security or AI questionnaire, offline, from the knowledge base
(src/content/answers/) and the rest of the content (certifications, subprocessors,
policies, AI systems…). Answers go into the sheet's own answer and explanation cells;
the review (confidence, sources, what needs a person, the questions left open) is written
beside the output as <file>.review.md.

Options:
  --out <file>         where to write the filled questionnaire (same format as the input)
  --audience <level>   public (default): what any buyer may read
                       private: for a buyer under NDA
                       internal: every answer; the file must not leave the organisation
  --content <dir>      content directory (default src/content)
  --column <name|n|A>  the question column, when the guess is wrong: its header, number or letter
  --sheet <name>       fill only this worksheet (XLSX); by default every visible sheet
  --words-only         match on words alone, without the sentence model: faster on a
                       first run, but fewer reworded questions are answered
  --help               this text

       npm run answer -- --update-vectors [--content <dir>]

Rewrites <content>/answer-vectors.txt, the sentence model's vectors of every answer's
wordings (all audiences). Commit it with the answers: a fresh clone then embeds only
the questionnaire's own questions, and its first run takes seconds, not a minute.`;

/** Printed to stderr on every internal run. */
export const INTERNAL_WARNING =
	'answer: WARNING: --audience internal uses internal answers. The filled file and its review must not leave the organisation; never send them to a buyer.';

export class UsageError extends Error {}

export interface AnswerOptions {
	input: string;
	out: string;
	format: 'csv' | 'xlsx';
	audience: Audience;
	content: string;
	column?: string;
	sheet?: string;
	/** Match without the sentence model (meaning.ts). */
	wordsOnly: boolean;
}

/** `--update-vectors`: rewrite the knowledge base's vectors file, fill nothing. */
export interface VectorsOptions {
	updateVectors: true;
	content: string;
}

const FORMATS: Record<string, AnswerOptions['format']> = { '.csv': 'csv', '.xlsx': 'xlsx' };

/** Parses the command line, or throws a UsageError that says what to write instead. Returns undefined for --help. */
export function parseAnswerArgs(argv: string[]): AnswerOptions | VectorsOptions | undefined {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				out: { type: 'string' },
				audience: { type: 'string', default: 'public' },
				content: { type: 'string', default: 'src/content' },
				column: { type: 'string' },
				sheet: { type: 'string' },
				'words-only': { type: 'boolean', default: false },
				'update-vectors': { type: 'boolean', default: false },
				help: { type: 'boolean', default: false },
			},
		});
	} catch (cause) {
		throw new UsageError((cause as Error).message, { cause });
	}
	const { values, positionals } = parsed;
	if (values.help) return undefined;
	if (values['update-vectors']) {
		const extra = [
			...positionals,
			...(['out', 'column', 'sheet', 'words-only'] as const)
				.filter((k) => values[k] !== undefined && values[k] !== false)
				.map((k) => `--${k}`),
			...(values.audience !== 'public' ? ['--audience'] : []),
		];
		if (extra.length > 0)
			throw new UsageError(
				`--update-vectors fills no questionnaire; leave out ${extra.join(', ')} (only --content applies)`,
			);
		return { updateVectors: true, content: values.content };
	}
	if (positionals.length !== 1)
		throw new UsageError(
			positionals.length === 0
				? 'name the questionnaire to fill, a .csv or .xlsx file'
				: `one questionnaire at a time, not ${positionals.length}: ${positionals.join(', ')}`,
		);
	const input = positionals[0]!;
	const format = FORMATS[extname(input).toLowerCase()];
	if (!format) throw new UsageError(`${input}: the questionnaire must be a .csv or .xlsx file`);
	if (!values.out)
		throw new UsageError('--out <file> is required: where to write the filled questionnaire');
	if (FORMATS[extname(values.out).toLowerCase()] !== format)
		throw new UsageError(
			`--out ${values.out}: write a .${format} file, the same format as the input`,
		);
	if (!AUDIENCES.includes(values.audience as Audience))
		throw new UsageError(
			`--audience must be one of ${AUDIENCES.join(', ')}, not "${values.audience}"`,
		);
	if (values.sheet !== undefined && format !== 'xlsx')
		throw new UsageError('--sheet applies to .xlsx questionnaires only');
	return {
		input,
		out: values.out,
		format,
		audience: values.audience as Audience,
		content: values.content,
		wordsOnly: values['words-only'],
		...(values.column !== undefined && { column: values.column }),
		...(values.sheet !== undefined && { sheet: values.sheet }),
	};
}

export interface RunFacts {
	options: AnswerOptions;
	result: AnsweredQuestionnaire;
	knowledge: number;
	seconds: number;
	review: string;
}

/** The summary printed after a run: counts per sheet, then where the review is. */
export function summary({ options, result, knowledge, seconds, review }: RunFacts): string {
	const { questions, sheets } = result;
	const { filled, weak, open, restricted } = byOutcome(questions);
	const lines = [
		`${options.input}: ${questions.length} question${questions.length === 1 ? '' : 's'}${result.encoding === 'windows-1252' ? ', read as Windows-1252 (not valid UTF-8)' : ''}`,
		...sheets.map(
			(s) =>
				`  ${s.name}${s.hidden ? ' (hidden)' : ''}: ${s.layout ? `${s.layout.questions} questions in column ${s.layout.question}, answers in ${s.layout.answer}${s.layout.explanation ? `, explanations in ${s.layout.explanation}` : ''}` : `left as it is (${s.skipped})`}`,
		),
		`Knowledge base: ${knowledge} answers readable by the ${options.audience} audience`,
		`Filled: ${filled.length}   Suggested, needs review: ${weak.length}   Not in the knowledge base: ${open.length}${restricted.length ? `   Answered only for a more restricted audience: ${restricted.length}` : ''}`,
		'',
		`Wrote ${options.out} and ${review} in ${seconds.toFixed(2)} s`,
	];
	return lines.join('\n');
}
