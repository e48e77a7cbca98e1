/**
 * `npm run check`: validates the content without building.
 *   --strict            warnings fail too
 *   --format human|json|github
 *   --content <dir>     another content directory (default src/content)
 *   --save <file>       when there is no error, also write the checked content there for
 *                       `npm run build` to hand to every site (src/lib/checked-file.ts)
 */
import { statSync } from 'node:fs';
import { parseCli } from '../src/cli/args.ts';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../src/lib/diagnostics.ts';
import { writeCheckedFile } from '../src/lib/checked-file.ts';
import { checkContent, todayUtc } from '../src/lib/pipeline.ts';

/** A usage mistake (a bad option, a bad AIMS_AS_OF): one line on stderr, exit status 2. */
function usage(message: string): never {
	console.error(message);
	process.exit(2);
}

// No input may end in a stack trace: anything unforeseen is one line naming what failed.
process.on('uncaughtException', (error) => {
	if (process.env.AIMS_DEBUG) console.error(error);
	console.error(
		`npm run check failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
	);
	process.exit(2);
});

const FORMATS = ['human', 'json', 'github'] as const;
const { values } = parseCli<{ strict: boolean; format: string; content: string; save?: string }>({
	name: 'check',
	summary: 'validate the content without building: schemas, references and integrity rules',
	usage: ['[--strict] [--format human|json|github] [--content <dir>]'],
	options: {
		strict: { type: 'boolean', default: false, description: 'warnings fail too' },
		format: {
			type: 'string',
			default: 'human',
			choices: FORMATS,
			description: 'how to print the diagnostics',
		},
		content: {
			type: 'string',
			default: 'src/content',
			value: '<dir>',
			description: 'content directory',
		},
		save: {
			type: 'string',
			value: '<file>',
			description: 'when there is no error, also write the checked content there for npm run build',
		},
	},
	notes: [
		'Exit 0 when the content is valid, 1 when it has errors (or warnings with --strict), 2 on bad usage.',
	],
});

let asOf: string;
try {
	asOf = todayUtc();
} catch (error) {
	usage((error as Error).message);
}
if (!statSync(values.content, { throwIfNoEntry: false })?.isDirectory())
	usage(
		`--content: ${values.content} is not a folder; pass the folder that holds the collection folders (default src/content)`,
	);

const result = checkContent({ root: process.cwd(), contentDir: values.content, asOf });
const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
const warnings = result.diagnostics.length - errors;
const failed = hasErrors(result.diagnostics, values.strict);
if (values.save && errors === 0) writeCheckedFile(values.save, result);

if (values.format === 'json') {
	console.log(
		JSON.stringify(
			{
				ok: !failed,
				entries: result.entries.length,
				errors,
				warnings,
				rulesRan: result.rulesRan,
				diagnostics: result.diagnostics,
			},
			null,
			2,
		),
	);
} else if (values.format === 'github') {
	for (const d of result.diagnostics) console.log(githubAnnotation(d, values.strict));
} else {
	for (const d of result.diagnostics) console.log(formatDiagnostic(d));
	if (!result.rulesRan) console.log('\nThe integrity rules run once the errors above are fixed.');
	console.log(
		`\n${result.entries.length} entries checked as of ${result.asOf}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${values.strict && warnings ? ' (--strict: warnings fail)' : ''}.`,
	);
}
process.exit(failed ? 1 : 0);

/** A GitHub Actions workflow command, so the diagnostic shows on the pull request's diff. */
function githubAnnotation(d: Diagnostic, strict: boolean): string {
	const level = d.severity === 'error' || strict ? 'error' : 'warning';
	const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	const props = [
		`file=${d.file}`,
		d.line ? `line=${d.line}` : '',
		`title=${d.rule}${d.field ? ` ${d.field}` : ''}`,
	]
		.filter(Boolean)
		.join(',');
	return `::${level} ${escape(props)}::${escape(`${d.field ? `${d.field}: ` : ''}${d.message}${d.fix ? ` — fix: ${d.fix}` : ''}`)}`;
}
