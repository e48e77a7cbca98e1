import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import {
	buildTrustJson,
	SCHEMA_VERSION,
	trustJsonSchemaDocument,
} from '../../../src/lib/trust/trust-json.ts';
import { trustView } from './fixture.ts';

const schema = trustJsonSchemaDocument('https://trust.minimal.example/trust.schema.json');

describe('trust.json', () => {
	test('validates against the JSON Schema generated from its Zod schema, for both sites', () => {
		// strict: every keyword known, every `required` key defined, no ambiguous types.
		const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
		for (const audience of ['public', 'private'] as const) {
			const data = buildTrustJson(trustView(audience));
			expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
			expect(data.schemaVersion).toBe(SCHEMA_VERSION);
		}
	});

	test('holds the view: certifications, all published SoA lines sorted, systems', () => {
		const data = buildTrustJson(trustView('public'));
		expect(data.generated).toBe('2026-10-15');
		expect(data.certifications.map((c) => c.id)).toEqual(['iso-42001', 'soc-2']);
		expect(data.controls.items).toHaveLength(69);
		expect(data.controls.annexA).toMatchObject({ total: 38, disclosed: 37 });
		expect(data.systems).toEqual([
			expect.objectContaining({
				id: 'claims-assistant',
				url: 'https://trust.minimal.example/ai-systems/claims-assistant/',
				euAiActTierTitle: 'Minimal risk',
			}),
		]);
		expect(JSON.stringify(data)).not.toContain('implementation');
	});

	test('carries what the overview shows at a glance: subprocessors, policies, documents, answers, updates', () => {
		const data = buildTrustJson(trustView('public'));
		const view = trustView('public');
		expect(data.subprocessors.map((s) => s.id)).toEqual(
			view.entries.subprocessors.map((s) => s.id),
		);
		for (const s of data.subprocessors)
			expect(Object.keys(s)).toEqual(
				expect.arrayContaining(['name', 'purpose', 'locations', 'aiProvider']),
			);
		expect(data.policies.map((p) => p.url)).toEqual(
			view.entries.policies.map((p) => `https://trust.minimal.example/policies/${p.id}/`),
		);
		expect(data.answers).toEqual({
			count: view.entries.answers.length,
			url: 'https://trust.minimal.example/exports/answers.json',
		});
		expect(data.controls.annexA.summary).toMatch(
			/^\d+ of 37 published ISO 42001 Annex A controls implemented/,
		);
		expect(Object.keys(data.controls.annexA.byStatus).sort()).toEqual([
			'alternative',
			'implemented',
			'not-applicable',
			'partial',
			'planned',
		]);
		expect(data.updates.map((u) => u.date)).toEqual(
			[...data.updates.map((u) => u.date)].sort().reverse(),
		);
	});

	test('the private site adds implementation detail', () => {
		const data = buildTrustJson(trustView('private'));
		expect(data.controls.items.find((c) => c.requirement === 'A.2.3')?.implementation).toBe(
			'Done by the team.',
		);
		expect(data.certifications.map((c) => c.id)).toContain('iso-27001');
	});

	test('the schema is a draft 2020-12 document with an id', () => {
		expect(schema).toMatchObject({
			$schema: 'https://json-schema.org/draft/2020-12/schema',
			$id: 'https://trust.minimal.example/trust.schema.json',
		});
	});
});
