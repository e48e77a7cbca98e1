/** One page per template of every site is valid HTML under html-validate's recommended rules. */
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { formatHtmlErrors, validateFile } from './_html.ts';
import { representativePages, SITES } from './_pages.ts';

describe.each(SITES)('%s', (site) => {
	test('every template writes valid HTML', async () => {
		const dir = join(inject('exampleDist'), site);
		const pages = representativePages(dir, site);
		expect(pages.length).toBeGreaterThan(1);
		const errors = (
			await Promise.all(
				pages.map(({ path }) =>
					validateFile(path, join(dir, path.endsWith('/') ? `${path}index.html` : path)),
				),
			)
		).flat();
		expect(errors, `invalid HTML on ${site}:\n${formatHtmlErrors(errors)}`).toEqual([]);
	});
});
