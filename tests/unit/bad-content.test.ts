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
import { caseTree, CORPUS, corpusCases } from '../helpers/bad-corpus.ts';

const AS_OF = '2026-11-28';

function runCase(name: string) {
	const { root, spec } = caseTree(name);
	const result = checkContent({ root, asOf: AS_OF });
	return { result, spec, output: result.diagnostics.map(formatDiagnostic).join('\n'), dir: join(CORPUS, name) };
}

const cases = corpusCases();

describe('bad content corpus', () => {
	test('covers every kind of breakage the rules promise to catch', () => {
		expect(cases.length).toBeGreaterThanOrEqual(20);
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
