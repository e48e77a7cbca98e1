/**
 * `npm run new`: every collection scaffolds an entry that passes the whole check on top of the
 * minimal fixture; the comments are the schema's descriptions; nothing is ever overwritten.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/pipeline.ts';
import { resolveCollection } from '../../../src/cli/scaffold/collections.ts';
import { scaffold } from '../../../src/cli/scaffold/scaffold.ts';
import { writeAll } from '../../../src/cli/import/write.ts';
import { COLLECTION_NAMES, COLLECTIONS } from '../../../src/lib/schemas/index.ts';
import { contentTree } from '../../helpers/content.ts';
import { AS_OF, run } from './_run.ts';

test('every collection, by its name or its singular, scaffolds an entry the check accepts', () => {
	const { root, content } = contentTree('new-all');
	// The SoA must stay complete and the organisation single: make room for the two we scaffold.
	rmSync(join(content, 'controls/a.6.2.4.yaml'));
	rmSync(join(content, 'organization'), { recursive: true });
	// Systems first: assessments and incidents point at one.
	const order = ['systems', ...COLLECTION_NAMES.filter((c) => c !== 'systems')];
	const IRREGULAR: Record<string, string> = { people: 'person', policies: 'policy' };
	for (const name of order) {
		const singular = IRREGULAR[name] ?? name.replace(/s$/, '');
		const resolved = resolveCollection(singular);
		expect(resolved).toEqual({ collection: name });
		const result = scaffold({
			collection: name as never,
			title: `New ${singular} entry`,
			requirement: name === 'controls' ? 'A.6.2.4' : undefined,
			asOf: AS_OF,
			root,
			contentDir: content,
		});
		writeAll(result.files);
	}
	const checked = checkContent({ root, asOf: AS_OF });
	expect(checked.diagnostics).toEqual([]);
	expect(
		checked.entries
			.filter((e) => e.id.startsWith('new-') || e.id === 'a.6.2.4' || e.id === 'organization')
			.map((e) => e.collection)
			.sort(),
	).toEqual([...COLLECTION_NAMES].sort());
	// Where the organisation was missing, the new one is public, as the rules require.
	expect(readFileSync(join(content, 'organization/organization.yaml'), 'utf8')).toContain(
		'\naudience: public\n',
	);
});

test('the comments are the schema descriptions, and choices are listed', () => {
	const { root, content } = contentTree('new-comments');
	const [file] = scaffold({
		collection: 'risks',
		title: 'Model drift',
		asOf: AS_OF,
		root,
		contentDir: content,
	}).files;
	expect(file!.file).toBe('src/content/risks/model-drift.md');
	const text = file!.content;
	const description = COLLECTIONS.risks.schema.shape.treatmentPlan.description!;
	expect(text).toContain(`# ${description}\ntreatmentPlan: TODO\n`);
	expect(text).toContain(
		'# How the risk is treated. One of: mitigate, accept, transfer, avoid.\ntreatment: mitigate\n',
	);
	expect(text).toContain('\ntitle: Model drift\n');
	expect(text).toContain(`\nidentifiedOn: ${AS_OF}\n`);
	expect(text).toContain('\nowner: ada\n');
	expect(text).toMatch(
		/# Optional, add when you know them:\n#   systems: AI systems this risk concerns\./,
	);
});

describe('npm run new', () => {
	test('creates the file and says what to fill in', () => {
		const { root, content } = contentTree('new-cli');
		const result = run('new.ts', ['system', 'Claims', 'triage'], root);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('created src/content/systems/claims-triage.md');
		expect(result.stdout).toContain(
			'Fill in (they say TODO):\n  purpose: What problem it solves, in one or two sentences.',
		);
		expect(result.stdout).toContain('Check these placeholders:\n  owner: "ada"');
		expect(existsSync(join(content, 'systems/claims-triage.md'))).toBe(true);
	});

	test('never overwrites: an existing file, a second organisation, a second SoA line', () => {
		const { root, content } = contentTree('new-refuse');
		const before = readFileSync(join(content, 'policies/ai-policy.mdx'), 'utf8');
		expect(run('new.ts', ['policy', 'AI policy'], root)).toMatchObject({
			status: 1,
			stderr:
				'src/content/policies/ai-policy.mdx already exists; nothing was written. Edit it, or choose another title.\n',
		});
		expect(readFileSync(join(content, 'policies/ai-policy.mdx'), 'utf8')).toBe(before);
		expect(run('new.ts', ['organisation', 'Other Ltd'], root)).toMatchObject({
			status: 1,
			stderr: expect.stringContaining(
				'there is already an organisation entry (src/content/organization/organization.yaml)',
			),
		});
		expect(run('new.ts', ['control', '--requirement', 'A.6.2.4'], root)).toMatchObject({
			status: 1,
			stderr: expect.stringContaining('A.6.2.4 already has a Statement of Applicability entry'),
		});
	});

	test('explains bad input', () => {
		expect(run('new.ts', ['control'])).toMatchObject({
			status: 1,
			stderr: expect.stringContaining('add --requirement A.6.2.4'),
		});
		expect(run('new.ts', ['control', '--requirement', 'A.6.2.9'])).toMatchObject({
			status: 1,
			stderr: expect.stringContaining('did you mean "A.6.2.2"?'),
		});
		expect(run('new.ts', ['sytem', 'X'])).toMatchObject({
			status: 2,
			stderr: expect.stringContaining('"sytem" is not a kind of entry; did you mean "system"?'),
		});
		expect(run('new.ts', ['risk', '!!!'])).toMatchObject({
			status: 1,
			stderr: expect.stringContaining('give the entry a title with letters or digits'),
		});
		expect(run('new.ts', [])).toMatchObject({ status: 2 });
	});
});
