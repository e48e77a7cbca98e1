import { describe, expect, test } from 'vitest';
import { certificationProgress, isHeld } from '../../../src/lib/trust/certifications.ts';
import {
	annexAGroups,
	clauseGroups,
	mappingsOf,
	requirementAnchor,
	statusCounts,
} from '../../../src/lib/trust/controls.ts';
import { contentDate } from '../../../src/lib/exports/stamp.ts';
import { formatDate, lastUpdated } from '../../../src/lib/trust/dates.ts';
import { classification, tierCounts } from '../../../src/lib/trust/systems.ts';
import { trustView } from './fixture.ts';

describe('last updated', () => {
	test('is the latest date the content records, never a due date or expiry', () => {
		const view = trustView('public');
		expect(lastUpdated(view)).toBe('2026-10-15');
		// The certificate expires in 2029 and the policy is due in 2027: neither counts.
	});

	test('is the date every export of the site is stamped with', () => {
		for (const audience of ['public', 'private'] as const)
			expect(contentDate(trustView(audience))).toBe(lastUpdated(trustView(audience)));
	});

	test('the private site also counts what only it shows', () => {
		expect(lastUpdated(trustView('private'))).toBe('2026-10-15');
	});

	test('dates read the same on every machine', () => {
		expect(formatDate('2026-03-05')).toBe('5 March 2026');
		expect(formatDate('2026-12-31')).toBe('31 December 2026');
	});
});

describe('certification progress', () => {
	test('marks the steps before the status done and the status current', () => {
		const progress = certificationProgress('stage-1');
		expect(progress.steps.map((s) => s.state)).toEqual(['done', 'done', 'current', 'todo', 'todo']);
		expect(progress.reached).toBe(3);
	});

	test('a certificate under surveillance stays on the last step; a lapsed one leaves the path', () => {
		expect(certificationProgress('surveillance').reached).toBe(5);
		expect(certificationProgress('expired')).toMatchObject({ ended: 'expired', reached: 0 });
		expect(isHeld('surveillance')).toBe(true);
		expect(isHeld('stage-2')).toBe(false);
	});
});

describe('controls', () => {
	const controls = trustView('public').entries.controls;

	test('Annex A comes grouped by its nine objectives in catalogue order, with every control', () => {
		const groups = annexAGroups(controls);
		expect(groups.map((g) => g.id)).toEqual([
			'A.2',
			'A.3',
			'A.4',
			'A.5',
			'A.6',
			'A.7',
			'A.8',
			'A.9',
			'A.10',
		]);
		expect(groups.flatMap((g) => g.rows).length).toBe(38);
		// A.7.6 is private in the fixture: the row stays, without its SoA line.
		expect(groups.flatMap((g) => g.rows).find((r) => r.id === 'A.7.6')?.entry).toBeUndefined();
	});

	test('filtering by status keeps only that status and drops empty groups', () => {
		const groups = annexAGroups(controls, 'not-applicable');
		expect(groups.map((g) => g.rows.map((r) => r.id))).toEqual([['A.10.4']]);
		expect(clauseGroups(controls, 'not-applicable')).toEqual([]);
		expect(clauseGroups(controls).map((g) => g.id)).toEqual([
			'clause-4',
			'clause-5',
			'clause-6',
			'clause-7',
			'clause-8',
			'clause-9',
			'clause-10',
		]);
	});

	test('status counts cover the published lines', () => {
		const counts = Object.fromEntries(statusCounts(controls).map((c) => [c.status, c.count]));
		expect(counts).toEqual({
			implemented: 66,
			partial: 1,
			planned: 1,
			alternative: 0,
			'not-applicable': 1,
		});
	});

	test('only authored mappings are shown, and anchors are stable', () => {
		const a22 = controls.find((c) => c.data.requirement === 'A.2.2')!;
		expect(mappingsOf(a22).map((m) => m.framework)).toEqual([
			'EU AI Act',
			'NIST AI RMF',
			'ISO/IEC 27001:2022',
		]);
		expect(mappingsOf(controls.find((c) => c.data.requirement === 'A.3.2')!)).toEqual([]);
		expect(requirementAnchor('A.6.2.4')).toBe('a-6-2-4');
		expect(requirementAnchor('6.1.3')).toBe('clause-6-1-3');
	});

	test('implementation detail is in the private view only', () => {
		const a23 = (audience: 'public' | 'private') =>
			trustView(audience).entries.controls.find((c) => c.data.requirement === 'A.2.3')!.data;
		expect(a23('public')).not.toHaveProperty('implementation');
		expect(a23('private').implementation).toBe('Done by the team.');
	});
});

describe('AI systems', () => {
	test('classification reads the EU AI Act reference titles', () => {
		const system = trustView('public').entries.systems[0]!;
		const c = classification(system.data.euAiAct);
		expect(c.tier.title).toBe('Minimal risk');
		expect(c.transparency.map((t) => t.article)).toEqual(['Art. 50(1)']);
		expect(c.role.title).toBe('Deployer');
		expect(c.gpai).toBeUndefined();
		expect(
			classification({ ...system.data.euAiAct, tier: 'high-risk-annex-iii', annexIIIPoint: '4(a)' })
				.annexIII,
		).toBe('Annex III 4(a): Employment, workers’ management and access to self-employment');
		expect(tierCounts([system]).find((t) => t.id === 'minimal')?.count).toBe(1);
	});
});
