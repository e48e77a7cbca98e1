/**
 * The benchmark's synthetic organisation is valid content (the real loader, schemas and
 * integrity rules accept it) in the proportions the benchmark promises.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { benchCounts, generateOrganization } from '../../../src/cli/bench/generate.ts';
import { checkContent } from '../../../src/lib/pipeline.ts';
import { PROJECT, TMP, writeContent } from '../../helpers/content.ts';

const AS_OF = '2026-11-28';

function check(systems: number) {
	const root = join(TMP, `bench-${systems}`);
	rmSync(root, { recursive: true, force: true });
	const files = generateOrganization(systems);
	for (const [path, text] of Object.entries(files))
		writeContent(join(root, 'src/content'), path, text);
	// The benchmark builds in a copy of the project, whose public/ holds the logo the content names.
	cpSync(join(PROJECT, 'public'), join(root, 'public'), { recursive: true });
	return { files, result: checkContent({ root, asOf: AS_OF }) };
}

describe('synthetic organisation for the benchmark', () => {
	test.each([1, 7, 40])('%i systems: passes the check with no error or warning', (systems) => {
		const { result } = check(systems);
		expect(result.diagnostics.map((d) => `${d.file}: ${d.message}`)).toEqual([]);
		expect(result.rulesRan).toBe(true);
	});

	test('holds each collection in the promised proportion', () => {
		const { files } = check(40);
		const count = (collection: string) =>
			Object.keys(files).filter((f) => f.startsWith(`${collection}/`)).length;
		const expected = benchCounts(40);
		expect(expected).toMatchObject({
			systems: 40,
			risks: 48,
			impactAssessments: 8,
			answers: 35,
			controls: 70,
			people: 12,
			datasets: 20,
		});
		expect(count('systems')).toBe(expected.systems);
		expect(count('risks')).toBe(expected.risks);
		expect(count('impact-assessments')).toBe(expected.impactAssessments);
		expect(count('answers')).toBe(expected.answers);
		expect(count('controls')).toBe(expected.controls);
		expect(count('people')).toBe(expected.people);
		expect(count('datasets')).toBe(expected.datasets);
		expect(count('policies')).toBe(expected.policies);
	});

	test('caps answers at 525 and scales the rest linearly', () => {
		expect(benchCounts(10_000)).toMatchObject({
			systems: 10_000,
			risks: 12_000,
			impactAssessments: 2000,
			answers: 525,
			people: 510,
			datasets: 5000,
		});
	});

	test('is deterministic', () => {
		expect(generateOrganization(12)).toEqual(generateOrganization(12));
	});

	test('rejects a size that is not a positive whole number', () => {
		expect(() => benchCounts(0)).toThrow('at least 1');
	});
});
