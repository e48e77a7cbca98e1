/**
 * The organisation's brand colours must stay readable: the primary colour carries links and
 * button labels on white (WCAG 2.2 1.4.3, 4.5:1), the accent draws marks and focus rings
 * (1.4.11, 3:1). Checked at build time so a rebrand cannot ship an unreadable trust center.
 */
import {
	AA_NON_TEXT,
	AA_TEXT,
	BACKGROUNDS,
	contrast,
	formatRatio,
	shadeFor,
} from '../brand/contrast.ts';
import { at, type Rule } from './context.ts';

export const brandContrast: Rule = (context) =>
	context.all('organization').flatMap((org) => {
		const { primary, accent } = org.data.colors;
		const checks = [
			{ field: 'primary', colour: primary, ratio: AA_TEXT, use: 'text and links' },
			{ field: 'accent', colour: accent, ratio: AA_NON_TEXT, use: 'marks and focus rings' },
		] as const;
		return checks
			.filter((c) => contrast(c.colour, BACKGROUNDS.light) < c.ratio)
			.map((c) =>
				at(
					org,
					['colors', c.field],
					'brand-contrast',
					`${c.colour} reaches ${formatRatio(contrast(c.colour, BACKGROUNDS.light))} against white; ${c.use} need ${formatRatio(c.ratio)} (WCAG 2.2 AA)`,
					`use ${shadeFor(c.colour, BACKGROUNDS.light, c.ratio)}, the nearest darker shade that passes, or another colour of the brand`,
				),
			);
	});
