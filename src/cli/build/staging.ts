/**
 * Where a build puts its sites until all of them have built: a sibling of the output folder
 * (`dist` → `.dist.staging-<pid>`), on the same file system so the final rename is atomic, and
 * never inside the output folder a deploy step publishes. A build killed before it could
 * clean up (SIGKILL) leaves its staging folder; the next build removes every one whose
 * process is no longer running.
 */
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isAlive } from '../../lib/processes.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function stagingDir(out: string, pid = process.pid): string {
	return join(dirname(out), `.${basename(out)}.staging-${pid}`);
}

/** Removes the staging folders of `out` left by builds that are no longer running; returns their paths. */
export function sweepStaging(out: string, alive: (pid: number) => boolean = isAlive): string[] {
	const pattern = new RegExp(`^\\.${escape(basename(out))}\\.staging-(\\d+)$`);
	const removed: string[] = [];
	let names: string[];
	try {
		names = readdirSync(dirname(out));
	} catch {
		return removed;
	}
	for (const name of names.sort()) {
		const pid = pattern.exec(name)?.[1];
		if (pid === undefined || alive(Number(pid))) continue;
		const path = join(dirname(out), name);
		rmSync(path, { recursive: true, force: true });
		removed.push(path);
	}
	return removed;
}
