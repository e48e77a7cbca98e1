/**
 * `npm run import -- inventory <file> [--preset generic|omb-2024|omb-2025] [--mapping <file>] [--dry-run]`
 * Brings an AI inventory (CSV or XLSX) into src/content/systems/. Validates everything first;
 * writes all files or none. Exit 0 on success, 1 when the import stopped, 2 on bad usage.
 * `npm run import -- --help` lists every option; docs/import.md explains the workflow.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseCli, usageError, type CommandSpec } from '../src/cli/args.ts';
import {
	loadMapping,
	mappingColumns,
	MappingError,
	PRESET_NAMES,
} from '../src/cli/import/mapping.ts';
import { planImport } from '../src/cli/import/plan.ts';
import type { Resolution } from '../src/cli/import/state.ts';
import { summarize } from '../src/cli/import/summary.ts';
import { readTable, TableError } from '../src/cli/import/table.ts';
import { writeAll } from '../src/cli/import/write.ts';
import { todayUtc } from '../src/lib/pipeline.ts';

/** What an unreadable path is, by its error code; anything else is a permissions problem. */
const UNREADABLE: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'it is a folder' };

const command: CommandSpec = {
	name: 'import',
	summary: 'bring an AI inventory (CSV or XLSX) into the content as system entries',
	usage: ['inventory <file.csv|file.xlsx> [options]'],
	positionals: { min: 2, max: 2 },
	options: {
		preset: {
			type: 'string',
			choices: PRESET_NAMES,
			description:
				'layout of the sheet: generic, or a published federal inventory (default generic)',
		},
		mapping: {
			type: 'string',
			value: '<file.yaml>',
			description:
				'a mapping file of your own instead of a preset (see src/cli/import/presets/generic.yaml)',
		},
		'dry-run': {
			type: 'boolean',
			default: false,
			description: 'report what would change, write nothing',
		},
		content: {
			type: 'string',
			value: '<dir>',
			default: 'src/content',
			description: 'content directory',
		},
		owner: {
			type: 'string',
			value: '<person>',
			description: 'person who owns systems the sheet gives no owner (default: the first person)',
		},
		sheet: {
			type: 'string',
			value: '<name>',
			description: 'worksheet of an XLSX file (default: the first with data)',
		},
		'as-of': {
			type: 'string',
			value: '<YYYY-MM-DD>',
			description: 'date stamped on draft assessments (default today, or AIMS_AS_OF)',
		},
		'allow-missing': {
			type: 'boolean',
			default: false,
			description:
				'import even when columns the mapping names are missing (each is listed as a warning)',
		},
		theirs: {
			type: 'boolean',
			default: false,
			description: 'on a field edited by hand since the last import: take the sheet’s value',
		},
		ours: {
			type: 'boolean',
			default: false,
			description:
				'on a field edited by hand since the last import: keep the edit and stop reporting it',
		},
	},
	notes: [
		'Exit 0 when imported, 1 when the import stopped (nothing written), 2 on bad usage.',
		'A field edited by hand since the last import is kept and reported as a conflict unless --theirs or --ours says otherwise.',
	],
};

const { values, positionals } = parseCli(command);
const [kind, file] = positionals as [string, string];
if (kind !== 'inventory')
	usageError(command, `cannot import "${kind}"; only "inventory" can be imported`);
if (values.preset && values.mapping)
	usageError(command, 'give --preset or --mapping, not both: a mapping file is a complete layout');
if (values.theirs && values.ours) usageError(command, 'give --theirs or --ours, not both');
if (typeof values['as-of'] === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of']))
	usageError(command, `--as-of must be a date YYYY-MM-DD, not "${values['as-of']}"`);

try {
	const started = performance.now();
	const preset = values.preset as string | undefined;
	const mappingFile = values.mapping as string | undefined;
	const mapping = loadMapping({ preset, file: mappingFile });
	const table = await readTable(
		readFileSync(file),
		file,
		values.sheet as string | undefined,
		mappingColumns(mapping),
	);
	const asOf = (values['as-of'] as string | undefined) ?? todayUtc();
	const plan = planImport(table, mapping, {
		root: process.cwd(),
		contentDir: values.content as string,
		asOf,
		owner: values.owner as string | undefined,
		source: file,
		allowMissing: values['allow-missing'] === true,
		resolution: resolutionOf(values),
	});
	const dryRun = values['dry-run'] === true;
	console.log(
		summarize(plan, table, {
			file: basename(file),
			mapping: mappingFile ?? preset ?? 'generic',
			dryRun,
		}),
	);
	if (plan.errors.length) process.exit(1);
	if (!dryRun)
		writeAll([
			...plan.files.filter((f) => f.status !== 'unchanged'),
			...(plan.state.changed ? [plan.state] : []),
		]);
	console.log(
		`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s. Next: fill in each "TODO: from import", then npm run check and npm run report.`,
	);
} catch (error) {
	const code = (error as NodeJS.ErrnoException).code;
	if (error instanceof MappingError || error instanceof TableError) {
		console.error(error.message);
		process.exit(1);
	}
	if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
		console.error(
			`${(error as NodeJS.ErrnoException).path ?? file}: cannot read it (${UNREADABLE[code ?? ''] ?? 'permission denied'}); give the path of the inventory file`,
		);
		process.exit(1);
	}
	console.error(`npm run import: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}

/** How a run settles a hand edit that the sheet contradicts (`--theirs`, `--ours`, or ask: keep and report). */
function resolutionOf(flags: { theirs?: boolean; ours?: boolean }): Resolution {
	if (flags.theirs) return 'theirs';
	if (flags.ours) return 'ours';
	return 'ask';
}
