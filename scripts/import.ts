/**
 * `npm run import -- inventory <file> [--preset generic|omb-2024|omb-2025] [--mapping <file>] [--dry-run]`
 * Brings an AI inventory (CSV or XLSX) into src/content/systems/. Validates everything first;
 * writes all files or none. Exit 0 on success, 1 when the import stopped, 2 on bad usage.
 *   --content <dir>   content directory (default src/content)
 *   --owner <id>      person who owns systems the sheet gives no owner (default: the first person)
 *   --sheet <name>    worksheet of an XLSX file (default: the first with data)
 *   --as-of <date>    date stamped on generated draft assessments (default today, or AIMS_AS_OF)
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { loadMapping, MappingError, PRESET_NAMES } from '../src/lib/import/mapping.ts';
import { planImport } from '../src/lib/import/plan.ts';
import { summarize } from '../src/lib/import/summary.ts';
import { readTable, TableError } from '../src/lib/import/table.ts';
import { writeAll } from '../src/lib/import/write.ts';
import { todayUtc } from '../src/lib/pipeline.ts';

const usage = `usage: npm run import -- inventory <file.csv|file.xlsx> [--preset ${PRESET_NAMES.join('|')}] [--mapping <file.yaml>] [--dry-run] [--content <dir>] [--owner <person>]`;

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		preset: { type: 'string' },
		mapping: { type: 'string' },
		'dry-run': { type: 'boolean', default: false },
		content: { type: 'string', default: 'src/content' },
		owner: { type: 'string' },
		sheet: { type: 'string' },
		'as-of': { type: 'string' },
	},
});

const [kind, file] = positionals;
if (kind !== 'inventory' || !file) {
	console.error(kind && kind !== 'inventory' ? `cannot import "${kind}"; only "inventory" can be imported\n${usage}` : usage);
	process.exit(2);
}
if (values.preset && values.mapping) {
	console.error('give --preset or --mapping, not both: a mapping file is a complete layout');
	process.exit(2);
}

try {
	const started = performance.now();
	const mapping = loadMapping({ preset: values.preset, file: values.mapping });
	const table = await readTable(readFileSync(file), file, values.sheet);
	const asOf = values['as-of'] ?? todayUtc();
	const plan = planImport(table, mapping, { root: process.cwd(), contentDir: values.content, asOf, owner: values.owner });
	console.log(summarize(plan, table, { file: basename(file), mapping: values.mapping ?? values.preset ?? 'generic', dryRun: values['dry-run'] }));
	if (plan.errors.length) process.exit(1);
	if (!values['dry-run']) writeAll(plan.files.filter((f) => f.status !== 'unchanged'));
	console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s. Next: fill in each "TODO: from import", then npm run check and npm run report.`);
} catch (error) {
	if (error instanceof MappingError || error instanceof TableError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
		console.error((error as Error).message);
		process.exit(1);
	}
	throw error;
}
