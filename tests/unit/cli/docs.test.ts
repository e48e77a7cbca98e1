/** docs/fields.md is generated from the schemas, and must be regenerated when they change. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fieldReference } from '../../../src/cli/scaffold/field-reference.ts';
import { COLLECTION_NAMES, COLLECTIONS } from '../../../src/lib/schemas/index.ts';
import { PROJECT } from '../../helpers/content.ts';

test('docs/fields.md matches the schemas (run `node scripts/docs.ts` after changing a schema)', () => {
	expect(readFileSync(join(PROJECT, 'docs/fields.md'), 'utf8')).toBe(fieldReference());
});

test('the reference holds every collection and quotes the schema descriptions', () => {
	const text = fieldReference();
	for (const name of COLLECTION_NAMES) expect(text).toContain(`\n## ${name}\n`);
	expect(text).toContain(
		`| \`euAiAct.tier\` | yes | \`prohibited\`, \`high-risk-annex-i\`, \`high-risk-annex-iii\`, \`annex-iii-not-high-risk\`, \`minimal\`, \`out-of-scope\` | ${COLLECTIONS.systems.schema.shape.euAiAct.shape.tier.description} |`,
	);
	expect(text).toContain(
		'| `owner` | yes | identifier in people | System owner: answers for it day to day. *staff only* |',
	);
	expect(text).toContain(
		'| `implementation` | no | text | How it is implemented, for NDA readers and auditors. *NDA* |',
	);
	expect(text).toContain('| `harms[].severity` | yes | `low`, `medium`, `high`, `critical` |');
});

test('`node scripts/docs.ts --check` agrees with the committed file', () => {
	const result = spawnSync(process.execPath, ['scripts/docs.ts', '--check'], {
		cwd: PROJECT,
		encoding: 'utf8',
	});
	expect(result.status).toBe(0);
	expect(result.stdout).toContain('docs/fields.md is up to date');
});
