import { PackageURL } from 'packageurl-js';
import { describe, expect, test } from 'vitest';
import { mlBom, mlBomJson } from '../../../src/lib/exports/cyclonedx.ts';
import { checkContent } from '../../../src/lib/pipeline.ts';
import { createView } from '../../../src/lib/views/audience.ts';
import { PROJECT } from '../../helpers/content.ts';
import { exportEntries, INTERNAL_SYSTEM, PUBLIC_SYSTEM } from './fixture.ts';
import { cycloneDxValidator } from './validators.ts';

// Parsed export documents, read by path in assertions: their schemas are checked by the real validators.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const entries = exportEntries('exports-cyclonedx');
const bom = (audience: 'public' | 'private' | 'internal') =>
	mlBom(createView(entries, audience)) as Json;
const component = (b: Json, ref: string) => b.components.find((c: Json) => c['bom-ref'] === ref);

describe('CycloneDX ML-BOM', () => {
	const validate = cycloneDxValidator();

	test.each(['public', 'private', 'internal'] as const)(
		'the %s BOM is valid against the official CycloneDX 1.6 schema',
		(audience) => {
			const b = bom(audience);
			expect(validate(b), JSON.stringify(validate.errors, null, 2)).toBe(true);
			// Not vacuous: a model card with an unknown field is rejected.
			component(b, `system:${PUBLIC_SYSTEM}`).modelCard.considerations.audience = ['x'];
			expect(validate(b)).toBe(false);
		},
	);

	test('the handbook BOM holds every system and dataset, with the model card and its dependencies', () => {
		const b = bom('internal');
		expect(b.specVersion).toBe('1.6');
		expect(b.components.map((c: Json) => [c.type, c['bom-ref']]).sort()).toEqual([
			['data', 'dataset:hr-records'],
			['data', 'dataset:support-tickets'],
			['machine-learning-model', `system:${INTERNAL_SYSTEM}`],
			['machine-learning-model', `system:${PUBLIC_SYSTEM}`],
		]);
		const card = component(b, `system:${PUBLIC_SYSTEM}`).modelCard;
		expect(card.modelParameters.datasets).toEqual([{ ref: 'dataset:support-tickets' }]);
		expect(card.quantitativeAnalysis.performanceMetrics).toEqual([
			{ type: 'answer accuracy', value: '94 %' },
		]);
		expect(card.considerations.users).toEqual(['Support agent']);
		expect(card.considerations.technicalLimitations).toEqual(['Can state outdated product facts.']);
		expect(card.considerations.ethicalConsiderations).toEqual([
			{
				name: 'Drafts are worse for non-native speakers',
				mitigationStrategy: 'Evaluate drafts by customer language every quarter.',
			},
		]);
		expect(card.considerations.fairnessAssessments[0]).toMatchObject({
			groupAtRisk: 'Non-native speakers',
			harms: 'Drafts are worse for non-native speakers',
		});
		expect(component(b, 'dataset:hr-records').data).toEqual([
			{
				type: 'dataset',
				name: 'HR records',
				classification: 'personal-data',
				sensitiveData: ['contact details'],
			},
		]);
		expect(
			b.dependencies.find((d: Json) => d.ref === `system:${INTERNAL_SYSTEM}`).dependsOn,
		).toEqual(['dataset:hr-records', 'dataset:support-tickets']);
	});

	test('the public BOM holds public systems only, without internal fields, risks or internal datasets', () => {
		const text = JSON.stringify(bom('public'));
		const b = bom('public');
		expect(b.components.map((c: Json) => c['bom-ref']).sort()).toEqual([
			'dataset:support-tickets',
			`system:${PUBLIC_SYSTEM}`,
		]);
		for (const leak of [
			INTERNAL_SYSTEM,
			'Pricing model',
			'hr-records',
			'HR records',
			'risk-level',
			'Drafts are worse',
		])
			expect(text).not.toContain(leak);
		// Which datasets a system uses is internal-only, so the public model card names none; the
		// risks are internal too, so there are no ethical considerations to state, and no empty list.
		const card = component(b, `system:${PUBLIC_SYSTEM}`).modelCard;
		expect(card.modelParameters).toEqual({
			approach: { type: 'self-supervised' },
			task: 'text generation',
			architectureFamily: 'transformer',
		});
		expect(card.considerations).not.toHaveProperty('ethicalConsiderations');
		expect(text).not.toMatch(/: (\[\]|\{\})/);
	});

	test('components carry what SBOM platforms match on: version, supplier, manufacturer, purl', () => {
		const b = bom('internal');
		const pub = component(b, `system:${PUBLIC_SYSTEM}`);
		expect(pub).toMatchObject({
			version: '4.2',
			supplier: { name: 'Example Models Inc.' },
			manufacturer: { name: 'Example Research Lab' },
			purl: 'pkg:generic/example-models-inc/support-assistant@4.2',
		});
		const hosted = component(b, `system:${INTERNAL_SYSTEM}`);
		expect(hosted.purl).toBe(
			'pkg:huggingface/Example-Org/pricing-bert@2f2f2b3a6ce5b56ad4e0e4e1a0a1f1c5e2d3c4b5',
		);
		expect(hosted.version).toBe('2f2f2b3a6ce5b56ad4e0e4e1a0a1f1c5e2d3c4b5');
		// Valid package URLs: each parses back to the same string.
		for (const c of b.components.filter((x: Json) => x.purl))
			expect(PackageURL.fromString(c.purl).toString()).toBe(c.purl);
	});

	test('metric thresholds and dates are properties in the documented aims:metric namespace', () => {
		const names = component(bom('public'), `system:${PUBLIC_SYSTEM}`).properties.map((p: Json) => [
			p.name,
			p.value,
		]);
		expect(names).toEqual(
			expect.arrayContaining([
				['aims:metric:answer-accuracy:threshold', '90 %'],
				['aims:metric:answer-accuracy:measured-on', '2026-05-01'],
			]),
		);
		for (const [name] of names) expect(name).toMatch(/^aims(:[a-z0-9]+(-[a-z0-9]+)*)+$/);
	});

	test('is reproducible: derived serial number, timestamp from the content', () => {
		const b = bom('internal');
		expect(b.serialNumber).toMatch(
			/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
		);
		expect(b.metadata.timestamp).toBe('2026-06-02T00:00:00.000Z');
		expect(mlBomJson(createView([...entries].reverse(), 'internal'))).toBe(
			mlBomJson(createView(entries, 'internal')),
		);
		expect(bom('public').serialNumber).not.toBe(b.serialNumber);
	});
});

describe('the example organisation’s ML-BOM', () => {
	const example = checkContent({ root: PROJECT, asOf: '2026-11-28' }).entries;
	const validate = cycloneDxValidator();

	test.each(['public', 'private', 'internal'] as const)(
		'the %s BOM is valid, and every model has a supplier, manufacturer and unique purl',
		(audience) => {
			const b = mlBom(createView(example, audience)) as Json;
			expect(validate(b), JSON.stringify(validate.errors, null, 2)).toBe(true);
			const models = b.components.filter((c: Json) => c.type === 'machine-learning-model');
			expect(models.length).toBeGreaterThan(0);
			for (const m of models) {
				expect(m.supplier?.name, m['bom-ref']).toBeTruthy();
				expect(m.manufacturer?.name, m['bom-ref']).toBeTruthy();
				expect(m.purl, m['bom-ref']).toMatch(/^pkg:(generic|huggingface)\//);
			}
			expect(new Set(models.map((m: Json) => m.purl)).size).toBe(models.length);
			expect(models.find((m: Json) => m['bom-ref'] === 'system:claims-triage')).toMatchObject({
				version: '4',
				purl: 'pkg:generic/northwind-analytics-limited/claims-triage@4',
			});
		},
	);
});
