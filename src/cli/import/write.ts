/**
 * Writes a plan all or nothing: every file goes to a temporary sibling first, and only when all
 * of them are on disk are they renamed into place (a rename within a folder is atomic). A
 * failure before the renames leaves the content exactly as it was.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface FileToWrite {
	path: string;
	content: string;
}

/** Writes every file, or none (see the module comment). */
export function writeAll(files: readonly FileToWrite[]): void {
	const temps: { temp: string; path: string }[] = [];
	try {
		for (const { path, content } of files) {
			mkdirSync(dirname(path), { recursive: true });
			// A leading dot keeps a stray temporary file out of the loader's way if the process dies.
			const temp = `${dirname(path)}/.${path.slice(dirname(path).length + 1)}.${process.pid}.tmp`;
			writeFileSync(temp, content);
			temps.push({ temp, path });
		}
	} catch (error) {
		for (const { temp } of temps) rmSync(temp, { force: true });
		throw new Error(
			`could not write the imported files; nothing was changed (${error instanceof Error ? error.message : String(error)})`,
			{ cause: error },
		);
	}
	for (const { temp, path } of temps) renameSync(temp, path);
}
