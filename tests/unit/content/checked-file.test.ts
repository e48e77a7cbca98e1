import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import {
	CHECKED_FILE_ENV,
	readCheckedFile,
	writeCheckedFile,
} from '../../../src/lib/checked-file.ts';
import { checkContent } from '../../../src/lib/pipeline.ts';
import { createView } from '../../../src/lib/views/audience.ts';
import { AS_OF } from '../../helpers/build.ts';
import { PROJECT } from '../../helpers/content.ts';

const dir = mkdtempSync(join(tmpdir(), 'aims-checked-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const withoutLines = <T extends { lineOf: unknown }>({ lineOf: _, ...rest }: T) => rest;

test('the checked content a build hands to its sites reads back as checked, every entry and diagnostic', () => {
	const checked = checkContent({ root: PROJECT, asOf: AS_OF });
	expect(checked.entries.length).toBeGreaterThan(100);
	const file = join(dir, 'checked.v8');
	writeCheckedFile(file, checked);
	const handed = readCheckedFile({ [CHECKED_FILE_ENV]: file })!;
	expect(handed.entries.map(withoutLines)).toEqual(checked.entries.map(withoutLines));
	expect(handed.diagnostics).toEqual(checked.diagnostics);
	expect({ rulesRan: handed.rulesRan, asOf: handed.asOf }).toEqual({
		rulesRan: checked.rulesRan,
		asOf: checked.asOf,
	});
	// Line numbers stay behind with the syntax tree; the views built from it are the same.
	expect(handed.entries[0]!.lineOf(['title'])).toBeUndefined();
	for (const audience of ['public', 'private', 'internal'] as const) {
		const json = (view: ReturnType<typeof createView>) => JSON.stringify(view);
		expect(json(createView(handed.entries, audience))).toBe(
			json(createView(checked.entries, audience)),
		);
	}
});

test('without the variable, a site checks the content itself', () => {
	expect(readCheckedFile({})).toBeUndefined();
});
