/** Runs one of the project's CLIs the way `npm run <name>` does, in a given folder. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from '../../helpers/content.ts';

export const AS_OF = '2026-11-28';

export function run(
	script: string,
	args: string[],
	cwd = PROJECT,
	env: Record<string, string> = {},
) {
	const result = spawnSync(process.execPath, [join(PROJECT, 'scripts', script), ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, AIMS_AS_OF: AS_OF, ...env },
	});
	// No timing here: tests assert what a command does, `npm run bench -- --tools` how fast.
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One hash over every file under `dir` (names and bytes), to prove a tree did not change. */
export function treeHash(dir: string): string {
	const hash = createHash('sha256');
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile())
		.map((d) => join(d.parentPath, d.name))
		.sort()) {
		hash.update(entry).update(readFileSync(entry));
	}
	return hash.digest('hex');
}
