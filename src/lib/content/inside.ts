/**
 * The content boundary on disk: a file or folder under the content folder is used only if its
 * real path (symbolic links resolved) lies inside the content folder's real path, and only if
 * it is what it claims to be (a regular file, a folder). Everything else is a problem an
 * author can act on, worded so a diagnostic can say it: it names the link, never the
 * contents of what the link points to. The loader, the document-file rule and the build's
 * document route all ask here, so a file the check refused can never be copied into a site.
 */
import {
	closeSync,
	constants,
	fstatSync,
	lstatSync,
	openSync,
	readSync,
	readlinkSync,
	realpathSync,
	statSync,
} from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';

export type Problem = {
	rule: 'file-link' | 'file-type' | 'file-read' | 'file-size';
	message: string;
	fix: string;
};

export type Looked =
	| { kind: 'file'; real: string; size: number }
	| { kind: 'dir'; real: string }
	| { kind: 'missing' }
	| { kind: 'problem'; problem: Problem };

/** True when `real` is `boundary` itself or a path below it (both already real paths). */
/** What a path that is neither a file nor a folder is, in words. */
function specialFileKind(stats: {
	isFIFO(): boolean;
	isSocket(): boolean;
	isCharacterDevice(): boolean;
	isBlockDevice(): boolean;
}): string {
	if (stats.isFIFO()) return 'a named pipe';
	if (stats.isSocket()) return 'a socket';
	return stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device' : 'not a regular file';
}

export function isWithin(boundary: string, real: string): boolean {
	const rel = relative(boundary, real);
	return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/** The content folder's own real path: the boundary everything else is measured against. */
export function realBoundary(contentDir: string): string {
	return realpathSync.native(contentDir);
}

/** What a link points at, for the message; the target's path only, never its contents. */
function linkTarget(path: string): string {
	try {
		return readlinkSync(path);
	} catch {
		return '(unreadable link)';
	}
}

/** An error's errno code, such as EACCES, if it has one. */
export function errorCode(error: unknown): string | undefined {
	return error && typeof error === 'object' && 'code' in error && typeof error.code === 'string'
		? error.code
		: undefined;
}

/** A read failure as a sentence: why the file could not be read, never its contents. */
export function readProblem(error: unknown): Problem {
	const code = errorCode(error);
	if (code === 'EACCES' || code === 'EPERM')
		return {
			rule: 'file-read',
			message: 'cannot be read: permission denied',
			fix: 'make the file readable by the user that runs the check and the build (chmod a+r), or remove it',
		};
	if (code === 'ENOENT')
		return {
			rule: 'file-read',
			message: 'disappeared while it was being read',
			fix: 'run the check again once nothing else is changing the content folder',
		};
	if (code === 'EISDIR')
		return {
			rule: 'file-type',
			message: 'is a folder, not a file',
			fix: 'content entries are files; move what is inside it out, and remove the folder',
		};
	if (code === 'ELOOP')
		return {
			rule: 'file-link',
			message: 'is a symbolic link that loops back on itself',
			fix: 'replace the link with the file itself',
		};
	return {
		rule: 'file-read',
		message: `cannot be read (${code ?? 'unknown error'})`,
		fix: 'check the file exists and is readable, or remove it',
	};
}

/**
 * What `path` is, judged against `boundary` (the content folder's real path). A symbolic link
 * is followed only to check where it lands: inside the content folder it counts as what it
 * points to, outside (or broken, or looping) it is a problem.
 */
export function look(boundary: string, path: string): Looked {
	let link: boolean;
	try {
		link = lstatSync(path).isSymbolicLink();
	} catch (error) {
		if (errorCode(error) === 'ENOENT') return { kind: 'missing' };
		return { kind: 'problem', problem: readProblem(error) };
	}
	let real: string;
	try {
		// The native call resolves the whole path at once (the JavaScript one lstats every segment).
		real = realpathSync.native(path);
	} catch (error) {
		const code = errorCode(error);
		if (code === 'ENOENT')
			return {
				kind: 'problem',
				problem: {
					rule: 'file-link',
					message: `is a symbolic link to ${linkTarget(path)}, which does not exist`,
					fix: 'replace the link with the file itself, or remove it',
				},
			};
		return { kind: 'problem', problem: readProblem(error) };
	}
	if (!isWithin(boundary, real)) {
		return {
			kind: 'problem',
			problem: {
				rule: 'file-link',
				message: `${link ? `is a symbolic link to ${linkTarget(path)}` : 'lies behind a symbolic link'}, outside the content folder; only files inside it are read`,
				fix: 'copy it into the content folder instead of linking to it',
			},
		};
	}
	let stats;
	try {
		stats = statSync(real);
	} catch (error) {
		return { kind: 'problem', problem: readProblem(error) };
	}
	if (stats.isDirectory()) return { kind: 'dir', real };
	if (!stats.isFile()) {
		const what = specialFileKind(stats);
		return {
			kind: 'problem',
			problem: {
				rule: 'file-type',
				message: `is ${what}, not a regular file`,
				fix: 'content entries and documents are ordinary files; remove it',
			},
		};
	}
	return { kind: 'file', real, size: stats.size };
}

/**
 * Reads a file `look` accepted (or looks first, given a path), at most `limit` bytes (more is
 * reported as `size` only). The file is opened without following a link and without
 * blocking, and checked again once open, so a file swapped for a link or a pipe after `look`
 * is refused rather than read.
 */
export function readInside(
	boundary: string,
	path: string | Looked,
	limit: number,
): { bytes: Buffer; size: number } | { problem: Problem } {
	const looked = typeof path === 'string' ? look(boundary, path) : path;
	if (looked.kind === 'problem') return { problem: looked.problem };
	if (looked.kind === 'missing') return { problem: readProblem({ code: 'ENOENT' }) };
	if (looked.kind === 'dir') return { problem: readProblem({ code: 'EISDIR' }) };
	let fd: number;
	try {
		fd = openSync(looked.real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
	} catch (error) {
		return { problem: readProblem(error) };
	}
	try {
		const stats = fstatSync(fd);
		if (!stats.isFile())
			return {
				problem: {
					rule: 'file-type',
					message: 'is not a regular file',
					fix: 'content entries and documents are ordinary files; remove it',
				},
			};
		if (stats.size > limit) return { bytes: Buffer.alloc(0), size: stats.size };
		const bytes = Buffer.alloc(stats.size);
		let read = 0;
		while (read < bytes.length) {
			const n = readSync(fd, bytes, read, bytes.length - read, read);
			if (n === 0) break;
			read += n;
		}
		return { bytes: bytes.subarray(0, read), size: read };
	} catch (error) {
		return { problem: readProblem(error) };
	} finally {
		closeSync(fd);
	}
}
