import { beforeAll, describe, expect, test } from 'vitest';
import { raci } from '../../../src/lib/handbook/raci.ts';
import type { AudienceView } from '../../../src/lib/views/audience.ts';
import { handbookFixture } from './_fixture.ts';

let view: AudienceView;
beforeAll(() => {
	({ view } = handbookFixture('handbook-raci'));
});

const cell = (area: string, person: string) =>
	raci(view).rows.find((row) => row.area === area)!.cells[person];

describe('RACI derived from the content', () => {
	test('has one row per area and one column per person', () => {
		const { people, rows } = raci(view);
		expect(people.map((p) => p.id)).toEqual(['ada', 'bob', 'cara']);
		expect(rows.map((r) => r.area)).toEqual([
			'policies',
			'systems',
			'risks',
			'impact-assessments',
			'controls',
			'datasets',
			'audits',
			'incidents',
			'trainings',
			'roadmap',
		]);
		for (const row of rows) expect(Object.keys(row.cells)).toEqual(['ada', 'bob', 'cara']);
	});

	test('approvers and accountable executives are Accountable; owners and the accountability chain Responsible', () => {
		// ada owns and approves the AI policy; bob owns two systems for which ada is accountable.
		expect(cell('policies', 'ada')).toBe('RA');
		expect(cell('systems', 'ada')).toBe('A');
		expect(cell('systems', 'bob')).toBe('RA');
		// cara owns the chatbot and monitors the CV screener at the deployed stage.
		expect(cell('systems', 'cara')).toBe('R');
		expect(cell('risks', 'cara')).toBe('RA');
		expect(cell('impact-assessments', 'cara')).toBe('R');
		expect(cell('impact-assessments', 'ada')).toBe('A');
	});

	test('otherwise committee members are Consulted and everyone else Informed', () => {
		expect(cell('datasets', 'ada')).toBe('C');
		expect(cell('datasets', 'bob')).toBe('A');
		expect(cell('datasets', 'cara')).toBe('I');
		expect(cell('policies', 'cara')).toBe('I');
	});
});
