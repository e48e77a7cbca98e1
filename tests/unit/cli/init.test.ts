/**
 * `npm run init -- <dir>`: a content folder for one's own organisation, with nothing of the
 * example, that passes the check as written and takes a first system from `npm run new`.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../../src/lib/pipeline.ts';
import { ANNEX_A_CONTROLS, CLAUSES } from '../../../src/lib/reference/index.ts';
import { isExampleLogo } from '../../../src/cli/scaffold/init.ts';
import { PROJECT, TMP } from '../../helpers/content.ts';
import { AS_OF, run } from './_run.ts';

const fresh = (name: string) => {
	const root = join(TMP, name);
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	return root;
};

describe('npm run init', () => {
	const root = fresh('init');
	const result = run(
		'init.ts',
		['content', '--name', 'Acme Robotics', '--domain', 'acme.example', '--owner', 'Grace Hopper'],
		root,
	);
	const content = join(root, 'content');
	const read = (path: string) => parse(readFileSync(join(content, path), 'utf8'));

	test('writes the organisation, one owner and the 70 lines of the Statement of Applicability as planned', () => {
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(
			'Created content/ for Acme Robotics: the organisation, one owner (people/grace-hopper.yaml), and 70 Statement of Applicability lines as planned.',
		);
		expect(readdirSync(content).sort()).toEqual(['controls', 'organization', 'people']);
		expect(readdirSync(join(content, 'people'))).toEqual(['grace-hopper.yaml']);
		const lines = readdirSync(join(content, 'controls')).map((f) => read(`controls/${f}`));
		expect(
			lines
				.filter((l) => l.requirement.startsWith('A.'))
				.map((l) => l.requirement)
				.sort(),
		).toEqual(ANNEX_A_CONTROLS.map((c) => c.id).sort());
		expect(
			lines
				.filter((l) => !l.requirement.startsWith('A.'))
				.map((l) => l.requirement)
				.sort(),
		).toEqual(CLAUSES.map((c) => c.id).sort());
		expect(ANNEX_A_CONTROLS).toHaveLength(38);
		expect(CLAUSES).toHaveLength(32);
		expect(new Set(lines.map((l) => `${l.status} ${l.applicable} ${l.owner}`))).toEqual(
			new Set(['planned true grace-hopper']),
		);
		const org = read('organization/organization.yaml');
		expect(org).toMatchObject({
			name: 'Acme Robotics',
			trustCenterUrl: 'https://trust.acme.example',
			contacts: { security: { email: 'security@acme.example' } },
		});
		expect(read('people/grace-hopper.yaml')).toMatchObject({
			name: 'Grace Hopper',
			roles: ['governance'],
		});
	});

	test('holds nothing of the example organisation', () => {
		const example = parse(
			readFileSync(
				join(import.meta.dirname, '../../../src/content/organization/organization.yaml'),
				'utf8',
			),
		).name as string;
		const all = readdirSync(content, { recursive: true, withFileTypes: true })
			.filter((d) => d.isFile())
			.map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'))
			.join('\n');
		expect(all).not.toContain(example);
		expect(all).not.toContain('example.com');
	});

	test('passes the check with no error and no warning, and again with a first system from npm run new', () => {
		expect(checkContent({ root, contentDir: 'content', asOf: AS_OF }).diagnostics).toEqual([]);
		const added = run('new.ts', ['system', 'Claims triage', '--content', 'content'], root);
		expect(added.status).toBe(0);
		expect(added.stdout).toContain('created content/systems/claims-triage.md');
		const check = run('check.ts', ['--content', 'content'], root);
		expect(check.stdout).toMatch(/\d+ entries checked as of .*: 0 errors/);
		expect(check.status).toBe(0);
	});

	test('the example deleted, init in its place and an import work', () => {
		const project = fresh('init-replace');
		mkdirSync(join(project, 'src'));
		// The example's logo, as the repository ships it: init in its place removes it.
		mkdirSync(join(project, 'public'));
		writeFileSync(join(project, 'public/logo.svg'), readFileSync(join(PROJECT, 'public/logo.svg')));
		const init = run('init.ts', ['src/content', '--name', 'Acme'], project);
		expect(init.status).toBe(0);
		expect(init.stdout).toContain("The example's logo, public/logo.svg, was removed.");
		expect(readdirSync(join(project, 'public'))).toEqual(['acme-logo.svg']);
		writeFileSync(
			join(project, 'inv.csv'),
			'ID,Name,Purpose,Stage\nS-1,Claims triage,Sorts claims.,live\n',
		);
		const imported = run('import.ts', ['inventory', 'inv.csv'], project);
		expect(imported.status).toBe(0);
		expect(imported.stdout).toContain('systems: 1 created');
		expect(
			checkContent({ root: project, asOf: AS_OF }).diagnostics.filter(
				(d) => d.severity === 'error',
			),
		).toEqual([]);
	});

	test('keeps a logo that is not the example’s, and the example’s beside a content folder of its own', () => {
		expect(isExampleLogo(readFileSync(join(PROJECT, 'public/logo.svg')))).toBe(true);
		const own = fresh('init-own-logo');
		mkdirSync(join(own, 'public'));
		writeFileSync(join(own, 'public/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
		expect(run('init.ts', ['src/content', '--name', 'Acme'], own).status).toBe(0);
		expect(readdirSync(join(own, 'public')).sort()).toEqual(['acme-logo.svg', 'logo.svg']);
		const beside = fresh('init-beside');
		mkdirSync(join(beside, 'public'));
		writeFileSync(join(beside, 'public/logo.svg'), readFileSync(join(PROJECT, 'public/logo.svg')));
		const result = run('init.ts', ['acme-content', '--name', 'Acme'], beside);
		expect(result.status).toBe(0);
		expect(result.stdout).not.toContain('was removed');
		expect(readdirSync(join(beside, 'public')).sort()).toEqual(['acme-logo.svg', 'logo.svg']);
	});

	test('refuses a folder that already holds content, and bad arguments, in one line', () => {
		expect(run('init.ts', ['content'], root)).toMatchObject({
			status: 1,
			stderr:
				'content: already holds content; nothing was written. Give a new or empty folder (to replace the example: rm -rf src/content first).\n',
		});
		expect(run('init.ts', ['other', '--domain', 'not a domain'], root)).toMatchObject({
			status: 2,
			stderr:
				'npm run init: --domain must be a domain such as acme.example, not "not a domain" (see npm run init -- --help)\n',
		});
		expect(run('init.ts', [], root)).toMatchObject({
			status: 2,
			stderr: expect.stringMatching(
				/^npm run init: missing argument; usage: npm run init -- <dir>.*\n$/,
			),
		});
	});
});
