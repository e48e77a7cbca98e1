/**
 * Every command answers --help with its usage and exits 0 before doing any work, and turns a
 * bad argument into one line on stderr (exit 2), never a stack trace.
 */
import { describe, expect, test } from 'vitest';
import { run } from './_run.ts';

const COMMANDS = [
	'check',
	'build',
	'dev',
	'new',
	'report',
	'import',
	'answer',
	'docs',
	'bench',
	'init',
] as const;

describe.each(COMMANDS)('npm run %s', (name) => {
	test('--help prints the usage and exits 0', () => {
		const result = run(`${name}.ts`, ['--help']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(
			new RegExp(`^(npm run ${name}: .+\\n\\nusage:\\n {2}npm run ${name}|Usage: npm run ${name})`),
		);
		expect(result.stdout).toContain('--help');
	});

	test('an unknown option is one line on stderr, exit 2', () => {
		const result = run(`${name}.ts`, ['--no-such-option']);
		expect(result.status).toBe(2);
		const lines = result.stderr.trimEnd().split('\n');
		expect(lines[0]).toMatch(/no-such-option/);
		expect(result.stderr).not.toMatch(/\n\s+at /);
		// answer prints its usage under the error line; the others point to --help.
		if (name !== 'answer') expect(lines).toHaveLength(1);
	});
});

test('a value outside an option’s choices names the choices', () => {
	expect(run('import.ts', ['inventory', 'x.csv', '--preset', 'omb-2023'])).toMatchObject({
		status: 2,
		stderr:
			'npm run import: --preset must be one of generic, omb-2024, omb-2025, not "omb-2023" (see npm run import -- --help)\n',
	});
	expect(run('build.ts', ['--site', 'nope'])).toMatchObject({
		status: 2,
		stderr: expect.stringContaining('--site must be one of'),
	});
	expect(run('import.ts', ['inventory'])).toMatchObject({
		status: 2,
		stderr: expect.stringContaining(
			'npm run import: missing argument; usage: npm run import -- inventory <file.csv|file.xlsx> [options]',
		),
	});
	expect(run('import.ts', ['inventory', 'missing.csv'])).toMatchObject({
		status: 1,
		stderr: 'missing.csv: cannot read it (no such file); give the path of the inventory file\n',
	});
});
