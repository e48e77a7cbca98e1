import { describe, expect, test } from 'vitest';
import { h } from '../../../src/lib/og/h.ts';
import { renderOgPng } from '../../../src/lib/og/render.ts';
import { fitTitle, ogCard, titleSize } from '../../../src/lib/og/template.ts';

const card = {
	organization: 'Minimal Co',
	siteTitle: 'Trust Center',
	title: 'Controls',
	badges: ['ISO 42001'],
	brand: '#1f4e79',
	accent: '#b35900',
};

describe('Open Graph images', () => {
	test('h() builds satori elements, flex by default, without empty children', () => {
		expect(h('div', { color: 'red' }, 'a', false, undefined)).toEqual({
			type: 'div',
			props: { style: { display: 'flex', color: 'red' }, children: 'a' },
		});
	});

	test('the card shows organisation, title and badges', () => {
		const text = JSON.stringify(ogCard(card));
		for (const part of ['Minimal Co · Trust Center', 'Controls', 'ISO 42001', '#1f4e79'])
			expect(text).toContain(part);
	});

	test('long titles are shortened at a word, never mid-word, and set smaller the longer they are', () => {
		expect(fitTitle('x'.repeat(200))).toHaveLength(150);
		expect(fitTitle('short')).toBe('short');
		const long = fitTitle(
			'Claims and customer-operations software for insurers, with AI that supports people and never decides about them unseen. '.repeat(
				2,
			),
		);
		expect(long.endsWith('…')).toBe(true);
		expect(long.length).toBeLessThanOrEqual(150);
		expect(
			long
				.slice(0, -1)
				.split(' ')
				.every((word) =>
					'Claims and customer-operations software for insurers, with AI that supports people and never decides about them unseen.'.includes(
						word.replace(/[,.]$/, ''),
					),
				),
		).toBe(true);
		expect(titleSize('Controls')).toBe(64);
		expect(
			titleSize(
				'Claims and customer-operations software for insurers, with AI that supports people and never decides about them unseen.',
			),
		).toBeLessThan(64);
	});

	test('renders a 1200×630 PNG, the same bytes every time', async () => {
		const png = Buffer.from(await renderOgPng(card));
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect(Buffer.from(await renderOgPng(card)).equals(png)).toBe(true);
	});
});
