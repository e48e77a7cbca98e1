import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import {
	CHECKED_FILE_ENV,
	CHECKED_FILE_WAIT_ENV,
	checkedFileReady,
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

test('the checked file appears whole: nothing is left beside it', () => {
	const checked = checkContent({ root: PROJECT, asOf: AS_OF });
	const folder = mkdtempSync(join(dir, 'whole-'));
	writeCheckedFile(join(folder, 'checked.v8'), checked);
	expect(readdirSync(folder)).toEqual(['checked.v8']);
});

test('a site started early waits for the file it was told to, and only when told to', async () => {
	const folder = mkdtempSync(join(dir, 'wait-'));
	const file = join(folder, 'checked.v8');
	// Not told to wait: resolves at once, and reading the missing file then fails loudly.
	await checkedFileReady({ [CHECKED_FILE_ENV]: file });
	await checkedFileReady({});
	// Told to wait: pending until the check has written the file.
	let ready = false;
	const waiting = checkedFileReady(
		{ [CHECKED_FILE_ENV]: file, [CHECKED_FILE_WAIT_ENV]: file },
		5,
	).then(() => (ready = true));
	await new Promise((done) => setTimeout(done, 50));
	expect(ready).toBe(false);
	writeCheckedFile(file, checkContent({ root: PROJECT, asOf: AS_OF }));
	await waiting;
	expect(ready).toBe(true);
	expect(existsSync(file)).toBe(true);
});

test('a waiting site stops, saying why, when the build that started it has removed its folder', async () => {
	const folder = mkdtempSync(join(dir, 'ended-'));
	const file = join(folder, 'turn-trust');
	const waiting = checkedFileReady({ [CHECKED_FILE_ENV]: file, [CHECKED_FILE_WAIT_ENV]: file }, 5);
	rmSync(folder, { recursive: true, force: true });
	await expect(waiting).rejects.toThrow(
		`${folder} is gone: the build that started this site has ended; run npm run build again`,
	);
});
