// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { searchIntegration } from './src/integrations/search.ts';
import { sitesIntegration } from './src/integrations/sites.ts';
import { currentSite } from './src/lib/sites.ts';

const site = currentSite();
export default defineConfig({
	output: 'static',
	outDir: process.env.AIMS_OUT_DIR ?? `./dist/${site.name}`,
	// One cache per site (scripts/build.ts also keys it by content and output): a content store
	// must never carry entries from another site's build, and other builds may run at once.
	cacheDir: process.env.AIMS_CACHE_DIR ?? `./node_modules/.astro/${site.name}`,
	trailingSlash: 'always',
	integrations: [mdx(), sitesIntegration(site), searchIntegration()],
	devToolbar: { enabled: false },
	// Every script and stylesheet is a file: the Content-Security-Policy allows no inline code.
	build: { format: 'directory', inlineStylesheets: 'never' },
	vite: { build: { assetsInlineLimit: 0 } },
});
