/**
 * Deploy by git push: the workflow files parse, run the commands the project's own CI entry
 * (.ci/run) runs, name only npm scripts that exist, publish only the public site; the headers
 * files for every host carry the same strict policy, and noindex where the site is not public.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { PROJECT } from '../../helpers/content.ts';

const read = (path: string) => readFileSync(join(PROJECT, path), 'utf8');
type Step = { run?: string; uses?: string; with?: Record<string, unknown>; if?: string };
type Job = {
	steps?: Step[];
	needs?: string | string[];
	if?: string;
	permissions?: Record<string, string>;
	script?: string[];
	before_script?: string[];
	artifacts?: { paths?: string[] };
	rules?: unknown[];
};

const ci = parse(read('.github/workflows/ci.yml')) as {
	on: Record<string, unknown>;
	jobs: Record<string, Job>;
};
const report = parse(read('.github/workflows/report.yml')) as {
	on: { schedule: { cron: string }[] };
	permissions: Record<string, string>;
	jobs: Record<string, Job>;
};
const gitlab = parse(read('.gitlab-ci.yml')) as Record<string, Job>;
const runs = (jobs: Record<string, Job>) =>
	Object.values(jobs)
		.flatMap((j) => [
			...(j.steps ?? []).flatMap((s) => (s.run ? s.run.split('\n') : [])),
			...(j.before_script ?? []),
			...(j.script ?? []),
		])
		.map((l) => l.trim())
		.filter(Boolean);
const uses = (jobs: Record<string, Job>) =>
	Object.values(jobs).flatMap((j) =>
		(j.steps ?? []).map((s) => s.uses).filter((u): u is string => !!u),
	);

/** The npm commands .ci/run runs, without their flags: the CI hosts must run the same. */
const ciRun = read('.ci/run')
	.split('\n')
	.map((l) => l.trim())
	.filter((l) => l.startsWith('npm '))
	.map((l) => l.split(' --')[0]!);

describe('GitHub Actions', () => {
	test('CI runs on pull requests and main, with the commands of .ci/run', () => {
		expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
		expect(ci.on.push).toEqual({ branches: ['main'] });
		expect(ciRun).toEqual(['npm ci', 'npm test']);
		const commands = runs(ci.jobs);
		for (const command of ciRun)
			expect(commands.some((c) => c === command || c.startsWith(`${command} `))).toBe(true);
		expect(commands).toContain('npm run check -- --format github');
		expect(commands).toContain('npm run build');
		// Check before test before build: a content error is reported on the diff first.
		const order = ['npm ci', 'npm run check', 'npm test', 'npm run build'].map((c) =>
			commands.findIndex((x) => x.startsWith(c)),
		);
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	test('only the public trust center goes to Pages, and only from main', () => {
		const steps = ci.jobs.build!.steps!;
		const pages = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
		expect(pages?.with).toEqual({ path: 'dist/trust' });
		expect(pages?.if).toContain("github.ref == 'refs/heads/main'");
		const artifacts = steps
			.filter((s) => s.uses?.startsWith('actions/upload-artifact@'))
			.map((s) => s.with?.path);
		expect(artifacts).toEqual(['dist/handbook', 'dist/trust-private']);
		const deploy = ci.jobs['deploy-trust']!;
		expect(deploy.needs).toBe('build');
		expect(deploy.if).toContain("github.ref == 'refs/heads/main'");
		expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		expect(uses({ deploy })).toEqual([expect.stringMatching(/^actions\/deploy-pages@v\d+$/)]);
	});

	test('the weekly report posts the Markdown report as an issue', () => {
		expect(report.on.schedule[0]!.cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
		expect(report.permissions).toEqual({ contents: 'read', issues: 'write' });
		const commands = runs(report.jobs);
		expect(commands).toContain(
			'npm run --silent report -- --format markdown --within 30 > report.md',
		);
		expect(
			commands.some((c) => c.startsWith('gh issue create') && c.includes('--body-file body.md')),
		).toBe(true);
	});
});

test('GitLab runs the same commands and publishes only the public site with Pages', () => {
	const commands = runs(gitlab);
	for (const command of ciRun)
		expect(commands.some((c) => c === command || c.startsWith(`${command} `))).toBe(true);
	expect(commands).toEqual(expect.arrayContaining(['npm run check', 'npm run build']));
	expect(gitlab.pages!.script).toEqual(['rm -rf public && cp -r dist/trust public']);
	expect(gitlab.pages!.artifacts!.paths).toEqual(['public']);
});

test('every npm script a workflow names exists in package.json', () => {
	const scripts = Object.keys(
		(JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts,
	);
	const named = [...runs(ci.jobs), ...runs(report.jobs), ...runs(gitlab)].flatMap((c) =>
		[...c.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]!),
	);
	expect(named.length).toBeGreaterThan(3);
	for (const name of named) expect(scripts).toContain(name);
	for (const script of [...runs(ci.jobs), ...runs(gitlab)].flatMap((c) =>
		[...c.matchAll(/node (scripts\/[\w.-]+)/g)].map((m) => m[1]!),
	))
		expect(() => read(script)).not.toThrow();
});

describe('security headers', () => {
	/** name → value for each host's file of one site kind. */
	function headersFor(site: 'trust' | 'private'): Record<string, Record<string, string>> {
		const fromHeadersFile = (text: string) => {
			const block = text.split(/\n(?=\/)/).find((b) => b.startsWith('/*\n'))!;
			return Object.fromEntries(
				block
					.split('\n')
					.slice(1)
					.filter((l) => /^\s+\S/.test(l))
					.map(
						(l) =>
							l
								.trim()
								.split(/:\s(.*)/s)
								.slice(0, 2) as [string, string],
					),
			);
		};
		const vercel = JSON.parse(read(`deploy/vercel/${site}/vercel.json`)) as {
			headers: { source: string; headers: { key: string; value: string }[] }[];
		};
		const nginx = read(`deploy/nginx/${site === 'trust' ? 'trust' : 'private'}-headers.conf`);
		return {
			netlify: fromHeadersFile(read(`deploy/netlify/${site}/_headers`)),
			cloudflare: fromHeadersFile(read(`deploy/cloudflare/${site}/_headers`)),
			vercel: Object.fromEntries(
				vercel.headers.find((h) => h.source === '/(.*)')!.headers.map((h) => [h.key, h.value]),
			),
			nginx: Object.fromEntries(
				[...nginx.matchAll(/^add_header (\S+) "(.*)" always;$/gm)].map((m) => [m[1]!, m[2]!]),
			),
		};
	}

	test.each(['trust', 'private'] as const)(
		'%s: every host sends the same strict headers',
		(site) => {
			const hosts = headersFor(site);
			const [first, ...rest] = Object.values(hosts);
			for (const other of rest) expect(other).toEqual(first);
			const csp = first!['Content-Security-Policy']!;
			const directive = (name: string) =>
				csp
					.split(';')
					.map((d) => d.trim())
					.find((d) => d.startsWith(`${name} `));
			expect(directive('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
			expect(directive('style-src')).toBe("style-src 'self'");
			expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
			expect(directive('object-src')).toBe("object-src 'none'");
			expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
			expect(first!['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}; includeSubDomains/);
			expect(first!['X-Content-Type-Options']).toBe('nosniff');
			expect(first!['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
			expect(first!['Permissions-Policy']).toContain('camera=()');
			expect(first!['X-Robots-Tag']).toBe(
				site === 'private' ? 'noindex, nofollow, noarchive' : undefined,
			);
		},
	);
});
