import { beforeAll, describe, expect, test } from 'vitest';
import {
	attention,
	clauseCoverage,
	completion,
	latestUpdates,
	openCorrectiveActions,
	roadmapProgress,
	systemsByTierAndStage,
} from '../../../src/lib/handbook/dashboard.ts';
import type { AudienceView } from '../../../src/lib/views/audience.ts';
import { AS_OF, handbookFixture } from './_fixture.ts';

let view: AudienceView<'internal'>;
beforeAll(() => {
	({ view } = handbookFixture('handbook-dashboard'));
});

const keys = (list: { entry: { collection: string; id: string }; rule: string }[]) =>
	list.map((a) => `${a.entry.collection}/${a.entry.id} ${a.rule}`);

describe('dashboard figures', () => {
	test('overdue reviews and actions are exactly what the freshness rule flags', () => {
		expect(keys(attention(view, AS_OF).overdue)).toEqual([
			'audits/ia-2026 action-overdue',
			'controls/a.5.4 review-overdue',
			'risks/r-bias action-overdue',
			'risks/r-hallucination review-overdue',
			'systems/cv-screening review-overdue',
		]);
	});

	test('certificates and evidence expiring within 90 days, and nothing else', () => {
		const { expiring } = attention(view, AS_OF);
		expect(keys(expiring)).toEqual(['certifications/soc2 expiring', 'controls/a.5.4 expiring']);
		expect(expiring[0]!.message).toBe('the SOC 2 certificate expires 2026-12-20, in 22 days');
		// A day after the certificate expired it is reported as expired, not expiring.
		expect(keys(attention(view, '2026-12-21').expiring)).toContain('certifications/soc2 expired');
		// Long before, nothing is within the window.
		expect(attention(view, '2026-01-01').expiring).toEqual([]);
	});

	test('open nonconformities and corrective actions: open NCs and open incident actions, not observations or done work', () => {
		const open = openCorrectiveActions(view);
		expect(open.map((a) => [a.entry.id, a.finding ?? null, a.kind, a.action?.status])).toEqual([
			['ia-2026', 'IA-2026-01', 'minor-nonconformity', 'open'],
			['inc-1', null, 'incident', 'in-progress'],
		]);
	});

	test('roadmap progress counts milestones done per phase, in phase order', () => {
		expect(
			roadmapProgress(view.entries.roadmap).map((p) => [
				p.entry.data.phase,
				p.done,
				p.total,
				p.percent,
			]),
		).toEqual([
			[1, 2, 2, 100],
			[2, 1, 3, 33],
		]);
	});

	test('systems by tier and stage count every system once, with every cell present', () => {
		const grid = systemsByTierAndStage(view.entries.systems);
		expect(grid['high-risk-annex-iii']).toMatchObject({ deployed: 1, validation: 1, proposed: 0 });
		expect(grid.minimal.monitoring).toBe(1);
		const total = Object.values(grid)
			.flatMap((row) => Object.values(row))
			.reduce((a, b) => a + b, 0);
		expect(total).toBe(view.entries.systems.length);
		expect(Object.keys(grid)).toHaveLength(6);
	});

	test('clause coverage counts the 32 clause requirements, not Annex A lines', () => {
		expect(clauseCoverage(view.entries.controls)).toEqual({
			total: 32,
			disclosed: 32,
			byStatus: { implemented: 32, partial: 0, planned: 0, alternative: 0, 'not-applicable': 0 },
		});
	});

	test('training completion is a whole percent, 100 when nobody is assigned', () => {
		expect(completion({ assigned: 120, completed: 97 })).toBe(81);
		expect(completion({ assigned: 0, completed: 0 })).toBe(100);
	});
});

describe('latest updates', () => {
	test('are the newest few, newest first', () => {
		const update = (id: string, date: string) => ({
			collection: 'updates' as const,
			id,
			file: `${id}.md`,
			format: 'md' as const,
			data: {
				audience: 'public' as const,
				title: id,
				date,
				category: 'general' as const,
				summary: 's',
			},
		});
		const list = [update('a', '2026-01-01'), update('b', '2026-03-01'), update('c', '2026-02-01')];
		expect(latestUpdates(list, 2).map((u) => u.id)).toEqual(['b', 'c']);
	});
});
