/**
 * The brand stylesheet: `--brand` and `--accent` as the content writes them, and for each
 * theme the shades text and marks may use. `--brand-ink` is the brand as text (4.5:1 on the
 * page), `--accent-mark` the accent as a mark (3:1), `--on-brand` the text colour on a brand
 * fill. The light shades equal the colours written when they pass, which the brand-contrast
 * rule requires; the dark shades are lightened until they pass.
 */
import { AA_NON_TEXT, AA_TEXT, BACKGROUNDS, contrast, shadeFor } from './contrast.ts';

export interface BrandColours {
	primary: string;
	accent: string;
}

function theme(colors: BrandColours, background: string): string {
	const onBrand = contrast('#ffffff', colors.primary) >= contrast('#000000', colors.primary) ? '#ffffff' : '#000000';
	return [
		`--brand-ink:${shadeFor(colors.primary, background, AA_TEXT)}`,
		`--accent-ink:${shadeFor(colors.accent, background, AA_TEXT)}`,
		`--accent-mark:${shadeFor(colors.accent, background, AA_NON_TEXT)}`,
		`--on-brand:${onBrand}`,
	].join(';');
}

export function brandCss(colors: BrandColours): string {
	return [
		`:root{--brand:${colors.primary};--accent:${colors.accent};${theme(colors, BACKGROUNDS.light)}}`,
		`@media (prefers-color-scheme:dark){:root{${theme(colors, BACKGROUNDS.dark)}}}`,
		'',
	].join('\n');
}
