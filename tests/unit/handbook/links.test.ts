import { beforeAll, describe, expect, test } from 'vitest';
import { compareRequirements, links } from '../../../src/lib/handbook/links.ts';
import { REQUIREMENT_IDS } from '../../../src/lib/reference/index.ts';
import type { AudienceView } from '../../../src/lib/views/audience.ts';
import { handbookFixture } from './_fixture.ts';

let view: AudienceView;
beforeAll(() => {
	({ view } = handbookFixture('handbook-links'));
});

const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('links between entries, both ways', () => {
	test('a system links to what it names and to what names it', () => {
		const index = links(view);
		const system = { collection: 'systems' as const, id: 'cv-screening' };
		expect(ids(index.related(system, 'risks'))).toEqual(['r-bias']);
		// The system names A.5.4; the A.5.4 line names the system back.
		expect(ids(index.related(system, 'controls'))).toEqual(['a.5.4']);
		expect(ids(index.related(system, 'impact-assessments'))).toEqual(['ia-cv']);
		expect(ids(index.related(system, 'datasets'))).toEqual(['hiring-history']);
		expect(ids(index.related(system, 'policies'))).toEqual(['ai-policy']);
		expect(ids(index.related({ collection: 'systems', id: 'support-bot' }, 'incidents'))).toEqual([
			'inc-1',
		]);
	});

	test('the reverse direction holds for every link', () => {
		const index = links(view);
		for (const risk of view.entries.risks)
			for (const system of index.related(risk, 'systems'))
				expect(ids(index.related(system, 'risks'))).toContain(risk.id);
		expect(ids(index.related({ collection: 'risks', id: 'r-bias' }, 'controls'))).toEqual([
			'a.5.4',
			'a.6.2.4',
		]);
		expect(ids(index.related({ collection: 'controls', id: 'a.6.2.4' }, 'risks'))).toEqual([
			'r-bias',
		]);
	});

	test('knows where a person is named and in which field', () => {
		const fields = links(view)
			.incoming({ collection: 'people', id: 'cara' })
			.map((l) => `${l.from.collection}/${l.from.id}.${l.field}`);
		expect(fields).toContain('systems/cv-screening.accountability');
		expect(fields).toContain('impact-assessments/ia-cv.assessor');
		expect(fields).toContain('risks/r-hallucination.owner');
	});

	test('is built once per view', () => {
		expect(links(view)).toBe(links(view));
	});
});

describe('requirement order', () => {
	test('sorts Annex A before clauses, numerically at each level', () => {
		const shuffled = [...REQUIREMENT_IDS].reverse();
		expect(shuffled.sort(compareRequirements)).toEqual([...REQUIREMENT_IDS]);
		expect(['A.10.2', 'A.2.2', '10.1', '4.1', '9.2.2', '9.2.1'].sort(compareRequirements)).toEqual([
			'A.2.2',
			'A.10.2',
			'4.1',
			'9.2.1',
			'9.2.2',
			'10.1',
		]);
	});
});
