/**
 * The versions git has seen a controlled document at: every commit that set a document's
 * `version:` line, from one `git log -p` over the content directory. The document-control
 * rule compares them with the revision table the content declares, so a version bump that
 * reached the repository without a recorded approval cannot go unnoticed.
 */
import { spawnSync } from 'node:child_process';
import { posix, relative, sep } from 'node:path';

export interface RecordedVersion {
	/** Project-root path of the file, forward slashes. */
	file: string;
	/** Spaces before `version:`: 0 for a policy's front matter, 2 for the SoA block in organization.yaml. */
	indent: number;
	version: string;
	hash: string;
	/** Author date, YYYY-MM-DD. */
	date: string;
}

const RS = '\x1e';
const US = '\x1f';
const VERSION_LINE = /^\+( {0,2})version:\s*["']?(\d+\.\d+(?:\.\d+)?)["']?\s*$/;

/** Parses `git log -p --format=<RS>%H<US>%as` output; paths are made project-root relative with `prefix`. */
export function parseVersionLog(output: string, prefix = ''): RecordedVersion[] {
	const found: RecordedVersion[] = [];
	for (const record of output.split(RS).slice(1)) {
		const [header = '', ...lines] = record.split('\n');
		const [hash = '', date = ''] = header.split(US);
		let file: string | undefined;
		for (const line of lines) {
			if (line.startsWith('+++ ')) {
				const path = line.slice(4).replace(/^b\//, '');
				file = path === '/dev/null' ? undefined : posix.join(prefix || '.', path);
				continue;
			}
			const match = file ? VERSION_LINE.exec(line) : null;
			if (match && file)
				found.push({ file, indent: match[1]!.length, version: match[2]!, hash, date });
		}
	}
	return found;
}

/** Every version line git recorded under `contentDir`; empty outside a repository or without git. */
export function recordedVersions(contentDir: string, root: string): RecordedVersion[] {
	const result = spawnSync(
		'git',
		[
			'-c',
			'core.quotePath=false',
			'log',
			'-p',
			'--no-color',
			'--no-ext-diff',
			'--relative',
			'-U0',
			`--format=${RS}%H${US}%as`,
			'-G',
			'^ {0,2}version:',
			'--',
			'policies',
			'organization',
		],
		{
			cwd: contentDir,
			encoding: 'utf8',
			maxBuffer: 256 * 1024 * 1024,
		},
	);
	if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') return [];
	if (result.error) throw new Error(`git log failed in ${contentDir}`, { cause: result.error });
	if (result.status !== 0) {
		if (/not a git repository|does not have any commits/i.test(result.stderr)) return [];
		throw new Error(`git log failed in ${contentDir}: ${result.stderr.trim()}`);
	}
	return parseVersionLog(result.stdout, relative(root, contentDir).split(sep).join('/'));
}
