/** The content boundary on disk: what is read, what is refused, and that refusals never quote a target. */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { isWithin, look, readInside } from '../../../src/lib/content/inside.ts';
import { contentTree } from '../../helpers/content.ts';

const { root, content } = contentTree('inside');
writeFileSync(join(root, 'outside.txt'), 'OUTSIDE-MARKER\n');
writeFileSync(join(content, 'people', 'plain.yaml'), 'name: Plain\n');
symlinkSync('plain.yaml', join(content, 'people', 'alias.yaml'));
symlinkSync('../../../outside.txt', join(content, 'people', 'out.yaml'));
mkdirSync(join(content, 'people', 'folder.yaml'));

describe('look', () => {
	test('a file, and a link to a file inside the content folder, are files', () => {
		expect(look(content, join(content, 'people', 'plain.yaml'))).toMatchObject({
			kind: 'file',
			size: 12,
		});
		expect(look(content, join(content, 'people', 'alias.yaml'))).toMatchObject({
			kind: 'file',
			real: join(content, 'people', 'plain.yaml'),
		});
	});

	test('a link out of the content folder is refused by name, without the target contents', () => {
		const looked = look(content, join(content, 'people', 'out.yaml'));
		expect(looked).toMatchObject({ kind: 'problem', problem: { rule: 'file-link' } });
		expect(JSON.stringify(looked)).toContain('../../../outside.txt');
		expect(JSON.stringify(looked)).not.toContain('OUTSIDE-MARKER');
		expect('problem' in readInside(content, join(content, 'people', 'out.yaml'), 1024)).toBe(true);
	});

	test('a folder is a folder, and a missing path is missing', () => {
		expect(look(content, join(content, 'people', 'folder.yaml')).kind).toBe('dir');
		expect(look(content, join(content, 'people', 'nobody.yaml')).kind).toBe('missing');
	});

	test('a device is refused without being opened', () => {
		// /dev/null as seen from /dev: inside that boundary, but not a regular file.
		expect(look('/dev', '/dev/null')).toEqual({
			kind: 'problem',
			problem: {
				rule: 'file-type',
				message: 'is a device, not a regular file',
				fix: 'content entries and documents are ordinary files; remove it',
			},
		});
	});

	test('isWithin compares whole path segments', () => {
		expect(isWithin('/a/content', '/a/content')).toBe(true);
		expect(isWithin('/a/content', '/a/content/people/x.yaml')).toBe(true);
		expect(isWithin('/a/content', '/a/content-other/x.yaml')).toBe(false);
		expect(isWithin('/a/content', '/a/x.yaml')).toBe(false);
	});
});

describe('readInside', () => {
	test('reads a file up to the limit, and only reports the size of a larger one', () => {
		const small = readInside(content, join(content, 'people', 'plain.yaml'), 1024);
		expect('bytes' in small && small.bytes.toString()).toBe('name: Plain\n');
		expect(readInside(content, join(content, 'people', 'plain.yaml'), 4)).toEqual({
			bytes: Buffer.alloc(0),
			size: 12,
		});
	});

	test('an unreadable file is a diagnostic naming it, not an exception', async () => {
		// Tests run as root, whom permissions do not stop: the refusal is simulated at open().
		vi.resetModules();
		vi.doMock('node:fs', async (original) => {
			const fs = await original<typeof import('node:fs')>();
			return {
				...fs,
				openSync: (path: string, ...rest: unknown[]) => {
					if (String(path).endsWith('plain.yaml'))
						throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
					return (fs.openSync as (...args: unknown[]) => number)(path, ...rest);
				},
			};
		});
		try {
			const { loadContent } = await import('../../../src/lib/content/load.ts');
			const { diagnostics } = loadContent(content, root);
			expect(diagnostics).toContainEqual({
				severity: 'error',
				file: 'src/content/people/plain.yaml',
				rule: 'file-read',
				message: 'cannot be read: permission denied',
				fix: 'make the file readable by the user that runs the check and the build (chmod a+r), or remove it',
				line: undefined,
			});
		} finally {
			vi.doUnmock('node:fs');
			vi.resetModules();
		}
	});
});

describe('the content folder itself', () => {
	test('one that cannot be read is one diagnostic on the folder, not a crash', async () => {
		const { checkContent } = await import('../../../src/lib/pipeline.ts');
		const { root, content } = contentTree('inside-no-folder');
		rmSync(content, { recursive: true });
		const { diagnostics } = checkContent({ root, asOf: '2026-11-28' });
		expect(diagnostics).toEqual([
			{
				severity: 'error',
				file: 'src/content',
				rule: 'content-folder',
				message: 'is not a content folder that can be read',
				fix: expect.stringContaining('pass --content'),
			},
		]);
	});
});
