/**
 * `npm run answer -- <questionnaire.csv|xlsx> --out <file>`: fills a buyer's questionnaire
 * from the knowledge base, offline, and writes the review beside it. Logic lives in
 * src/cli/answer/; this file reads, writes and exits. Exit codes: 0 done, 1 unreadable
 * input, unwritable output or invalid content, 2 bad arguments or no questions found.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	INTERNAL_WARNING,
	parseAnswerArgs,
	summary,
	USAGE,
	UsageError,
	type AnswerOptions,
	type VectorsOptions,
} from '../src/cli/answer/cli.ts';
import { everyAudience, knowledgeBase } from '../src/cli/answer/knowledge.ts';
import { LayoutError } from '../src/cli/answer/layout.ts';
import { openMeaning, vectorsFileOf, VECTORS_FILE } from '../src/cli/answer/meaning.ts';
import { review, reviewPath } from '../src/cli/answer/review.ts';
import { answerQuestionnaire } from '../src/cli/answer/run.ts';
import { SheetError } from '../src/cli/answer/sheet-csv.ts';
import { PackageError } from '../src/cli/answer/zip-package.ts';
import { formatDiagnostic } from '../src/lib/diagnostics.ts';
import { checkContent } from '../src/lib/pipeline.ts';
import { createView } from '../src/lib/views/audience.ts';

function fail(message: string, code: 1 | 2): never {
	console.error(`answer: ${message}${code === 2 ? ' (npm run answer -- --help for usage)' : ''}`);
	process.exit(code);
}

const reason = (error: unknown) =>
	(error as NodeJS.ErrnoException).code === 'ENOENT'
		? 'no such file or folder'
		: (error as Error).message;

/** The content, checked: exits naming the errors when it has any. */
function checkedContent(contentDir: string) {
	const checked = checkContent({ root: process.cwd(), contentDir });
	const errors = checked.diagnostics.filter((d) => d.severity === 'error');
	if (errors.length > 0)
		fail(
			`the content in ${contentDir} has ${errors.length} error(s); fix them first (npm run check):\n${errors.map(formatDiagnostic).join('\n')}`,
			1,
		);
	return checked;
}

let options: AnswerOptions | VectorsOptions | undefined;
try {
	options = parseAnswerArgs(process.argv.slice(2));
} catch (error) {
	if (error instanceof UsageError) fail(error.message, 2);
	throw error;
}
if (!options) {
	console.log(USAGE);
	process.exit(0);
}
if ('updateVectors' in options) {
	const started = performance.now();
	const [first, ...others] = everyAudience(checkedContent(options.content).entries);
	const file = vectorsFileOf(options.content) ?? join(options.content, VECTORS_FILE);
	const meaning = await openMeaning(first!, { vectorsFile: file });
	let counts;
	try {
		counts = await meaning.update(others);
	} catch (error) {
		fail(`cannot write ${file}: ${reason(error)}`, 1);
	}
	meaning.save();
	console.log(
		`Wrote ${file}: ${counts.written} wordings (${counts.added} new, ${counts.dropped} no longer asked) in ${((performance.now() - started) / 1000).toFixed(1)} s. Commit it with the answers.`,
	);
	process.exit(0);
}
if (options.audience === 'internal') console.error(INTERNAL_WARNING);

const started = performance.now();
let input: Buffer;
try {
	input = readFileSync(options.input);
} catch (error) {
	fail(`cannot read ${options.input}: ${reason(error)}`, 1);
}

const asOf = process.env.AIMS_AS_OF ?? new Date().toISOString().slice(0, 10);
const checked = checkedContent(options.content);
// The internal view too, only to tell which questions a more restricted answer fits better.
const kb = knowledgeBase(
	createView(checked.entries, options.audience),
	asOf,
	createView(checked.entries, 'internal'),
);

const vectorsFile = vectorsFileOf(options.content);
const meaning = options.wordsOnly
	? undefined
	: await openMeaning(kb, vectorsFile ? { vectorsFile } : {});
let result;
try {
	result = await answerQuestionnaire(input, kb, options, meaning);
	meaning?.save();
} catch (error) {
	if (error instanceof LayoutError) fail(`${options.input}: ${error.message}`, 2);
	if (error instanceof SheetError || error instanceof PackageError)
		fail(`${options.input}: ${error.message}`, 1);
	throw error;
}
const reviewFile = reviewPath(options.out);
try {
	writeFileSync(options.out, result.bytes);
	writeFileSync(
		reviewFile,
		review(result, {
			input: options.input,
			out: options.out,
			audience: options.audience,
			knowledge: kb.answers.length,
			asOf,
		}),
	);
} catch (error) {
	fail(`cannot write ${options.out}: ${reason(error)}`, 1);
}
const seconds = (performance.now() - started) / 1000;
console.log(
	summary({ options, result, knowledge: kb.answers.length, seconds, review: reviewFile }),
);
// Wordings embedded on this run that the vectors file lacks: a fresh clone would embed them again.
if (meaning && vectorsFile && meaning.unkept > 0 && meaning.embedded > 0)
	console.log(
		`\n${meaning.unkept} of the knowledge base's wordings are not in ${vectorsFile}${meaning.problem ? ` (it ${meaning.problem})` : ''}; \`npm run answer -- --update-vectors\` writes them there, so that a fresh clone's first run is fast.`,
	);
