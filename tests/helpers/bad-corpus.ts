/**
 * The bad-input corpus (tests/fixtures/bad/<case>/): each case is the valid minimal content
 * with a `content/` overlay and, in `case.json`, what cannot be committed portably (generated
 * bytes, symbolic links, folders named like entries, named pipes, files outside the content
 * folder). `caseTree` builds a case's project-shaped folder for the check to run on.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { contentTree, PROJECT, writeContent } from './content.ts';

export const CORPUS = join(PROJECT, 'tests/fixtures/bad');

export interface CaseSpec {
	/** Files of the base content to delete. */
	remove?: string[];
	/** Files generated rather than committed: too big, or bytes an editor would mangle. */
	generate?: {
		path: string;
		repeat?: { head: string; line: string; bytes: number };
		base64?: string;
	}[];
	/** Files written beside the content folder (paths relative to the project root: `secret.txt`), for links to point at. */
	outside?: { path: string; text: string }[];
	/** Symbolic links inside the content folder; `target` is written into the link as is (relative to the link's folder, or absolute). */
	symlinks?: { path: string; target: string }[];
	/** Folders created inside the content folder, such as one named like an entry (`people/x.yaml`). */
	dirs?: string[];
	/** Named pipes created inside the content folder. */
	fifos?: string[];
	/** Check under --strict. */
	strict?: boolean;
}

export const corpusCases = (): string[] => readdirSync(CORPUS).sort();

export function readSpec(name: string): CaseSpec {
	const file = join(CORPUS, name, 'case.json');
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CaseSpec) : {};
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile())
		.map((d) => relative(dir, join(d.parentPath, d.name)));
}

/** Builds the case's tree under tests/.tmp/<prefix>/<name>/; returns its root and content folder. */
export function caseTree(
	name: string,
	prefix = 'bad',
): { root: string; content: string; spec: CaseSpec } {
	const dir = join(CORPUS, name);
	const spec = readSpec(name);
	const { root, content } = contentTree(`${prefix}/${name}`);
	for (const path of spec.remove ?? []) rmSync(join(content, path), { recursive: true });
	if (existsSync(join(dir, 'content')))
		for (const path of filesUnder(join(dir, 'content')))
			writeContent(content, path, readFileSync(join(dir, 'content', path)));
	for (const file of spec.generate ?? []) {
		if (file.base64) writeContent(content, file.path, Buffer.from(file.base64, 'base64'));
		if (file.repeat)
			writeContent(
				content,
				file.path,
				file.repeat.head +
					file.repeat.line.repeat(Math.ceil(file.repeat.bytes / file.repeat.line.length)),
			);
	}
	for (const file of spec.outside ?? []) writeContent(root, file.path, file.text);
	for (const path of spec.dirs ?? []) mkdirSync(join(content, path), { recursive: true });
	for (const link of spec.symlinks ?? []) {
		mkdirSync(dirname(join(content, link.path)), { recursive: true });
		rmSync(join(content, link.path), { recursive: true, force: true });
		symlinkSync(link.target, join(content, link.path));
	}
	for (const path of spec.fifos ?? []) {
		mkdirSync(dirname(join(content, path)), { recursive: true });
		execFileSync('mkfifo', [join(content, path)]);
	}
	return { root, content, spec };
}
