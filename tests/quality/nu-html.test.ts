/** Every page of every site passes the Nu HTML Checker, a second validator beside html-validate (tests/quality/html.test.ts). */
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { formatNu, nuErrors } from './_nu.ts';
import { SITES } from './_pages.ts';

describe.each(SITES)('%s', (site) => {
	test('every page is valid HTML to the Nu HTML Checker', () => {
		const errors = nuErrors(join(inject('exampleDist'), site));
		expect(errors, `Nu HTML Checker errors on ${site}:\n${formatNu(errors)}`).toEqual([]);
	}, 300_000);
});
