/**
 * Builds a site's Pagefind index from its own built pages. Because each site is built from
 * its audience's view, its index can only hold what its pages show. A site that silently
 * ships without search is worse than a failed build, so every error throws.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes every HTML page under `siteDir` into `siteDir/pagefind/`; returns the page count. */
export async function indexSite(siteDir: string): Promise<number> {
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
		if (!index) throw new Error(errors.join('\n'));
		const added = await index.addDirectory({ path: siteDir });
		if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
		if (added.page_count === 0) throw new Error(`no pages to index in ${siteDir}`);
		const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
		if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
		return added.page_count;
	} catch (error) {
		throw new Error(`The search index of ${siteDir} could not be built`, { cause: error });
	} finally {
		await pagefind.close();
	}
}
