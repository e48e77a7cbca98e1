/**
 * WCAG 2.2 contrast (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio) for the organisation's
 * brand colours: checked by a content rule, and used by the build to derive the shades that
 * reach AA on light and dark backgrounds, so a brand colour can never make text unreadable.
 */

/** `#1b4965` → [27, 73, 101]. */
export function rgb(hex: string): [number, number, number] {
	const n = Number.parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const hex2 = (n: number) =>
	Math.round(Math.min(255, Math.max(0, n)))
		.toString(16)
		.padStart(2, '0');
export const toHex = ([r, g, b]: readonly number[]): string => `#${hex2(r!)}${hex2(g!)}${hex2(b!)}`;

/** Relative luminance, WCAG 2.2 definition (sRGB, threshold 0.04045). */
export function luminance(hex: string): number {
	const [r, g, b] = rgb(hex).map((c) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** `colour` moved `t` (0–1) of the way to `towards`, in sRGB. */
export function mix(colour: string, towards: string, t: number): string {
	const a = rgb(colour);
	const b = rgb(towards);
	return toHex(a.map((c, i) => c + (b[i]! - c) * t));
}

/**
 * The shade of `colour` closest to it that reaches `ratio` against `background`: lightened
 * towards white on a dark background, darkened towards black on a light one. Steps of 1 %, so
 * the result is deterministic and stays recognisably the brand's hue.
 */
export function shadeFor(colour: string, background: string, ratio: number): string {
	if (contrast(colour, background) >= ratio) return colour;
	const towards = luminance(background) < 0.5 ? '#ffffff' : '#000000';
	for (let step = 1; step <= 100; step++) {
		const candidate = mix(colour, towards, step / 100);
		if (contrast(candidate, background) >= ratio) return candidate;
	}
	return towards;
}

/** WCAG 2.2 AA: 4.5:1 for text (1.4.3), 3:1 for user-interface parts and graphics (1.4.11). */
export const AA_TEXT = 4.5;
export const AA_NON_TEXT = 3;

/** The page backgrounds, light and dark (src/styles/tokens.css `--bg`). */
export const BACKGROUNDS = { light: '#ffffff', dark: '#0e161d' } as const;

/**
 * The surfaces brand-coloured text sits on that are closest to it in lightness (tokens.css
 * `--bg-subtle` in light, `--surface-raised` in dark): shades that pass on these pass on all.
 */
export const HARDEST_SURFACES = { light: '#f5f7f9', dark: '#1b2833' } as const;

export const formatRatio = (ratio: number): string =>
	`${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
