/** The re-import decision per field: a changed sheet goes in, a hand edit is kept and reported. */
import { describe, expect, test } from 'vitest';
import { decide, formatState, valueHash } from '../../../src/cli/import/state.ts';

const imported = (value: unknown) => ({ sheet: valueHash(value) });

describe('decide', () => {
	test('a field not edited since the import takes the sheet’s new value', () => {
		expect(decide('Old', 'New', imported('Old'), 'ask')).toEqual({
			take: 'sheet',
			record: imported('New'),
		});
	});
	test('a hand edit is kept and reported when the sheet says otherwise, changed or not', () => {
		expect(decide('Mine', 'Old', imported('Old'), 'ask')).toEqual({
			take: 'file',
			record: imported('Old'),
			conflict: true,
		});
		expect(decide('Mine', 'New', imported('Old'), 'ask')).toEqual({
			take: 'file',
			record: imported('Old'),
			conflict: true,
		});
	});
	test('a hand edit the sheet has caught up with is no conflict', () => {
		expect(decide('Mine', 'Mine', imported('Old'), 'ask')).toEqual({
			take: 'sheet',
			record: imported('Mine'),
		});
	});
	test('--theirs takes the sheet’s value; --ours keeps the edit and records it', () => {
		expect(decide('Mine', 'Old', imported('Old'), 'theirs')).toEqual({
			take: 'sheet',
			record: imported('Old'),
		});
		const ours = decide('Mine', 'Old', imported('Old'), 'ours');
		expect(ours).toEqual({
			take: 'file',
			record: { sheet: valueHash('Old'), kept: valueHash('Mine') },
			conflict: false,
		});
		// Recorded: quiet on the next run while the sheet says the same…
		expect(decide('Mine', 'Old', ours.record, 'ask')).toMatchObject({
			take: 'file',
			conflict: false,
		});
		// …and a conflict again once the sheet changes.
		expect(decide('Mine', 'Newer', ours.record, 'ask')).toMatchObject({
			take: 'file',
			conflict: true,
		});
	});
	test('a file never imported into that differs from the sheet is a conflict, not overwritten', () => {
		expect(decide('Hand-written', 'Sheet', undefined, 'ask')).toEqual({
			take: 'file',
			record: undefined,
			conflict: true,
		});
		// A value deleted by hand is an edit too; a value that was never there is not.
		expect(decide(undefined, 'Sheet', imported('Old'), 'ask')).toMatchObject({
			take: 'file',
			conflict: true,
		});
		expect(decide(undefined, 'Sheet', undefined, 'ask')).toEqual({
			take: 'sheet',
			record: imported('Sheet'),
		});
	});
	test('lists and absent values hash by value', () => {
		expect(valueHash(['a', 'b'])).toBe(valueHash(['a', 'b']));
		expect(valueHash(['a', 'b'])).not.toBe(valueHash(['b', 'a']));
		expect(valueHash(undefined)).not.toBe(valueHash('undefined'));
	});
});

test('the state file is sorted and stable', () => {
	const text = formatState({
		'systems/b': { fields: { title: { sheet: '1' }, purpose: { sheet: '2' } } },
		'systems/a': { fields: {}, block: { sheet: '3' } },
	});
	expect(text).toBe(formatState(JSON.parse(text).entries));
	expect(text.indexOf('systems/a')).toBeLessThan(text.indexOf('systems/b'));
	expect(text).toContain('"systems/b": {"fields":{"purpose":{"sheet":"2"},"title":{"sheet":"1"}}}');
});
