/**
 * `npm run new -- <type> "<title>"`: scaffolds an entry that passes `npm run check`, with a
 * comment from the schema above every field, and says what to fill in.
 *   --requirement <id>   for a control: the Annex A control or clause it covers (A.6.2.4, 6.1.3)
 *   --content <dir>      content directory (default src/content)
 * Exit 0 when the file was created, 1 when it was refused (it exists, or bad input), 2 on bad usage.
 */
import { resolve } from 'node:path';
import { parseCli } from '../src/cli/args.ts';
import { todayUtc } from '../src/lib/pipeline.ts';
import { resolveCollection } from '../src/cli/scaffold/collections.ts';
import { scaffold, ScaffoldError } from '../src/cli/scaffold/scaffold.ts';
import { writeAll } from '../src/cli/import/write.ts';

const { values, positionals } = parseCli<{ requirement?: string; content: string }>({
	name: 'new',
	summary: 'scaffold an entry that passes npm run check, with every field explained',
	usage: [
		'<type> "<title>"   for example: npm run new -- system "Claims triage"',
		'control --requirement A.6.2.4',
	],
	positionals: { max: Infinity },
	options: {
		requirement: {
			type: 'string',
			value: '<id>',
			description: 'for a control: the Annex A control or clause it covers (A.6.2.4, 6.1.3)',
		},
		content: {
			type: 'string',
			default: 'src/content',
			value: '<dir>',
			description: 'content directory',
		},
	},
	notes: [
		'Exit 0 when the file was created, 1 when it was refused (it exists, or bad input), 2 on bad usage.',
	],
});

const [type, ...words] = positionals;
if (!type) {
	console.error(
		'usage: npm run new -- <type> "<title>"   for example: npm run new -- system "Claims triage"\n       npm run new -- control --requirement A.6.2.4',
	);
	process.exit(2);
}
const resolved = resolveCollection(type);
if ('error' in resolved) {
	console.error(resolved.error);
	process.exit(2);
}

try {
	const root = process.cwd();
	const result = scaffold({
		collection: resolved.collection,
		title: words.join(' ') || undefined,
		requirement: values.requirement,
		asOf: todayUtc(),
		root,
		contentDir: resolve(root, values.content),
	});
	writeAll(result.files);
	for (const f of result.files) console.log(`created ${f.file}`);
	if (result.fill.length) {
		console.log('\nFill in (they say TODO):');
		for (const { field, about } of result.fill) console.log(`  ${field}: ${about}`);
	}
	if (result.check.length) {
		console.log('\nCheck these placeholders:');
		for (const { field, value } of result.check)
			console.log(`  ${field}: ${JSON.stringify(value)}`);
	}
	console.log('\nThen run npm run check.');
} catch (error) {
	if (!(error instanceof ScaffoldError)) throw error;
	console.error(error.message);
	process.exit(1);
}
