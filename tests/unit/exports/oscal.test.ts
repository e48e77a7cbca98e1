import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { annexACatalog, statementOfApplicabilitySsp } from '../../../src/lib/exports/oscal.ts';
import { createView } from '../../../src/lib/views/audience.ts';
import { PROJECT } from '../../helpers/content.ts';
import { exportEntries } from './fixture.ts';
import { oscalValidator } from './validators.ts';

// Parsed export documents, read by path in assertions: their schemas are checked by the real validators.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const entries = exportEntries('exports-oscal');
const ssp = (audience: 'public' | 'private' | 'internal') =>
	statementOfApplicabilitySsp(createView(entries, audience))['system-security-plan'] as Json;
const requirement = (plan: Json, id: string) =>
	plan['control-implementation']['implemented-requirements'].find(
		(r: Json) => r['control-id'] === id,
	);

describe('OSCAL catalog', () => {
	const catalog = annexACatalog();

	test('is valid against the official OSCAL 1.0.6 catalog schema', () => {
		const validate = oscalValidator('oscal_catalog_schema_v1.0.6.json');
		expect(validate(catalog), JSON.stringify(validate.errors, null, 2)).toBe(true);
		// The validator is not vacuous: a control without its title is rejected.
		const broken = structuredClone(catalog) as Json;
		delete broken.catalog.groups[0].controls[0].title;
		expect(validate(broken)).toBe(false);
	});

	test('holds the 38 Annex A controls of the reference list, with their titles, in 9 groups', () => {
		const tsv = readFileSync(join(PROJECT, 'tests/fixtures/reference/iso42001-annex-a.tsv'), 'utf8')
			.trim()
			.split('\n')
			.slice(1)
			.map((line) => line.split('\t'));
		const groups = (catalog.catalog as Json).groups as Json[];
		expect(groups).toHaveLength(9);
		const controls = groups.flatMap((g) =>
			g.controls.map((c: Json) => [c.props[0].value, c.title]),
		);
		expect(controls).toHaveLength(38);
		expect(controls).toEqual(tsv.map((row) => [row[0], row[3]]));
	});

	test('carries no prose beyond titles (ISO text is copyrighted)', () => {
		const groups = (catalog.catalog as Json).groups as Json[];
		for (const control of groups.flatMap((g) => g.controls))
			expect(Object.keys(control).sort()).toEqual(['id', 'props', 'title']);
	});
});

describe('OSCAL SSP of the Statement of Applicability', () => {
	const validate = oscalValidator('oscal_ssp_schema_v1.0.6.json');

	test.each(['public', 'private', 'internal'] as const)(
		'the %s SSP is valid against the official OSCAL 1.0.6 SSP schema',
		(audience) => {
			const document = { 'system-security-plan': ssp(audience) };
			expect(validate(document), JSON.stringify(validate.errors, null, 2)).toBe(true);
			delete document['system-security-plan']['control-implementation'][
				'implemented-requirements'
			][0].uuid;
			expect(validate(document)).toBe(false);
		},
	);

	test('has one implemented requirement per Annex A control, with status and justification', () => {
		const plan = ssp('internal');
		expect(plan['control-implementation']['implemented-requirements']).toHaveLength(38);
		const line = requirement(plan, 'a.2.3');
		expect(line['by-components'][0]['implementation-status']).toEqual({ state: 'partial' });
		expect(line['by-components'][0].remarks).toContain('HYPERLINK');
	});

	test('links policies for every audience, evidence and owner for the handbook only', () => {
		const internal = requirement(ssp('internal'), 'a.2.2');
		expect(internal.links.map((l: Json) => l.rel)).toEqual([
			'reference',
			'implemented-by',
			'evidence',
		]);
		expect(internal.links[2].href).toBe('https://handbook.minimal.example/minutes/2026%2001');
		expect(internal['responsible-roles'][0]['party-uuids']).toHaveLength(1);
		const pub = requirement(ssp('public'), 'a.2.2');
		expect(pub.links.map((l: Json) => l.rel)).toEqual(['reference', 'implemented-by']);
		expect(pub['responsible-roles'][0]).toEqual({ 'role-id': 'control-owner' });
		expect(JSON.stringify(ssp('public'))).not.toContain('Ada Lovelace');
	});

	test('links each disclosed line and policy to its page on the site that serves the SSP', () => {
		expect(requirement(ssp('public'), 'a.2.2').links[0].href).toBe(
			'https://trust.minimal.example/controls/#a-2-2',
		);
		expect(requirement(ssp('internal'), 'a.2.2').links[0].href).toBe(
			'https://handbook.minimal.example/controls/a.2.2/',
		);
		const rlinks = (plan: Json) => plan['back-matter'].resources.map((r: Json) => r.rlinks[0].href);
		expect(rlinks(ssp('public'))).toContain('https://trust.minimal.example/policies/ai-policy/');
		expect(rlinks(ssp('internal'))).toContain(
			'https://handbook.minimal.example/policies/ai-policy/',
		);
		expect(ssp('public').metadata.links).toEqual([
			{
				href: 'https://trust.minimal.example/exports/oscal-ssp.json',
				rel: 'canonical',
				'media-type': 'application/json',
			},
		]);
		// A line the audience may not read is not linked: there is nothing about it on that site.
		const hidden = entries.map((e) =>
			e.collection === 'controls' && e.id === 'a.2.3'
				? { ...e, data: { ...e.data, audience: 'internal' as const } }
				: e,
		);
		const line = requirement(
			statementOfApplicabilitySsp(createView(hidden, 'public'))['system-security-plan'],
			'a.2.3',
		);
		expect(line['by-components']).toBeUndefined();
		expect(line.links).toBeUndefined();
	});

	test('the implementation detail is private: in the NDA SSP, not in the public one', () => {
		expect(requirement(ssp('private'), 'a.2.2')['by-components'][0].description).toContain(
			'The committee approves',
		);
		expect(requirement(ssp('public'), 'a.2.2')['by-components'][0].description).toBe('In place.');
	});

	test('is deterministic: UUIDs derived from names, dates from the content', () => {
		expect(JSON.stringify(ssp('internal'))).toBe(
			JSON.stringify(
				statementOfApplicabilitySsp(createView([...entries].reverse(), 'internal'))[
					'system-security-plan'
				],
			),
		);
		// The latest record date in the content (the evidence of A.2.2), not today.
		expect(ssp('internal').metadata['last-modified']).toBe('2026-06-02T00:00:00Z');
		const uuids = JSON.stringify(ssp('internal')).match(
			/[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g,
		)!;
		expect(uuids.length).toBeGreaterThan(76);
	});
});
