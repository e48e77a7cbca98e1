/**
 * Document control cross-checked with git: a minimal content tree in a fresh repository whose
 * AI policy went 1.0 → 1.1 in a commit. While the revision table lacks a row for 1.1 the check
 * reports the commit; with the row, it is clean. Also pins the parsing of `git log -p`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../../src/lib/diagnostics.ts';
import { parseVersionLog } from '../../../src/lib/git/versions.ts';
import { checkContent } from '../../../src/lib/pipeline.ts';
import { compareVersions } from '../../../src/lib/rules/document-control.ts';
import { contentTree } from '../../helpers/content.ts';

let root: string;
let policy: string;

function git(args: string[], date: string) {
	const result = spawnSync('git', args, {
		cwd: root,
		encoding: 'utf8',
		env: {
			...process.env,
			GIT_AUTHOR_NAME: 'Ada',
			GIT_AUTHOR_EMAIL: 'ada@example.com',
			GIT_COMMITTER_NAME: 'Ada',
			GIT_COMMITTER_EMAIL: 'ada@example.com',
			GIT_AUTHOR_DATE: `${date}T12:00:00+00:00`,
			GIT_COMMITTER_DATE: `${date}T12:00:00+00:00`,
		},
	});
	if (result.status !== 0) throw new Error(result.stderr);
	return result.stdout;
}

beforeAll(() => {
	({ root } = contentTree('document-control-git'));
	policy = join(root, 'src/content/policies/ai-policy.mdx');
	git(['init', '-q', '-b', 'main'], '2026-01-01');
	git(['config', 'commit.gpgsign', 'false'], '2026-01-01');
	git(['add', '.'], '2026-01-10');
	git(['commit', '-q', '-m', 'Minimal organisation'], '2026-01-10');
	// Version 1.1 reaches the repository with a row of its own…
	writeFileSync(
		policy,
		readFileSync(policy, 'utf8')
			.replace('version: "1.0"', 'version: "1.1"')
			.replace(
				'revisions:\n',
				'revisions:\n  - version: "1.1"\n    date: "2026-02-01"\n    approver: ada\n    summary: Clarified who approves exceptions.\n',
			)
			.replace('approvedOn: "2026-01-10"', 'approvedOn: "2026-02-01"'),
	);
	git(['commit', '-q', '-am', 'AI policy 1.1'], '2026-02-01');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const check = () =>
	checkContent({ root, asOf: '2026-11-28' })
		.diagnostics.filter((d) => d.rule.startsWith('revision'))
		.map(formatDiagnostic);

describe('document control cross-checked with git', () => {
	test('a version git recorded, with its revision row, is clean', () => {
		expect(check()).toEqual([]);
	});

	test('a version git recorded but missing from the revision table is reported with its commit', () => {
		const text = readFileSync(policy, 'utf8');
		// The 1.1 row is removed by hand, and the text put back to 1.0 in the working tree.
		writeFileSync(
			policy,
			text
				.replace(/  - version: "1\.1"\n(    .*\n){3}/, '')
				.replace('version: "1.1"', 'version: "1.0"')
				.replace('approvedOn: "2026-02-01"', 'approvedOn: "2026-01-10"'),
		);
		try {
			const hash = git(['log', '-1', '--format=%H'], '2026-02-01').trim().slice(0, 10);
			expect(check()).toEqual([
				`error src/content/policies/ai-policy.mdx:12: revisions: git history records policy POL-AI-001 at version 1.1 (commit ${hash}, 2026-02-01), but revisions has no row for it [revision-git]\n    fix: add a revisions row for 1.1 with its approval date, approver and summary of the change`,
			]);
		} finally {
			writeFileSync(policy, text);
		}
	});
});

describe('parsing', () => {
	test('reads version lines per file and indentation from git log -p', () => {
		const log = [
			'',
			'abc\x1f2026-02-01',
			'',
			'diff --git a/policies/a.mdx b/policies/a.mdx',
			'--- a/policies/a.mdx',
			'+++ b/policies/a.mdx',
			'@@ -5 +5 @@',
			'-version: "1.0"',
			'+version: "1.1"',
			'+    - version: "9.9"',
			'diff --git a/organization/organization.yaml b/organization/organization.yaml',
			'+++ b/organization/organization.yaml',
			'+  version: "1.2"',
		].join('\n');
		expect(parseVersionLog(log.replace(/^\n/, '\x1e'), 'src/content')).toEqual([
			{
				file: 'src/content/policies/a.mdx',
				indent: 0,
				version: '1.1',
				hash: 'abc',
				date: '2026-02-01',
			},
			{
				file: 'src/content/organization/organization.yaml',
				indent: 2,
				version: '1.2',
				hash: 'abc',
				date: '2026-02-01',
			},
		]);
	});

	test('versions compare numerically', () => {
		expect(['1.10', '1.9', '2.0', '1.0.1'].sort(compareVersions)).toEqual([
			'1.0.1',
			'1.9',
			'1.10',
			'2.0',
		]);
	});
});
