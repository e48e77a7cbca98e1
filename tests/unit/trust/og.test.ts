import { describe, expect, test } from 'vitest';
import { h } from '../../../src/lib/og/h.ts';
import { renderOgPng } from '../../../src/lib/og/render.ts';
import { fitTitle, ogCard } from '../../../src/lib/og/template.ts';

const card = { organization: 'Minimal Co', siteTitle: 'Trust Center', title: 'Controls', badges: ['ISO 42001'], brand: '#1f4e79', accent: '#b35900' };

describe('Open Graph images', () => {
	test('h() builds satori elements, flex by default, without empty children', () => {
		expect(h('div', { color: 'red' }, 'a', false, undefined)).toEqual({ type: 'div', props: { style: { display: 'flex', color: 'red' }, children: 'a' } });
	});

	test('the card shows organisation, title and badges', () => {
		const text = JSON.stringify(ogCard(card));
		for (const part of ['Minimal Co · Trust Center', 'Controls', 'ISO 42001', '#1f4e79']) expect(text).toContain(part);
	});

	test('long titles are shortened', () => {
		expect(fitTitle('x'.repeat(200))).toHaveLength(90);
		expect(fitTitle('short')).toBe('short');
	});

	test('renders a 1200×630 PNG, the same bytes every time', async () => {
		const png = Buffer.from(await renderOgPng(card));
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect(Buffer.from(await renderOgPng(card)).equals(png)).toBe(true);
	});
});
