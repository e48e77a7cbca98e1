/** The knowledge base's vectors file: what it holds, and that a bad one is ignored, not trusted or fatal. */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { everyAudience } from '../../../src/cli/answer/knowledge.ts';
import {
	keyOf,
	MODEL,
	quantised,
	readVectors,
	VECTORS_FILE,
	vectorsText,
} from '../../../src/cli/answer/meaning.ts';
import { checkContent } from '../../../src/lib/pipeline.ts';

const unit = (values: number[]) => {
	const norm = Math.hypot(...values);
	return Float32Array.from(values, (x) => x / norm);
};

describe('the vectors file', () => {
	const work = mkdtempSync(join(tmpdir(), 'aims-vectors-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	test('reads back what it wrote, to the byte', () => {
		const a = unit(Array.from({ length: 512 }, (_, i) => Math.sin(i + 1)));
		const b = unit(Array.from({ length: 512 }, (_, i) => Math.cos(i * 3)));
		const file = join(work, 'v.txt');
		writeFileSync(
			file,
			vectorsText(
				new Map([
					[keyOf('b'), b],
					[keyOf('a'), a],
				]),
			),
		);
		const read = readVectors(file);
		expect(read.problem).toBeUndefined();
		expect(read.vectors.size).toBe(2);
		expect([...quantised(read.vectors.get(keyOf('a'))!)]).toEqual([...quantised(a)]);
		// Rounded to bytes, still the same direction.
		const v = read.vectors.get(keyOf('a'))!;
		expect(v.reduce((s, x, i) => s + x * a[i]!, 0)).toBeGreaterThan(0.999);
		// Sorted by key, so that a change touches only its own lines.
		const keys = readFileSync(file, 'utf8')
			.split('\n')
			.filter((l) => / /.test(l) && !l.startsWith('#') && !l.startsWith('model '))
			.map((l) => l.split(' ')[0]!);
		expect(keys).toEqual([...keys].sort());
	});

	test('another model, a damaged line, a link or a missing file give no vectors and no crash', () => {
		const good = vectorsText(
			new Map([[keyOf('a'), unit([...Array(512).keys()].map((i) => i + 1))]]),
		);
		const other = join(work, 'other.txt');
		writeFileSync(other, good.replace(`model ${MODEL}`, 'model another-model'));
		expect(readVectors(other)).toMatchObject({ problem: expect.stringMatching(/another model/) });
		const damaged = join(work, 'damaged.txt');
		writeFileSync(damaged, good.replace(/ ([A-Za-z0-9+/]{10})/, ' !!'));
		expect(readVectors(damaged).vectors.size).toBe(0);
		const link = join(work, 'link.txt');
		symlinkSync(other, link);
		expect(readVectors(link)).toMatchObject({ problem: 'is not a plain file' });
		expect(readVectors(link).vectors.size).toBe(0);
		expect(readVectors(join(work, 'missing.txt')).vectors.size).toBe(0);
	});

	test("the example's file holds every wording of every audience's knowledge base", () => {
		const checked = checkContent({ root: process.cwd() });
		const kept = readVectors(join('src/content', VECTORS_FILE));
		expect(kept.problem).toBeUndefined();
		const missing = everyAudience(checked.entries)
			.flatMap((kb) => kb.answers.flatMap((a) => a.wordings))
			.filter((w) => !kept.vectors.has(keyOf(w)));
		// After editing answers: npm run answer -- --update-vectors
		expect([...new Set(missing)]).toEqual([]);
	});
});
