/**
 * Change history of content files from git, for the handbook's “change history” and “last
 * updated”. One `git log` over the whole content directory per build, parsed into a map
 * file → commits: one git process per page would cost minutes on a 10,000-system inventory.
 * Content outside a git repository (a copy in tests/.tmp, an unpacked tarball) has no history,
 * which pages show as “No recorded changes”; any other git failure fails the build.
 */
import { spawnSync } from 'node:child_process';
import { posix, relative, resolve, sep } from 'node:path';

export interface Commit {
	hash: string;
	/** Author date, YYYY-MM-DD, as recorded in the commit: no dependence on the build machine. */
	date: string;
	author: string;
	/** First line of the message. */
	subject: string;
}

/** Files (relative to the project root, forward slashes) → their commits, newest first. */
export type History = ReadonlyMap<string, readonly Commit[]>;

// Record and unit separators cannot occur in a subject line or an author name.
const RS = '\x1e';
const US = '\x1f';
export const LOG_FORMAT = `${RS}%H${US}%as${US}%an${US}%s`;

/**
 * Parses `git log --name-only --format=<LOG_FORMAT>` output. Paths in the output are relative
 * to the directory git ran in (`--relative`); `prefix` turns them into project-root paths.
 */
export function parseLog(output: string, prefix = ''): Map<string, Commit[]> {
	const history = new Map<string, Commit[]>();
	for (const record of output.split(RS).slice(1)) {
		const [header = '', ...files] = record.split('\n');
		const [hash = '', date = '', author = '', subject = ''] = header.split(US);
		const commit: Commit = { hash, date, author, subject };
		for (const file of files) {
			if (!file.trim()) continue;
			const key = prefix ? posix.join(prefix, file) : file;
			const list = history.get(key);
			if (list) list.push(commit);
			else history.set(key, [commit]);
		}
	}
	return history;
}

const NO_REPOSITORY = /not a git repository/i;

/** Runs the one `git log` for a content directory. */
export function readHistory(contentDir: string, root: string): Map<string, Commit[]> {
	const result = spawnSync(
		'git',
		[
			'-c',
			'core.quotePath=false',
			'log',
			'--no-color',
			'--name-only',
			'--relative',
			`--format=${LOG_FORMAT}`,
			'--',
			'.',
		],
		{
			cwd: contentDir,
			encoding: 'utf8',
			maxBuffer: 1024 * 1024 * 1024,
		},
	);
	// No git on the machine, or content outside any repository: nothing was ever recorded.
	if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
	if (result.error) throw new Error(`git log failed in ${contentDir}`, { cause: result.error });
	if (result.status !== 0) {
		// A repository without commits yet says “does not have any commits”; also no history.
		if (NO_REPOSITORY.test(result.stderr) || /does not have any commits/.test(result.stderr))
			return new Map();
		throw new Error(`git log failed in ${contentDir}: ${result.stderr.trim()}`);
	}
	return parseLog(result.stdout, relative(root, contentDir).split(sep).join('/'));
}

let cached: { key: string; history: Map<string, Commit[]> } | undefined;

/** The history of the content being built, read once per process. */
export function contentHistory(
	root = process.cwd(),
	contentDir = process.env.AIMS_CONTENT_DIR ?? 'src/content',
): History {
	const dir = resolve(root, contentDir);
	const key = `${root}\0${dir}`;
	if (cached?.key !== key) cached = { key, history: readHistory(dir, root) };
	return cached.history;
}

/** The commits that touched one file, newest first; empty when it has none. */
export function commitsOf(file: string, history: History = contentHistory()): readonly Commit[] {
	return history.get(file) ?? [];
}
