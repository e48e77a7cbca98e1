/**
 * The bad-input corpus: each folder under tests/fixtures/bad/ breaks the valid minimal content
 * in one way, and `expected.txt` holds the exact diagnostics `npm run check` must print.
 * Run with UPDATE_EXPECTED=1 to rewrite them after a deliberate wording change, then review
 * the diff: these messages are the product's user interface.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { checkContent } from '../../src/lib/pipeline.ts';
import { RULE_IDS, type RuleId } from '../../src/lib/rule-ids.ts';
import { caseTree, CORPUS, corpusCases } from '../helpers/bad-corpus.ts';
import { PROJECT } from '../helpers/content.ts';

const AS_OF = '2026-11-28';

/**
 * Rules no corpus case can show, and the test that covers each instead: `import` is reported by
 * `npm run import`, never by the check; an unreadable file cannot be made for a test run as root;
 * a missing content folder is refused by the CLI before the check runs; the git cross-check
 * needs a repository with history.
 */
/** What the covering test asserts, where it does not name the rule id itself. */
const COVERED_BY: Partial<Record<RuleId, string>> = {
	import: 'is not a person in people/',
	'import-missing-column': 'has no column',
	'revision-git': '[revision-git]',
};
const ELSEWHERE: Partial<Record<RuleId, string>> = {
	import: 'tests/unit/cli/import.test.ts',
	'import-missing-column': 'tests/unit/cli/import-omb.test.ts',
	'file-read': 'tests/unit/content/inside.test.ts',
	'content-folder': 'tests/unit/content/inside.test.ts',
	'revision-git': 'tests/unit/handbook/document-control.test.ts',
};

function runCase(name: string) {
	const { root, spec } = caseTree(name);
	const result = checkContent({ root, asOf: AS_OF });
	return {
		result,
		spec,
		output: result.diagnostics.map(formatDiagnostic).join('\n'),
		dir: join(CORPUS, name),
	};
}

const cases = corpusCases();

describe('bad content corpus', () => {
	test('has a case for every rule a content check can report', () => {
		const reported = new Set(
			cases.flatMap((name) =>
				[
					...readFileSync(join(CORPUS, name, 'expected.txt'), 'utf8').matchAll(
						/ \[([a-z0-9-]+)\]$/gm,
					),
				].map((m) => m[1]!),
			),
		);
		const checkRules = (Object.keys(RULE_IDS) as RuleId[]).filter((id) => !(id in ELSEWHERE));
		expect(checkRules.filter((id) => !reported.has(id))).toEqual([]);
		for (const [id, file] of Object.entries(ELSEWHERE))
			expect(readFileSync(join(PROJECT, file), 'utf8'), `${file} covers ${id}`).toContain(
				COVERED_BY[id as RuleId] ?? `'${id}'`,
			);
		expect([...reported].filter((id) => !(id in RULE_IDS))).toEqual([]);
	});

	test.each(cases)('%s', (name) => {
		const { result, spec, output, dir } = runCase(name);
		const expectedFile = join(dir, 'expected.txt');
		if (process.env.UPDATE_EXPECTED) writeFileSync(expectedFile, `${output}\n`);
		expect(output).toBe(readFileSync(expectedFile, 'utf8').trimEnd());
		// Every case must fail the check: a corpus entry that passes proves nothing.
		const failing = result.diagnostics.filter((d) => d.severity === 'error' || spec.strict);
		expect(failing.length).toBeGreaterThan(0);
	});
});
