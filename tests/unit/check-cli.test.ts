/** `npm run check` as an author runs it: exit codes, and the three output formats. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentTree, MINIMAL, PROJECT, writeContent } from '../helpers/content.ts';

function check(args: string[], cwd = PROJECT) {
	const result = spawnSync(process.execPath, [join(PROJECT, 'scripts/check.ts'), ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, AIMS_AS_OF: '2026-11-28' },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check', () => {
	test('passes valid content and says how much it checked', () => {
		const result = check(['--content', MINIMAL]);
		expect(result.stdout).toMatch(/73 entries checked as of 2026-11-28: 0 errors, 0 warnings\./);
		expect(result.status).toBe(0);
	});

	test('fails bad content, naming file, line and field', () => {
		const { root, content } = contentTree('cli-bad');
		writeContent(content, 'people/bob.yaml', 'name: Bob\ntitle: Counsel\nroles: [lawyer]\n');
		const result = check([], root);
		expect(result.status).toBe(1);
		expect(result.stdout).toContain(
			'error src/content/people/bob.yaml:3: roles[0]: "lawyer" is not one of',
		);
	});

	test('--format json and --format github carry the same diagnostics', () => {
		const { root, content } = contentTree('cli-formats');
		writeContent(
			content,
			'people/bob.yaml',
			'name: Bob\ntitle: Counsel\nroles: [legal]\nemail: nope\n',
		);
		const json = JSON.parse(check(['--format', 'json'], root).stdout);
		expect(json).toMatchObject({
			ok: false,
			errors: 1,
			diagnostics: [
				{ file: 'src/content/people/bob.yaml', line: 4, field: 'email', rule: 'schema' },
			],
		});
		const github = check(['--format', 'github'], root);
		expect(github.stdout.trim()).toBe(
			'::error file=src/content/people/bob.yaml,line=4,title=schema email::email: must be an e-mail address such as ai-governance@example.com',
		);
		expect(github.status).toBe(1);
	});

	test('--strict fails on warnings', () => {
		const { root, content } = contentTree('cli-strict');
		writeContent(content, 'people/bob.yaml', 'name: Bob\ntitle: Counsel\nroles: [legal]\n');
		writeContent(
			content,
			'trainings/awareness.yaml',
			'title: AI awareness\ndescription: Basics.\nrequiredFor: [All staff]\nowner: bob\nassigned: 10\ncompleted: 4\ndue: "2027-01-01"\n',
		);
		writeContent(
			content,
			'risks/r1.yaml',
			'title: Drift\ncategory: data-quality\ninherent: { likelihood: 3, impact: 3 }\ntreatment: mitigate\ntreatmentPlan: Monitor.\nresidual: { likelihood: 2, impact: 3 }\nowner: bob\nstatus: treating\nidentifiedOn: "2026-01-01"\nnextReview: "2026-06-01"\n',
		);
		expect(check([], root).status).toBe(0);
		const strict = check(['--strict'], root);
		expect(strict.status).toBe(1);
		expect(strict.stdout).toContain(
			'warning src/content/risks/r1.yaml:10: nextReview: the risk review was due 2026-06-01 (180 days ago) [review-overdue]',
		);
	});

	test('refuses an unknown format', () => {
		const result = check(['--format', 'xml']);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('--format must be one of human, json, github');
	});
});
