/**
 * One build at a time per checkout. Two builds in one checkout share Astro's caches under
 * node_modules/.astro/ and would corrupt each other, so the second is refused with a clear
 * message. The lock is a file holding its owner's process id, created exclusively (`wx`); a
 * lock whose owner is no longer running (a build killed with SIGKILL, a crashed machine) is
 * taken over.
 */
import {
	closeSync,
	linkSync,
	mkdirSync,
	openSync,
	readFileSync,
	renameSync,
	rmSync,
	writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { isAlive } from '../../lib/processes.ts';

export class LockedError extends Error {}

export interface Lock {
	file: string;
	/** Removes the lock if it is still ours. Safe to call more than once. */
	release(): void;
}

function ownerOf(file: string): number | undefined {
	try {
		const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
		return Number.isInteger(pid) ? pid : undefined;
	} catch {
		return undefined;
	}
}

const refuse = (owner: number, file: string) =>
	new LockedError(
		`Another build (process ${owner}) is running in this checkout; wait for it to finish and build again. If no build is running, remove ${file}.`,
	);

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Takes the lock at `file` for process `pid`, or throws a `LockedError` naming the running owner. */
export function acquireLock(file: string, pid = process.pid): Lock {
	mkdirSync(dirname(file), { recursive: true });
	for (let attempt = 0; attempt < 5; attempt++) {
		try {
			const fd = openSync(file, 'wx', 0o644);
			try {
				writeSync(fd, `${pid}\n`);
			} finally {
				closeSync(fd);
			}
			return {
				file,
				release: () => {
					if (ownerOf(file) === pid) rmSync(file, { force: true });
				},
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const owner = ownerOf(file);
		if (owner !== undefined && owner !== pid && isAlive(owner)) throw refuse(owner, file);
		// No pid yet: an owner that is just starting may not have written it. Look again.
		if (owner === undefined && attempt === 0) {
			pause(200);
			continue;
		}
		// Its owner is gone: take it over. Moved aside first, so that of two builds taking over
		// at once, the second cannot delete the lock the first has just made.
		const aside = `${file}.stale-${pid}`;
		try {
			renameSync(file, aside);
		} catch {
			continue;
		}
		const moved = ownerOf(aside);
		if (moved !== undefined && moved !== owner && moved !== pid && isAlive(moved)) {
			try {
				linkSync(aside, file);
			} catch {
				// Someone else holds the lock by now; either way this build is refused.
			}
			rmSync(aside, { force: true });
			throw refuse(moved, file);
		}
		rmSync(aside, { force: true });
	}
	throw new LockedError(
		`Could not take the build lock ${file}; remove it if no build is running, and build again.`,
	);
}
