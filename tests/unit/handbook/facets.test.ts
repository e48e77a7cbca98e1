/**
 * The inventory's filter shows every value any system has, on every index page: worked out
 * once per inventory, the values stay those of the systems given, in the reference order.
 */
import { expect, test } from 'vitest';
import { FACETS, facetValue, facetValues } from '../../../src/lib/handbook/facets.ts';
import { checkContent } from '../../../src/lib/pipeline.ts';
import { createView } from '../../../src/lib/views/audience.ts';
import { AS_OF } from '../../helpers/build.ts';
import { PROJECT } from '../../helpers/content.ts';

const systems = createView(checkContent({ root: PROJECT, asOf: AS_OF }).entries, 'internal').entries
	.systems;

test('each facet lists the values its systems have, once each, whichever subset is asked', () => {
	expect(systems.length).toBeGreaterThan(2);
	for (const facet of FACETS) {
		const all = facetValues(systems, facet);
		const present = new Set(systems.map((s) => facetValue(s, facet)).filter(Boolean));
		expect(new Set(all), facet).toEqual(present);
		expect(all.length, facet).toBe(present.size);
		// Another list of systems is another inventory: its own values, not the first one's.
		const one = facetValues(systems.slice(0, 1), facet);
		expect(one, facet).toEqual([facetValue(systems[0]!, facet)].filter(Boolean));
	}
});

test('a caller that changes the list it got does not change what the next page gets', () => {
	const first = facetValues(systems, 'stage');
	const copy = [...first];
	first.push('retired-and-gone');
	first.reverse();
	expect(facetValues(systems, 'stage')).toEqual(copy);
});
