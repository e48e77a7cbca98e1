/**
 * The brand stylesheet: `--brand` and `--accent` as the content writes them, and for each
 * theme the shades text and marks may use. `--brand-ink` is the brand as text (4.5:1 on the
 * page), `--accent-mark` the accent as a mark (3:1), `--on-brand` the text colour on a brand
 * fill. Each is checked against the theme's hardest surface (contrast.ts HARDEST_SURFACES):
 * in light it is the colour as written whenever that passes, in dark it is lightened until it
 * does.
 */
import { AA_NON_TEXT, AA_TEXT, contrast, HARDEST_SURFACES, shadeFor } from './contrast.ts';

export interface BrandColours {
	primary: string;
	accent: string;
}

function theme(colors: BrandColours, background: string): string {
	const onBrand =
		contrast('#ffffff', colors.primary) >= contrast('#000000', colors.primary)
			? '#ffffff'
			: '#000000';
	return [
		`--brand-ink:${shadeFor(colors.primary, background, AA_TEXT)}`,
		`--accent-ink:${shadeFor(colors.accent, background, AA_TEXT)}`,
		`--accent-mark:${shadeFor(colors.accent, background, AA_NON_TEXT)}`,
		`--on-brand:${onBrand}`,
	].join(';');
}

export function brandCss(colors: BrandColours): string {
	return [
		`:root{--brand:${colors.primary};--accent:${colors.accent};${theme(colors, HARDEST_SURFACES.light)}}`,
		`@media (prefers-color-scheme:dark){:root{${theme(colors, HARDEST_SURFACES.dark)}}}`,
		'',
	].join('\n');
}
