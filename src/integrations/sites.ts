/**
 * Astro routes every file in src/pages/ on every build. Pages of one site must not exist on
 * another, so site-specific routes live in src/sites/<kind>/ and this integration injects
 * only the current site's, with the same file-name conventions as src/pages/.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Site } from '../lib/sites.ts';

const PAGE = /\.(astro|ts)$/;

export function routePattern(file: string): string {
	const path = file.replace(PAGE, '').replace(/(^|\/)index$/, '');
	return `/${path}`;
}

function pages(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			if (name.startsWith('_')) return [];
			if (statSync(path).isDirectory()) return pages(path);
			return PAGE.test(name) ? [path] : [];
		});
}

export function sitesIntegration(site: Site): AstroIntegration {
	return {
		name: 'aims-sites',
		hooks: {
			'astro:config:setup': ({ config, injectRoute }) => {
				const dir = fileURLToPath(new URL(`./sites/${site.kind}/`, config.srcDir));
				for (const path of pages(dir)) {
					injectRoute({
						pattern: routePattern(relative(dir, path).split(sep).join('/')),
						entrypoint: path,
						prerender: true,
					});
				}
			},
		},
	};
}
