/** What falls due: buckets as of a date, items grouped by owner, and the freshness rule's exclusions. */
import { describe, expect, test } from 'vitest';
import { bucketOf, dueByOwner, dueItems } from '../../../src/lib/handbook/due.ts';
import { AS_OF, handbookFixture } from './_fixture.ts';

const { view } = handbookFixture('handbook-due');

describe('coming due', () => {
	test('buckets a date as overdue, or within 30, 60 or 90 days, and ignores what is further away', () => {
		expect(bucketOf('2026-11-27', AS_OF)).toBe('overdue');
		expect(bucketOf(AS_OF, AS_OF)).toBe('within-30');
		expect(bucketOf('2026-12-28', AS_OF)).toBe('within-30');
		expect(bucketOf('2026-12-29', AS_OF)).toBe('within-60');
		expect(bucketOf('2027-02-26', AS_OF)).toBe('within-90');
		expect(bucketOf('2027-02-27', AS_OF)).toBeUndefined();
	});

	test('lists open actions but not done ones, with their owner', () => {
		const items = dueItems(view);
		const audit = items.filter((i) => i.entry.collection === 'audits');
		expect(audit.map((i) => [i.what, i.owner, i.due])).toEqual([
			['Add approvers', 'ada', '2026-11-01'],
		]);
		for (const item of items) expect(item.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	test('groups by owner, counts each bucket, and orders each owner’s items by date', () => {
		const groups = dueByOwner(dueItems(view), AS_OF);
		expect(groups.length).toBeGreaterThan(0);
		for (const group of groups) {
			const dates = group.items.map((i) => i.due);
			expect([...dates].sort()).toEqual(dates);
			expect(Object.values(group.counts).reduce((a, b) => a + b, 0)).toBe(group.items.length);
			for (const item of group.items) expect(item.owner).toBe(group.owner);
		}
		const ada = groups.find((g) => g.owner === 'ada')!;
		expect(ada.counts.overdue).toBeGreaterThan(0);
	});
});
