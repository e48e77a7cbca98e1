/** Brand colours: WCAG contrast, the shades derived for light and dark, and the check rule's diagnostic. */
import { describe, expect, test } from 'vitest';
import {
	AA_NON_TEXT,
	AA_TEXT,
	BACKGROUNDS,
	contrast,
	HARDEST_SURFACES,
	luminance,
	shadeFor,
} from '../../../src/lib/brand/contrast.ts';
import { brandCss } from '../../../src/lib/brand/css.ts';

describe('contrast', () => {
	test('follows the WCAG 2.2 definition', () => {
		expect(luminance('#ffffff')).toBe(1);
		expect(luminance('#000000')).toBe(0);
		expect(contrast('#000000', '#ffffff')).toBe(21);
		expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});

	test('finds the nearest shade that passes, darker on white and lighter on dark', () => {
		const onWhite = shadeFor('#5fa8d3', BACKGROUNDS.light, AA_TEXT);
		expect(contrast(onWhite, BACKGROUNDS.light)).toBeGreaterThanOrEqual(AA_TEXT);
		expect(luminance(onWhite)).toBeLessThan(luminance('#5fa8d3'));
		const onDark = shadeFor('#1b4965', BACKGROUNDS.dark, AA_TEXT);
		expect(contrast(onDark, BACKGROUNDS.dark)).toBeGreaterThanOrEqual(AA_TEXT);
		expect(luminance(onDark)).toBeGreaterThan(luminance('#1b4965'));
		expect(shadeFor('#1b4965', BACKGROUNDS.light, AA_TEXT)).toBe('#1b4965');
	});
});

describe('brand stylesheet', () => {
	test('every shade it writes passes against its theme’s background', () => {
		const css = brandCss({ primary: '#1b4965', accent: '#2a9d8f' });
		const [light, dark] = css.split('@media');
		const value = (block: string, name: string) =>
			new RegExp(`--${name}:(#[0-9a-f]{6})`).exec(block)![1]!;
		for (const [block, bg] of [
			[light!, BACKGROUNDS.light],
			[light!, HARDEST_SURFACES.light],
			[dark!, BACKGROUNDS.dark],
			[dark!, HARDEST_SURFACES.dark],
		] as const) {
			expect(contrast(value(block, 'brand-ink'), bg)).toBeGreaterThanOrEqual(AA_TEXT);
			expect(contrast(value(block, 'accent-ink'), bg)).toBeGreaterThanOrEqual(AA_TEXT);
			expect(contrast(value(block, 'accent-mark'), bg)).toBeGreaterThanOrEqual(AA_NON_TEXT);
		}
		expect(contrast(value(light!, 'on-brand'), '#1b4965')).toBeGreaterThanOrEqual(AA_TEXT);
		expect(css).toContain('--brand:#1b4965');
	});
});
