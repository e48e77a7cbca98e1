/** Builds throwaway content trees for tests: a valid base, with files added, changed or removed. */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '../..');
export const MINIMAL = join(PROJECT, 'tests/fixtures/minimal');
export const EXAMPLE = join(PROJECT, 'src/content');
export const TMP = join(PROJECT, 'tests/.tmp');

/**
 * A project-shaped folder `<TMP>/<name>/` whose `src/content/` is a copy of `base`, so that
 * diagnostics read `src/content/...` exactly as an author sees them. `public/` is copied too.
 */
export function contentTree(name: string, base = MINIMAL): { root: string; content: string } {
	const root = join(TMP, name);
	const content = join(root, 'src/content');
	rmSync(root, { recursive: true, force: true });
	mkdirSync(content, { recursive: true });
	cpSync(base, content, { recursive: true });
	// The site's static files, which content refers to (the organisation's logo).
	cpSync(join(PROJECT, 'public'), join(root, 'public'), { recursive: true });
	return { root, content };
}

export function writeContent(content: string, path: string, data: string | Uint8Array): void {
	const file = join(content, path);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, data);
}
