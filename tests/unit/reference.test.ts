import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ANNEX_A_CONTROLS, ANNEX_A_OBJECTIVES, CLAUSES } from '../../src/lib/reference/index.ts';
import { PROJECT } from '../helpers/content.ts';

// An independent list of the 38 controls, kept as a test fixture (source in SOURCE.md beside it).
const TSV = join(PROJECT, 'tests/fixtures/reference/iso42001-annex-a.tsv');

describe('ISO/IEC 42001 Annex A catalogue', () => {
	test('has exactly the 38 controls of the reference, with their titles, in order', () => {
		const rows = readFileSync(TSV, 'utf8')
			.trim()
			.split('\n')
			.slice(1)
			.map((line) => line.split('\t'));
		expect(rows).toHaveLength(38);
		expect(ANNEX_A_CONTROLS.map((c) => [c.id, c.objective, c.title])).toEqual(
			rows.map(([id, objective, , title]) => [id, objective, title]),
		);
	});

	test('has 9 objectives with the published number of controls each', () => {
		const counts = Object.fromEntries(
			ANNEX_A_OBJECTIVES.map((o) => [
				o.id,
				ANNEX_A_CONTROLS.filter((c) => c.objective === o.id).length,
			]),
		);
		expect(counts).toEqual({
			'A.2': 3,
			'A.3': 2,
			'A.4': 5,
			'A.5': 4,
			'A.6': 9,
			'A.7': 5,
			'A.8': 4,
			'A.9': 3,
			'A.10': 3,
		});
	});

	test('numbers controls from .2, since .1 of each objective is its statement', () => {
		expect(ANNEX_A_CONTROLS.some((c) => /^A\.\d+\.1$/.test(c.id))).toBe(false);
		expect(new Set(ANNEX_A_CONTROLS.map((c) => c.id)).size).toBe(38);
	});
});

describe('clauses 4–10', () => {
	test('lists the 32 requirements with 10.1 continual improvement before 10.2 nonconformity', () => {
		expect(CLAUSES).toHaveLength(32);
		expect(CLAUSES.at(-2)).toEqual({ id: '10.1', title: 'Continual improvement' });
		expect(CLAUSES.at(-1)).toEqual({ id: '10.2', title: 'Nonconformity and corrective action' });
	});
});
