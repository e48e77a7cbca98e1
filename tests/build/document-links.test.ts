/**
 * A document's file that is a link out of the content folder never reaches a site. The check
 * refuses it (tests/fixtures/bad/document-file-symlink-outside); and should the check be
 * skipped or the file be swapped for a link after it ran, the route that copies document files
 * into a site refuses it again. Absence is proven by scanning the output for the target's text.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeCheckedFile } from '../../src/lib/checked-file.ts';
import { checkContent } from '../../src/lib/pipeline.ts';
import { caseTree } from '../helpers/bad-corpus.ts';
import { AS_OF, build, listFiles, readText } from '../helpers/build.ts';
import { contentTree, PROJECT, writeContent } from '../helpers/content.ts';

const MARKER = 'DOCUMENT-LINK-SECRET-7f3a';

/** One site's `astro build`, as scripts/build.ts runs it, handed an already checked content file. */
function astroBuild(root: string, content: string, checkedFile: string) {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		NODE_ENV: 'production',
		AIMS_SITE: 'trust',
		AIMS_OUT_DIR: join(root, 'dist/trust'),
		AIMS_CONTENT_DIR: content,
		AIMS_CACHE_DIR: join(root, 'cache'),
		AIMS_SEARCH_INDEX: 'after',
		AIMS_CHECKED_FILE: checkedFile,
		ASTRO_TELEMETRY_DISABLED: '1',
		AIMS_AS_OF: AS_OF,
	};
	for (const name of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete env[name];
	const result = spawnSync(
		process.execPath,
		[join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'],
		{ cwd: PROJECT, env, encoding: 'utf8' },
	);
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * Checks the content tree and writes the result where a site build reads it, as the build
 * does: from the project root, so entries' file paths are relative to it, as Astro reads them.
 */
function checkAndHand(root: string, content: string): string {
	const checked = checkContent({ root: PROJECT, contentDir: content, asOf: AS_OF });
	expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	const checkedFile = join(root, 'checked.v8');
	writeCheckedFile(checkedFile, checked);
	return checkedFile;
}

const scan = (dir: string) =>
	existsSync(dir) ? listFiles(dir).filter((file) => readText(dir, file).includes(MARKER)) : [];

describe('a document file linked to a file outside the content folder', () => {
	test('fails the build at the check, and nothing is published', () => {
		const { root, content } = caseTree('document-file-symlink-outside', 'document-links');
		const out = join(root, 'dist');
		const result = build(content, out);
		expect(result.status, result.output).toBe(1);
		expect(result.output).toContain(
			'documents/files/leak.txt is a symbolic link to ../../../../secret.txt, outside the content folder',
		);
		expect(result.output).not.toContain(MARKER);
		expect(scan(out)).toEqual([]);
	});

	test('swapped in after the check, is refused by the site build itself', () => {
		const { root, content } = contentTree('document-links/swapped');
		writeContent(
			content,
			'documents/leak.yaml',
			'audience: public\ntitle: Model card\ndescription: The model card of our assistant.\nkind: policy\nfile: leak.txt\ndate: "2026-10-15"\n',
		);
		writeContent(content, 'documents/files/leak.txt', 'An ordinary model card.\n');
		const checkedFile = checkAndHand(root, content);
		// After the check: the file becomes a link to a secret beside the content folder.
		writeFileSync(join(root, 'secret.txt'), `${MARKER}\n`);
		rmSync(join(content, 'documents/files/leak.txt'));
		symlinkSync('../../../../secret.txt', join(content, 'documents/files/leak.txt'));

		const { status, output } = astroBuild(root, content, checkedFile);
		expect(status, output).not.toBe(0);
		expect(output).toContain(
			'documents: the file leak.txt is a symbolic link to ../../../../secret.txt, outside the content folder; only files inside it are read; it is not published',
		);
		expect(output).not.toContain(MARKER);
		expect(scan(join(root, 'dist'))).toEqual([]);
	});
});

describe('an MDX policy swapped for a link after the check', () => {
	test('is refused by the site build, which compiles MDX from its file', () => {
		const { root, content } = contentTree('document-links/mdx-swapped');
		const checkedFile = checkAndHand(root, content);
		writeFileSync(join(root, 'secret.mdx'), `---\ntitle: x\n---\n\n${MARKER}\n`);
		rmSync(join(content, 'policies/ai-policy.mdx'));
		symlinkSync('../../../secret.mdx', join(content, 'policies/ai-policy.mdx'));

		const { status, output } = astroBuild(root, content, checkedFile);
		expect(status, output).not.toBe(0);
		expect(output).toContain(
			'/src/content/policies/ai-policy.mdx: is a symbolic link to ../../../secret.mdx, outside the content folder; only files inside it are read; it is not built',
		);
		expect(output).not.toContain(MARKER);
		expect(scan(join(root, 'dist'))).toEqual([]);
	});
});
