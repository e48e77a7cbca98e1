/**
 * `npm run report`: what needs attention, grouped by owner.
 *   --format text|markdown|json   (default text)
 *   --within <days>               upcoming reviews and actions due within this many days (default 30)
 *   --as-of <YYYY-MM-DD>          the day to report on (default today, or AIMS_AS_OF)
 *   --content <dir>               content directory (default src/content)
 * Exit 0 whatever the content holds (the report informs; `npm run check` gates), 2 on bad usage.
 */
import { resolve } from 'node:path';
import { parseCli, usageError } from '../src/cli/args.ts';
import { checkContent, todayUtc } from '../src/lib/pipeline.ts';
import { isIsoDate } from '../src/lib/dates.ts';
import { collectItems } from '../src/cli/report/collect.ts';
import { formatReport, REPORT_FORMATS, type ReportFormat } from '../src/cli/report/format.ts';
import { groupByOwner } from '../src/cli/report/group.ts';

const command = {
	name: 'report',
	summary: 'what needs attention, grouped by owner',
	usage: [
		'[--format text|markdown|json] [--within <days>] [--as-of <YYYY-MM-DD>] [--content <dir>]',
	],
	options: {
		format: {
			type: 'string',
			default: 'text',
			choices: REPORT_FORMATS,
			description: 'output format',
		},
		within: {
			type: 'string',
			default: '30',
			value: '<days>',
			description: 'upcoming reviews and actions due within this many days',
		},
		'as-of': {
			type: 'string',
			value: '<YYYY-MM-DD>',
			description: 'the day to report on (default today, or AIMS_AS_OF)',
		},
		content: {
			type: 'string',
			default: 'src/content',
			value: '<dir>',
			description: 'content directory',
		},
	},
	notes: [
		'Exit 0 whatever the content holds (the report informs; npm run check gates), 2 on bad usage.',
	],
} as const;
const { values } = parseCli<{ format: string; within: string; 'as-of'?: string; content: string }>(
	command,
);

const fail = (message: string): never => usageError(command, message);
const within = Number(values.within);
if (!Number.isInteger(within) || within < 0)
	fail(`--within must be a whole number of days, not "${values.within}"`);
let asOf: string;
try {
	asOf = values['as-of'] ?? todayUtc();
} catch (error) {
	fail((error as Error).message);
}
if (!isIsoDate(asOf!))
	fail(`--as-of must be a date written YYYY-MM-DD, and a real calendar day, not "${asOf!}"`);

const root = process.cwd();
const checked = checkContent({ root, contentDir: values.content, asOf: asOf! });
const items = collectItems(checked, {
	asOf: asOf!,
	within,
	root,
	contentDir: resolve(root, values.content),
});
const errors = checked.diagnostics.filter((d) => d.severity === 'error').length;
console.log(
	formatReport(
		{ asOf: asOf!, within, groups: groupByOwner(items, checked.entries), errors },
		values.format as ReportFormat,
	),
);
