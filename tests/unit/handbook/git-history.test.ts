import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LOG_FORMAT, parseLog, readHistory } from '../../../src/lib/git/history.ts';

let root: string;

function git(cwd: string, args: string[], date: string, author = 'Ada Lovelace') {
	const result = spawnSync('git', args, {
		cwd,
		encoding: 'utf8',
		env: {
			...process.env,
			GIT_AUTHOR_NAME: author,
			GIT_AUTHOR_EMAIL: 'ada@example.com',
			GIT_COMMITTER_NAME: author,
			GIT_COMMITTER_EMAIL: 'ada@example.com',
			GIT_AUTHOR_DATE: `${date}T12:00:00+00:00`,
			GIT_COMMITTER_DATE: `${date}T12:00:00+00:00`,
		},
	});
	if (result.status !== 0) throw new Error(result.stderr);
}

beforeAll(() => {
	// A project with its content in src/content, as the build sees it, in a fresh repository.
	root = mkdtempSync(join(tmpdir(), 'aims-git-'));
	const content = join(root, 'src/content');
	mkdirSync(join(content, 'policies'), { recursive: true });
	writeFileSync(join(root, 'README.md'), 'outside the content\n');
	git(root, ['init', '-q', '-b', 'main'], '2026-01-01');
	git(root, ['config', 'commit.gpgsign', 'false'], '2026-01-01');
	writeFileSync(join(content, 'policies/ai-policy.mdx'), 'v1\n');
	writeFileSync(join(content, 'policies/ethics policy.mdx'), 'v1\n');
	git(root, ['add', '.'], '2026-01-10');
	git(root, ['commit', '-q', '-m', 'Add the AI policy; ethics too'], '2026-01-10');
	writeFileSync(join(content, 'policies/ai-policy.mdx'), 'v2\n');
	git(
		root,
		['commit', '-q', '-am', 'AI policy 1.1: review after audit'],
		'2026-03-05',
		'Bob Builder',
	);
	writeFileSync(join(content, 'policies/draft.mdx'), 'never committed\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('change history from one git log', () => {
	test('maps each content file, relative to the project root, to its commits newest first', () => {
		const history = readHistory(join(root, 'src/content'), root);
		const commits = history.get('src/content/policies/ai-policy.mdx')!;
		expect(commits.map((c) => [c.date, c.author, c.subject])).toEqual([
			['2026-03-05', 'Bob Builder', 'AI policy 1.1: review after audit'],
			['2026-01-10', 'Ada Lovelace', 'Add the AI policy; ethics too'],
		]);
		expect(commits[0]!.hash).toMatch(/^[0-9a-f]{40}$/);
		// Spaces and non-ASCII names are kept as they are, not quoted by git.
		expect(history.get('src/content/policies/ethics policy.mdx')).toHaveLength(1);
		// Only the content directory is read; an uncommitted file has no history.
		expect([...history.keys()].sort()).toEqual([
			'src/content/policies/ai-policy.mdx',
			'src/content/policies/ethics policy.mdx',
		]);
	});

	test('gives the same map on every run', () => {
		const a = readHistory(join(root, 'src/content'), root);
		const b = readHistory(join(root, 'src/content'), root);
		expect([...a]).toEqual([...b]);
	});

	test('content outside any repository has no history rather than failing the build', () => {
		const outside = mkdtempSync(join(tmpdir(), 'aims-nogit-'));
		try {
			expect(readHistory(outside, outside).size).toBe(0);
		} finally {
			rmSync(outside, { recursive: true, force: true });
		}
	});

	test('parses the log format, including subjects with separators of other formats', () => {
		const output = [
			`${LOG_FORMAT.replace('%H', 'abc').replace('%as', '2026-02-02').replace('%an', 'Cara').replace('%s', 'Fix: a|b, c')}`,
			'',
			'risks/r1.yaml',
			'systems/s1.md',
			'',
		].join('\n');
		const parsed = parseLog(output, 'src/content');
		expect([...parsed.keys()]).toEqual(['src/content/risks/r1.yaml', 'src/content/systems/s1.md']);
		expect(parsed.get('src/content/risks/r1.yaml')).toEqual([
			{ hash: 'abc', date: '2026-02-02', author: 'Cara', subject: 'Fix: a|b, c' },
		]);
		expect(parseLog('').size).toBe(0);
	});
});
