import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { markdownToText } from '../../../src/lib/render/plain-text.ts';
import { PROJECT } from '../../helpers/content.ts';

describe('markdownToText: clean paragraphs for pasting', () => {
	test('joins a hard-wrapped paragraph into one line, and keeps paragraphs apart', () => {
		expect(
			markdownToText(
				'Only if you opt in. By default, your data\nis used only to provide the service\nto you.\n\nSecond paragraph\nwraps too.',
			),
		).toBe(
			'Only if you opt in. By default, your data is used only to provide the service to you.\n\nSecond paragraph wraps too.',
		);
	});

	test('keeps list items on their own lines, joining each item’s wrapped text', () => {
		expect(
			markdownToText(
				'We test:\n\n- yearly, by an\n  independent firm\n- after major\n  releases\n1. first\n2. second',
			),
		).toBe(
			'We test:\n\n- yearly, by an independent firm\n- after major releases\n1. first\n2. second',
		);
	});

	test('no answer of the example content comes out with a line break inside a sentence', () => {
		const dir = join(PROJECT, 'src/content/answers');
		for (const file of readdirSync(dir).sort()) {
			const body = readFileSync(join(dir, file), 'utf8').split(/^---$/m).slice(2).join('---');
			const text = markdownToText(body);
			for (const line of text.split('\n'))
				if (line !== '' && !/^(- |\d+[.)] )/.test(line))
					expect(line, `${file}: ${line}`).toMatch(/[.!?:)”"]$/);
		}
	});
});
