import { describe, expect, test } from 'vitest';
import { coverageSentence, type Coverage } from '../../../src/lib/derive/coverage.ts';

const coverage = (disclosed: number, byStatus: Partial<Coverage['byStatus']>): Coverage => ({
	total: 38,
	disclosed,
	byStatus: {
		implemented: 0,
		partial: 0,
		planned: 0,
		alternative: 0,
		'not-applicable': 0,
		...byStatus,
	},
});

describe('coverage sentence', () => {
	test('counts against the whole catalogue when every line is disclosed', () => {
		expect(
			coverageSentence(coverage(38, { implemented: 34, partial: 2, 'not-applicable': 2 })),
		).toBe('34 of 38 ISO 42001 Annex A controls implemented, 2 partially, 2 not applicable');
	});

	test('never counts undisclosed lines as not implemented', () => {
		expect(
			coverageSentence(
				coverage(32, {
					implemented: 22,
					alternative: 2,
					partial: 5,
					planned: 2,
					'not-applicable': 1,
				}),
			),
		).toBe(
			'22 of 32 published ISO 42001 Annex A controls implemented, 2 by alternative means, 5 partially, 2 planned, 1 not applicable, 6 more shared under NDA',
		);
	});
});
