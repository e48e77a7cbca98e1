/**
 * No input ends in a stack trace: the real CLI (`node scripts/check.ts`, as `npm run check`
 * runs it) over every case of the bad-content corpus, each built as the corpus test builds
 * it, must fail with diagnostics only. Then the day the checks run as of: a bad AIMS_AS_OF is
 * one line and exit status 2, for the check and for the build alike.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { caseTree, corpusCases } from '../helpers/bad-corpus.ts';
import { MINIMAL, PROJECT } from '../helpers/content.ts';

const STACK = /^\s+at .+:\d+/m;

function run(script: string, args: string[], cwd: string, asOf = '2026-11-28') {
	const result = spawnSync(process.execPath, [join(PROJECT, script), ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, AIMS_AS_OF: asOf },
		timeout: 120_000,
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the check CLI over the bad-content corpus', () => {
	test.each(corpusCases())('%s fails with diagnostics, never a stack trace', (name) => {
		const { root, spec } = caseTree(name, 'bad-cli');
		const { status, output } = run('scripts/check.ts', spec.strict ? ['--strict'] : [], root);
		expect(output).not.toMatch(STACK);
		expect(output).not.toContain('node:internal');
		expect(status, output).toBe(1);
		expect(output).toMatch(spec.strict ? /^warning src\/content\//m : /^error src\/content\//m);
	});
});

describe('AIMS_AS_OF is a real calendar date', () => {
	const cases = [
		['2026-13-45', 'AIMS_AS_OF: "2026-13-45" is not a real calendar date; check the day and month'],
		['2026-02-31', 'AIMS_AS_OF: "2026-02-31" is not a real calendar date; check the day and month'],
		[
			'yesterday',
			'AIMS_AS_OF: "yesterday" must be a date written YYYY-MM-DD, for example 2026-03-31',
		],
		[
			'2026-1-5',
			'AIMS_AS_OF: "2026-1-5" must be a date written YYYY-MM-DD, for example 2026-03-31',
		],
	] as const;

	test.each(cases)('npm run check refuses %s in one line, exit status 2', (asOf, message) => {
		const { status, output } = run('scripts/check.ts', ['--content', MINIMAL], PROJECT, asOf);
		expect(output.trim()).toBe(message);
		expect(status).toBe(2);
	});

	test.each(cases)('npm run build refuses %s before it starts, exit status 2', (asOf, message) => {
		const out = join(PROJECT, 'tests/.tmp/as-of-build/dist');
		const { status, output } = run(
			'scripts/build.ts',
			['--content', MINIMAL, '--out', out],
			PROJECT,
			asOf,
		);
		expect(output.trim()).toBe(message);
		expect(status).toBe(2);
	});

	test('a leap day is a real date', () => {
		const { status, output } = run(
			'scripts/check.ts',
			['--content', MINIMAL],
			PROJECT,
			'2028-02-29',
		);
		expect(output).toContain('entries checked as of 2028-02-29: 0 errors');
		expect(status).toBe(0);
	});
});
