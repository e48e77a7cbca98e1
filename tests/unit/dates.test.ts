/** One definition of a calendar date, for the schemas, AIMS_AS_OF and the CLI alike. */
import { describe, expect, test } from 'vitest';
import { DateInputError, isIsoDate, requireIsoDate, todayIso } from '../../src/lib/dates.ts';
import { todayUtc } from '../../src/lib/pipeline.ts';
import { isoDate } from '../../src/lib/schemas/fields.ts';

describe('isIsoDate', () => {
	test.each(['2026-03-31', '2028-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (value) =>
		expect(isIsoDate(value)).toBe(true),
	);
	test.each([
		'2026-13-45',
		'2026-02-31',
		'2026-02-29',
		'1900-02-29',
		'2026-00-10',
		'2026-1-5',
		'yesterday',
		'2026-03-31T00:00:00Z',
		' 2026-03-31',
		'',
		20260331,
	])('refuses %s', (value) => expect(isIsoDate(value)).toBe(false));
});

describe('requireIsoDate', () => {
	test('names the source and the kind of mistake', () => {
		expect(() => requireIsoDate('2026-02-31', '--as-of')).toThrow(
			new DateInputError(
				'--as-of: "2026-02-31" is not a real calendar date; check the day and month',
			),
		);
		expect(() => requireIsoDate('tomorrow', 'AIMS_AS_OF')).toThrow(
			new DateInputError(
				'AIMS_AS_OF: "tomorrow" must be a date written YYYY-MM-DD, for example 2026-03-31',
			),
		);
	});
});

describe('everything uses it', () => {
	test('todayUtc validates AIMS_AS_OF, and is today in UTC without it', () => {
		expect(todayUtc({ AIMS_AS_OF: '2026-11-28' })).toBe('2026-11-28');
		expect(() => todayUtc({ AIMS_AS_OF: '2026-13-45' })).toThrow(DateInputError);
		expect(todayUtc({})).toBe(todayIso());
		expect(todayIso(new Date('2026-12-31T23:59:59Z'))).toBe('2026-12-31');
	});

	test('the schema field agrees with it', () => {
		for (const value of ['2026-03-31', '2026-02-31', '2026-13-45', 'yesterday'])
			expect(isoDate.safeParse(value).success).toBe(isIsoDate(value));
	});
});
