/** Runs the real build (`scripts/build.ts`) the way `npm run build` does. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { join, relative } from 'node:path';
import { PROJECT } from './content.ts';

export const AS_OF = '2026-11-28';

export function build(
	content: string,
	out: string,
	extraEnv: Record<string, string> = {},
	args: string[] = [],
): { status: number | null; output: string; pid: number } {
	const result = spawnSync(
		process.execPath,
		['scripts/build.ts', '--content', content, '--out', out, ...args],
		{
			cwd: PROJECT,
			encoding: 'utf8',
			env: { ...process.env, AIMS_AS_OF: AS_OF, ...extraEnv },
		},
	);
	return { status: result.status, output: `${result.stdout}${result.stderr}`, pid: result.pid };
}

/** Every file under `dir`, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile())
		.map((d) => relative(dir, join(d.parentPath, d.name)))
		.sort();
}

/**
 * A file's bytes as text for scanning. Pagefind's index and fragments are gzip-compressed and
 * an XLSX workbook is a deflated zip, so compressed files are read decompressed (a zip as the
 * text of all its entries, in name order): a scan of their raw bytes would find nothing.
 */
export function readText(dir: string, file: string): string {
	const bytes = readFileSync(join(dir, file));
	const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
	if (isGzip) return gunzipSync(bytes).toString('utf8');
	const isZip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
	if (isZip) {
		const entries = unzipSync(bytes);
		return Object.keys(entries)
			.sort()
			.map((name) => strFromU8(entries[name]!))
			.join('\n');
	}
	return bytes.toString('utf8');
}
