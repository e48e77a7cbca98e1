import { describe, expect, test } from 'vitest';
import { band, bandCounts, heatmap } from '../../../src/lib/handbook/heatmap.ts';

const risk = (id: string, inherent: [number, number], residual: [number, number]) => ({
	id,
	data: {
		title: `Risk ${id}`,
		inherent: { likelihood: inherent[0], impact: inherent[1] },
		residual: { likelihood: residual[0], impact: residual[1] },
	},
});
const RISKS = [risk('b', [5, 5], [2, 3]), risk('a', [5, 5], [1, 1]), risk('c', [1, 4], [1, 4])];

describe('heatmap', () => {
	test('has 5 rows of 5 cells, likelihood 5 at the top and impact 1 on the left', () => {
		const rows = heatmap(RISKS, 'inherent');
		expect(rows).toHaveLength(5);
		expect(rows.every((row) => row.length === 5)).toBe(true);
		expect(rows[0]![0]).toMatchObject({ likelihood: 5, impact: 1 });
		expect(rows[4]![4]).toMatchObject({ likelihood: 1, impact: 5 });
	});

	test('puts every risk in exactly the cell of its rating, sorted by id', () => {
		const rows = heatmap(RISKS, 'inherent');
		expect(rows[0]![4]!.risks.map((r) => r.id)).toEqual(['a', 'b']);
		expect(rows[4]![3]!.risks.map((r) => r.id)).toEqual(['c']);
		const total = rows.flat().reduce((sum, cell) => sum + cell.risks.length, 0);
		expect(total).toBe(RISKS.length);
	});

	test('reads the residual rating for the residual map', () => {
		const cells = heatmap(RISKS, 'residual')
			.flat()
			.filter((cell) => cell.risks.length > 0);
		expect(cells.map((c) => [c.likelihood, c.impact, c.risks.map((r) => r.id)])).toEqual([
			[2, 3, ['b']],
			[1, 1, ['a']],
			[1, 4, ['c']],
		]);
	});

	test('bands scores: 1–4 low, 5–9 medium, 10–14 high, 15–25 critical', () => {
		expect([
			band(1, 4),
			band(1, 5),
			band(3, 3),
			band(2, 5),
			band(3, 4),
			band(3, 5),
			band(5, 5),
		]).toEqual(['low', 'medium', 'medium', 'high', 'high', 'critical', 'critical']);
		expect(bandCounts(RISKS, 'inherent')).toEqual({ low: 1, medium: 0, high: 0, critical: 2 });
	});
});
