/** No broken link, image, stylesheet, script or `#fragment` on any page of any site. */
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { brokenLinks, formatBroken } from './_links.ts';
import { SITES } from './_pages.ts';

describe.each(SITES)('%s', (site) => {
	test('has no broken links or fragments', async () => {
		const { broken, checked } = await brokenLinks(join(inject('exampleDist'), site));
		expect(checked, 'the checker found no links at all').toBeGreaterThan(2);
		expect(broken, `broken links on ${site}:\n${formatBroken(broken)}`).toEqual([]);
	});
});
