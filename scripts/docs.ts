/**
 * `node scripts/docs.ts`: writes docs/fields.md, the field reference, from the schemas.
 *   --check   write nothing; exit 1 if docs/fields.md is out of date (for CI)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCli } from '../src/cli/args.ts';
import { fieldReference } from '../src/cli/scaffold/field-reference.ts';

const { values } = parseCli({
	name: 'docs',
	summary: 'write docs/fields.md, the field reference, from the schemas',
	usage: ['[--check]'],
	options: {
		check: {
			type: 'boolean',
			default: false,
			description: 'write nothing; exit 1 if docs/fields.md is out of date (for CI)',
		},
	},
});
const file = join(import.meta.dirname, '..', 'docs', 'fields.md');
const text = fieldReference();

if (values.check) {
	let current = '';
	try {
		current = readFileSync(file, 'utf8');
	} catch {}
	if (current !== text) {
		console.error(
			'docs/fields.md is out of date with the schemas; run node scripts/docs.ts and commit the result',
		);
		process.exit(1);
	}
	console.log('docs/fields.md is up to date');
} else {
	writeFileSync(file, text);
	console.log('wrote docs/fields.md');
}
