/**
 * A failed build leaves the previous dist/ byte-for-byte as it was: the sites are built into a
 * staging folder and swapped in only when all of them built. The previous dist/ is a copy of
 * the example organisation's build (saving a build of its own). Two ways to fail: content the
 * checks reject (fails before any site is built), and content that passes the checks but
 * breaks the last site's build (an internal MDX policy that does not compile: the trust
 * centers, which never compile it, build fine first).
 */
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { build, listFiles } from '../helpers/build.ts';
import { contentTree, PROJECT, TMP } from '../helpers/content.ts';

const digest = (dir: string) =>
	Object.fromEntries(
		listFiles(dir).map((file) => [
			file,
			createHash('sha256')
				.update(readFileSync(join(dir, file)))
				.digest('hex'),
		]),
	);

let out: string;
let before: Record<string, string>;

beforeAll(() => {
	out = join(TMP, 'build-aside/dist');
	rmSync(out, { recursive: true, force: true });
	cpSync(inject('exampleDist'), out, { recursive: true });
	before = digest(out);
});

describe('a failed build leaves the previous dist/ untouched', () => {
	test('when the content fails its checks', () => {
		const { content } = contentTree('build-aside/rejected');
		cpSync(join(PROJECT, 'tests/fixtures/bad/dangling-reference/content'), content, {
			recursive: true,
		});
		const result = build(content, out);
		expect(result.status, result.output).not.toBe(0);
		expect(result.output).toContain('no site was built, and the previous');
		expect(result.output).not.toMatch(/built \S+ in/);
		expect(digest(out)).toEqual(before);
		expect(readdirSync(out).sort()).toEqual(['handbook', 'trust', 'trust-private']);
	});

	test('when only the last site fails, after the others built', () => {
		const { content } = contentTree('build-aside/last-site');
		// Content the check passes (it would catch broken MDX before any site builds), and a
		// handbook process that fails as it starts; the two trust centers build first.
		const fault = join(PROJECT, 'tests/fixtures/faults/fail-handbook.mjs');
		const result = build(content, out, { NODE_OPTIONS: `--import=${pathToFileURL(fault).href}` }, [
			'--site',
			'trust',
			'--site',
			'trust-private',
			'--site',
			'handbook',
		]);
		expect(result.status, result.output).not.toBe(0);
		expect(result.output).toMatch(/built trust in[\s\S]*built trust-private in/);
		expect(result.output).toContain('The handbook site failed to build');
		expect(digest(out)).toEqual(before);
		// The checked content it handed to the sites (every audience's) is gone too, and so is
		// the staging folder beside the output folder.
		expect(
			readdirSync(tmpdir()).filter((name) => name.startsWith(`aims-checked-${result.pid}-`)),
		).toEqual([]);
		expect(readdirSync(join(out, '..')).filter((name) => name.includes('.staging-'))).toEqual([]);
		expect(readdirSync(out).sort()).toEqual(['handbook', 'trust', 'trust-private']);
	});
});
