/**
 * Hands one build's checked content to every site's Astro process. `npm run build` checks the
 * content once, before any site renders, and writes the result here; each site's loader reads
 * it instead of loading, validating and running the rules again (about 1 s per site at 1,000
 * systems, 10 s at 10,000). V8's serializer keeps the parsed entries exactly as checked:
 * plain objects, arrays, strings, numbers and dates. Only `lineOf`, a function over the
 * source's syntax tree, stays behind: the diagnostics that need line numbers are already
 * written, so handed entries answer "unknown line".
 *
 * The file holds every audience's content, so it never sits where a deploy step or another
 * user could pick it up: it lives in a private temporary folder of its own (mkdtemp, mode
 * 0700; the file 0600), the build removes it on every exit path, and a build killed before it
 * could (SIGKILL) has its folder swept by the next one.
 */
import {
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { isAlive } from './processes.ts';
import type { CheckedContent } from './pipeline.ts';

/** `aims-checked-<pid>-XXXXXX`: the pid says whether the build that made it still runs. */
const PREFIX = 'aims-checked-';
const OWNED = /^aims-checked-(\d+)-[A-Za-z0-9]{6}$/;

/** A new private folder for this process's checked content; returns the file's path inside it (not yet written). */
export function createCheckedFile(pid = process.pid, dir = tmpdir()): string {
	return join(mkdtempSync(join(dir, `${PREFIX}${pid}-`)), 'checked.v8');
}

/** Removes the checked file's private folder. Safe to call more than once. */
export function removeCheckedFile(file: string): void {
	const dir = join(file, '..');
	if (OWNED.test(dir.slice(dir.lastIndexOf('/') + 1)))
		rmSync(dir, { recursive: true, force: true });
	else rmSync(file, { force: true });
}

/** Removes the checked-content folders of builds that are no longer running (this user's only); returns their paths. */
export function sweepCheckedFiles(
	dir = tmpdir(),
	alive: (pid: number) => boolean = isAlive,
): string[] {
	const removed: string[] = [];
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return removed;
	}
	const uid = process.getuid?.();
	for (const name of names.sort()) {
		const pid = OWNED.exec(name)?.[1];
		if (pid === undefined || alive(Number(pid))) continue;
		const path = join(dir, name);
		try {
			if (uid !== undefined && statSync(path).uid !== uid) continue;
			rmSync(path, { recursive: true, force: true });
			removed.push(path);
		} catch {
			// Gone already, or not ours to remove.
		}
	}
	return removed;
}

const unknownLine = () => undefined;

/** The environment variable that names the file, set by scripts/build.ts for its Astro children. */
export const CHECKED_FILE_ENV = 'AIMS_CHECKED_FILE';

/**
 * Set by scripts/build.ts for the sites it starts early: the file a site's process waits for
 * before it reads any content, while it loads Astro meanwhile. The first site waits for the
 * checked file itself (the check writes it only when the content has no error), each other
 * site for its turn, which the build gives when the site before it has finished. The build
 * stops every waiting site when the check or a site fails.
 */
export const CHECKED_FILE_WAIT_ENV = 'AIMS_CHECKED_FILE_WAIT';

/** Writes the checked content; the file appears whole or not at all (written aside, then renamed). */
export function writeCheckedFile(file: string, checked: CheckedContent): void {
	const partial = `${file}.partial`;
	writeFileSync(
		partial,
		serialize({ ...checked, entries: checked.entries.map(({ lineOf: _, ...entry }) => entry) }),
		{ mode: 0o600 },
	);
	renameSync(partial, file);
}

/** Resolves once the file the build said to wait for exists; at once when it said none. */
export async function checkedFileReady(
	env: Record<string, string | undefined> = process.env,
	pollMs = 25,
): Promise<void> {
	const file = env[CHECKED_FILE_WAIT_ENV];
	if (!file || !env[CHECKED_FILE_ENV]) return;
	while (!existsSync(file)) {
		// The build removes the private folder on every exit path: it will never come.
		if (!existsSync(dirname(file)))
			throw new Error(
				`${dirname(file)} is gone: the build that started this site has ended; run npm run build again`,
			);
		await sleep(pollMs);
	}
}

/** The checked content the build handed over, if it did. */
export function readCheckedFile(
	env: Record<string, string | undefined> = process.env,
): CheckedContent | undefined {
	const file = env[CHECKED_FILE_ENV];
	if (!file) return undefined;
	const checked = deserialize(readFileSync(file)) as CheckedContent;
	for (const entry of checked.entries) entry.lineOf = unknownLine;
	return checked;
}
