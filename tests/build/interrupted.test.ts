/**
 * Builds are atomic and clean up after themselves: a build stopped part-way (SIGTERM, or
 * SIGKILL, which no process can catch) leaves the previous dist/ byte-for-byte as it was, no
 * staging folder inside dist/ and no checked-content file (every audience's entries) in
 * node_modules/.astro; the next build sweeps what a SIGKILL left and succeeds. Two builds
 * started at once in one checkout: one is refused in one line, the other builds. The
 * previous dist/ is a copy of the example organisation's build.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { AS_OF, listFiles } from '../helpers/build.ts';
import { MINIMAL, PROJECT, TMP } from '../helpers/content.ts';

const SITES = ['handbook', 'trust', 'trust-private'];
const digest = (dir: string) =>
	Object.fromEntries(
		listFiles(dir).map((file) => [
			file,
			createHash('sha256')
				.update(readFileSync(join(dir, file)))
				.digest('hex'),
		]),
	);

interface Running {
	pid: number;
	/** Resolves once `text` has appeared in the build's output. */
	seen(text: string): Promise<void>;
	done: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
	kill(signal: NodeJS.Signals): void;
}

function startBuild(out: string, args: string[] = []): Running {
	const child = spawn(
		process.execPath,
		['scripts/build.ts', '--content', MINIMAL, '--out', out, ...args],
		{ cwd: PROJECT, env: { ...process.env, AIMS_AS_OF: AS_OF } },
	);
	let output = '';
	const waiting: { text: string; resolve: () => void }[] = [];
	const collect = (chunk: Buffer) => {
		output += chunk.toString();
		for (const w of waiting.filter((w) => output.includes(w.text))) {
			waiting.splice(waiting.indexOf(w), 1);
			w.resolve();
		}
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>(
		(resolve) => child.on('close', (code, signal) => resolve({ code, signal, output })),
	);
	return {
		pid: child.pid!,
		seen: (text) =>
			output.includes(text)
				? Promise.resolve()
				: new Promise((resolve, reject) => {
						waiting.push({ text, resolve });
						void done.then(() =>
							reject(new Error(`the build ended before printing "${text}":\n${output}`)),
						);
					}),
		done,
		kill: (signal) => child.kill(signal),
	};
}

let out: string;
let before: Record<string, string>;
const staging = (pid: number) => join(dirname(out), `.${basename(out)}.staging-${pid}`);
const checkedFolders = (pid: number) =>
	readdirSync(tmpdir()).filter((name) => name.startsWith(`aims-checked-${pid}-`));
const checkedInCaches = () =>
	readdirSync(join(PROJECT, 'node_modules/.astro')).filter((name) => /^checked-.*\.v8$/.test(name));

function expectPreviousDistIntact(): void {
	expect(readdirSync(out).sort()).toEqual(SITES);
	expect(digest(out)).toEqual(before);
	expect(checkedInCaches()).toEqual([]);
}

beforeAll(() => {
	out = join(TMP, 'interrupted/dist');
	rmSync(join(TMP, 'interrupted'), { recursive: true, force: true });
	cpSync(inject('exampleDist'), out, { recursive: true });
	before = digest(out);
});

describe('a build stopped part-way', () => {
	test('by SIGTERM cleans up everything and leaves the previous dist/ untouched', async () => {
		const build = startBuild(out);
		await build.seen('built handbook in');
		build.kill('SIGTERM');
		const { code, output } = await build.done;
		expect(code, output).toBe(143);
		expect(output).toContain('Build stopped (SIGTERM); the previous');
		expectPreviousDistIntact();
		expect(existsSync(staging(build.pid))).toBe(false);
		expect(checkedFolders(build.pid)).toEqual([]);
		expect(existsSync(join(PROJECT, 'node_modules/.astro/build.lock'))).toBe(false);
	});

	test('by SIGKILL leaves the previous dist/ untouched, and the next build sweeps its leftovers and succeeds', async () => {
		const killed = startBuild(out);
		await killed.seen('built handbook in');
		killed.kill('SIGKILL');
		const { signal } = await killed.done;
		expect(signal).toBe('SIGKILL');
		expectPreviousDistIntact();
		// What a process killed outright cannot remove: outside dist/ and node_modules/.astro.
		expect(existsSync(staging(killed.pid))).toBe(true);
		expect(checkedFolders(killed.pid)).toHaveLength(1);

		const next = startBuild(out, ['--site', 'trust']);
		const result = await next.done;
		expect(result.code, result.output).toBe(0);
		expect(existsSync(staging(killed.pid))).toBe(false);
		expect(checkedFolders(killed.pid)).toEqual([]);
		expect(existsSync(staging(next.pid))).toBe(false);
		expect(checkedFolders(next.pid)).toEqual([]);
		expect(readdirSync(out).sort()).toEqual(SITES);
		// The trust center is the new (minimal) one; the other two sites are as they were.
		expect(readFileSync(join(out, 'trust/index.html'), 'utf8')).toContain('Minimal');
		const untouched = (files: Record<string, string>) =>
			Object.fromEntries(Object.entries(files).filter(([file]) => !file.startsWith('trust/')));
		expect(untouched(digest(out))).toEqual(untouched(before));
		expect(checkedInCaches()).toEqual([]);
	});
});

describe('two builds started at once in one checkout', () => {
	test('one is refused in one line, the other builds', async () => {
		const builds = [startBuild(out, ['--site', 'trust']), startBuild(out, ['--site', 'trust'])];
		const results = await Promise.all(builds.map((b) => b.done));
		const refused = results.filter((r) => r.code === 2);
		const built = results.filter((r) => r.code === 0);
		expect(refused, results.map((r) => r.output).join('\n----\n')).toHaveLength(1);
		expect(built).toHaveLength(1);
		expect(refused[0]!.output).toMatch(
			/^Another build \(process \d+\) is running in this checkout; wait for it to finish and build again\. If no build is running, remove \S+build\.lock\.\n$/,
		);
		expect(built[0]!.output).toContain('sites written to');
		expect(readdirSync(out).sort()).toEqual(SITES);
		for (const b of builds) expect(existsSync(staging(b.pid))).toBe(false);
	});
});
