/**
 * From a fresh start to one's own trust center: `npm run init`, one system added by hand with
 * `npm run new`, and the real build give three sites about the new organisation that hold
 * nothing of the bundled example (its name, its people, its systems), in no page, feed or index.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { build, listFiles, readText } from '../helpers/build.ts';
import { PROJECT, TMP } from '../helpers/content.ts';

const root = join(TMP, 'init-build');
const content = join(root, 'content');
const out = join(root, 'dist');
const example = join(PROJECT, 'src/content');

/** Names that only the example organisation uses: its name, its people's names, its systems' titles. */
function exampleNames(): string[] {
	const names = [
		parse(readFileSync(join(example, 'organization/organization.yaml'), 'utf8')).name as string,
	];
	for (const file of readdirSync(join(example, 'people')))
		names.push(parse(readFileSync(join(example, 'people', file), 'utf8')).name as string);
	for (const file of readdirSync(join(example, 'systems'))) {
		const text = readFileSync(join(example, 'systems', file), 'utf8');
		const title = text.match(/^title: "?(.+?)"?$/m)?.[1];
		if (title) names.push(title);
	}
	return names;
}

let result: ReturnType<typeof build>;
// init writes the new organisation's placeholder logo into the project's public/: it goes afterwards.
const placeholder = join(PROJECT, 'public/acme-robotics-logo.svg');
const hadPlaceholder = existsSync(placeholder);
afterAll(() => {
	if (!hadPlaceholder) rmSync(placeholder, { force: true });
});
beforeAll(() => {
	rmSync(root, { recursive: true, force: true });
	const script = (name: string, args: string[]) =>
		spawnSync(process.execPath, [join(PROJECT, 'scripts', name), ...args], {
			cwd: PROJECT,
			encoding: 'utf8',
		});
	expect(
		script('init.ts', [
			content,
			'--name',
			'Acme Robotics',
			'--domain',
			'acme.example',
			'--owner',
			'Grace Hopper',
		]).status,
	).toBe(0);
	expect(
		script('new.ts', ['system', 'Warehouse picking assistant', '--content', content]).status,
	).toBe(0);
	result = build(content, out);
});

describe('a trust center from npm run init and one system', () => {
	test('builds all three sites', () => {
		expect(result.output).toMatch(/0 errors/);
		expect(result.status).toBe(0);
	});

	test('the sites are about the new organisation, with its system in the handbook', () => {
		expect(readFileSync(join(out, 'trust/index.html'), 'utf8')).toContain('Acme Robotics');
		const handbook = listFiles(join(out, 'handbook'))
			.filter((f) => f.endsWith('.html'))
			.map((f) => readFileSync(join(out, 'handbook', f), 'utf8'))
			.join('\n');
		expect(handbook).toContain('Warehouse picking assistant');
		expect(handbook).toContain('Grace Hopper');
	});

	test('no page, feed, export or search index holds anything of the example', () => {
		const names = exampleNames();
		expect(names.length).toBeGreaterThan(5);
		const found: string[] = [];
		for (const site of ['trust', 'trust-private', 'handbook']) {
			for (const file of listFiles(join(out, site))) {
				// The example's logo stays in public/ while the example's content does (this content
				// folder is beside it); init in the example's place removes it (tests/unit/cli/init.test.ts).
				if (
					!/\.(html|xml|json|txt|csv|js|pf_fragment|pf_index|pf_meta)$/.test(file) ||
					file === 'logo.svg'
				)
					continue;
				const text = readText(join(out, site), file);
				for (const name of names) if (text.includes(name)) found.push(`${site}/${file}: ${name}`);
			}
		}
		expect(found.slice(0, 10)).toEqual([]);
	});
});
