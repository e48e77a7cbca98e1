/**
 * Builds the site's Pagefind index from its own built pages, after Astro has written them.
 * Because each site is built from its audience's view, its index can only hold what its
 * pages show. A site that silently ships without search is worse than a failed build, so
 * every error fails the build.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function searchIntegration(): AstroIntegration {
	return {
		name: 'aims-search',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				try {
					const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
					if (!index) throw new Error(errors.join('\n'));
					const added = await index.addDirectory({ path: site });
					if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
					if (added.page_count === 0) throw new Error(`no pages to index in ${site}`);
					const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
					if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
					logger.info(`indexed ${added.page_count} pages for search`);
				} catch (error) {
					throw new Error('The search index could not be built', { cause: error });
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
