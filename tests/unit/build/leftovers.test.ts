/** The build's lock and the sweeps of what killed builds leave behind. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { acquireLock, LockedError } from '../../../src/cli/build/lock.ts';
import { isAlive } from '../../../src/lib/processes.ts';
import { stagingDir, sweepStaging } from '../../../src/cli/build/staging.ts';
import {
	createCheckedFile,
	removeCheckedFile,
	sweepCheckedFiles,
} from '../../../src/lib/checked-file.ts';
import { TMP } from '../../helpers/content.ts';

const base = join(TMP, 'leftovers');
rmSync(base, { recursive: true, force: true });
mkdirSync(base, { recursive: true });

/** The id of a process that has exited: a real pid no process holds any more. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('the build lock', () => {
	test('is taken, refused to a second build while its owner runs, and released', () => {
		const file = join(base, 'one.lock');
		const lock = acquireLock(file);
		expect(readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
		// Another build: a different pid, while this (running) process holds the lock.
		expect(() => acquireLock(file, process.pid + 1_000_000)).toThrow(
			new LockedError(
				`Another build (process ${process.pid}) is running in this checkout; wait for it to finish and build again. If no build is running, remove ${file}.`,
			),
		);
		lock.release();
		expect(existsSync(file)).toBe(false);
		lock.release();
	});

	test('left by a build that is no longer running is taken over', () => {
		const file = join(base, 'stale.lock');
		const dead = deadPid();
		expect(isAlive(dead)).toBe(false);
		writeFileSync(file, `${dead}\n`);
		const lock = acquireLock(file);
		expect(readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
		lock.release();
	});

	test('that holds no pid at all is taken over after a second look', () => {
		const file = join(base, 'empty.lock');
		writeFileSync(file, '');
		acquireLock(file).release();
		expect(existsSync(file)).toBe(false);
	});
});

describe('staging folders', () => {
	test('sit beside the output folder, never inside it', () => {
		expect(stagingDir('/srv/site/dist', 42)).toBe('/srv/site/.dist.staging-42');
	});

	test('of builds no longer running are swept; a running build keeps its own', () => {
		const out = join(base, 'dist');
		const dead = stagingDir(out, deadPid());
		const live = stagingDir(out, process.pid);
		const unrelated = join(base, '.other.staging-1');
		for (const dir of [out, dead, live, unrelated])
			mkdirSync(join(dir, 'handbook'), { recursive: true });
		expect(sweepStaging(out)).toEqual([dead]);
		expect([existsSync(dead), existsSync(live), existsSync(out), existsSync(unrelated)]).toEqual([
			false,
			true,
			true,
			true,
		]);
	});
});

describe('the checked-content file', () => {
	test('lives in a private folder of its own, removed with it', () => {
		const file = createCheckedFile(process.pid, base);
		writeFileSync(file, 'x', { mode: 0o600 });
		expect(statSync(join(file, '..')).mode & 0o777).toBe(0o700);
		removeCheckedFile(file);
		expect(existsSync(join(file, '..'))).toBe(false);
	});

	test('folders of builds no longer running are swept; a running build keeps its own', () => {
		const dead = createCheckedFile(deadPid(), base);
		const live = createCheckedFile(process.pid, base);
		const other = join(base, 'aims-checked-notapid');
		mkdirSync(other);
		expect(sweepCheckedFiles(base)).toEqual([join(dead, '..')]);
		expect([existsSync(join(dead, '..')), existsSync(join(live, '..')), existsSync(other)]).toEqual(
			[false, true, true],
		);
	});
});
