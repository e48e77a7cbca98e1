/**
 * Renders an Open Graph card to PNG: satori lays it out as SVG, resvg rasterises it. Fonts are
 * the Inter WOFF files of @fontsource/inter, read from node_modules once per process: the
 * build never fetches a font.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { OG_HEIGHT, OG_WIDTH, ogCard, type OgCard } from './template.ts';

let fonts: Font[] | undefined;

function interFonts(): Font[] {
	if (!fonts) {
		// Resolved from the project, not from this module: in a build it runs from a bundled chunk.
		const require = createRequire(join(process.cwd(), 'package.json'));
		const file = (weight: 400 | 700) =>
			readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
		fonts = [
			{ name: 'Inter', data: file(400), weight: 400, style: 'normal' },
			{ name: 'Inter', data: file(700), weight: 700, style: 'normal' },
		];
	}
	return fonts;
}

export async function renderOgPng(card: OgCard): Promise<Uint8Array<ArrayBuffer>> {
	const svg = await satori(ogCard(card), {
		width: OG_WIDTH,
		height: OG_HEIGHT,
		fonts: interFonts(),
	});
	const png = new Resvg(svg, {
		fitTo: { mode: 'width', value: OG_WIDTH },
		font: { loadSystemFonts: false },
	})
		.render()
		.asPng();
	return new Uint8Array(png);
}
