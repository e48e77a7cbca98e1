/**
 * `npm run report`: what needs attention, grouped by owner.
 *   --format text|markdown|json   (default text)
 *   --within <days>               upcoming reviews and actions due within this many days (default 30)
 *   --as-of <YYYY-MM-DD>          the day to report on (default today, or AIMS_AS_OF)
 *   --content <dir>               content directory (default src/content)
 * Exit 0 whatever the content holds (the report informs; `npm run check` gates), 2 on bad usage.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, todayUtc } from '../src/lib/pipeline.ts';
import { isIsoDate } from '../src/lib/dates.ts';
import { collectItems } from '../src/lib/report/collect.ts';
import { formatReport, REPORT_FORMATS, type ReportFormat } from '../src/lib/report/format.ts';
import { groupByOwner } from '../src/lib/report/group.ts';

const { values } = parseArgs({
	options: {
		format: { type: 'string', default: 'text' },
		within: { type: 'string', default: '30' },
		'as-of': { type: 'string' },
		content: { type: 'string', default: 'src/content' },
	},
});

const fail = (message: string) => {
	console.error(message);
	process.exit(2);
};
if (!REPORT_FORMATS.includes(values.format as ReportFormat)) fail(`--format must be one of ${REPORT_FORMATS.join(', ')}, not "${values.format}"`);
const within = Number(values.within);
if (!Number.isInteger(within) || within < 0) fail(`--within must be a whole number of days, not "${values.within}"`);
let asOf: string;
try {
	asOf = values['as-of'] ?? todayUtc();
} catch (error) {
	fail((error as Error).message);
}
if (!isIsoDate(asOf!)) fail(`--as-of must be a date written YYYY-MM-DD, and a real calendar day, not "${asOf!}"`);

const root = process.cwd();
const checked = checkContent({ root, contentDir: values.content, asOf: asOf! });
const items = collectItems(checked, { asOf: asOf!, within, root, contentDir: resolve(root, values.content) });
const errors = checked.diagnostics.filter((d) => d.severity === 'error').length;
console.log(formatReport({ asOf: asOf!, within, groups: groupByOwner(items, checked.entries), errors }, values.format as ReportFormat));
