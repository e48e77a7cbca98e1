/**
 * Indexes the site for search once Astro has written it. `npm run build` (scripts/build.ts)
 * sets AIMS_SEARCH_INDEX=after and indexes each site itself, after its Astro process has
 * exited: the index of one site is then built while the next site's pages render, and the
 * indexer never holds memory at the same time as the Astro process that wrote the pages.
 * A plain `astro build` still gets its index here.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSite } from '../lib/search/index-site.ts';

export function searchIntegration(): AstroIntegration {
	return {
		name: 'aims-search',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				if (process.env.AIMS_SEARCH_INDEX === 'after') return;
				const { pages, bundles } = await indexSite(fileURLToPath(dir));
				logger.info(
					`indexed ${pages} pages for search${bundles > 1 ? ` in ${bundles} bundles` : ''}`,
				);
			},
		},
	};
}
