// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { searchIntegration } from './src/integrations/search.ts';
import { sitesIntegration } from './src/integrations/sites.ts';
import { mdxBoundaryPlugin, sanitizePlugin } from './src/lib/render/satteri-plugins.ts';
import { configuredBasePath, currentSite } from './src/lib/sites.ts';

const site = currentSite();
const root = fileURLToPath(new URL('.', import.meta.url));
export default defineConfig({
	output: 'static',
	// The path of the site's own address in the organisation entry (`trustCenterUrl`…): a trust
	// center at https://example.com/trust/ is built to be served under /trust/.
	base: configuredBasePath(site, resolve(root, process.env.AIMS_CONTENT_DIR ?? 'src/content')),
	outDir: process.env.AIMS_OUT_DIR ?? `./dist/${site.name}`,
	// One cache per site (scripts/build.ts also keys it by content and output): a content store
	// must never carry entries from another site's build, and other builds may run at once.
	cacheDir: process.env.AIMS_CACHE_DIR ?? `./node_modules/.astro/${site.name}`,
	// The sources by their own path, not the project root's: `npm run build` renders the trust
	// centers in roots of their own (scripts/build.ts), beside the handbook, on these same files.
	srcDir: resolve(root, 'src'),
	publicDir: resolve(root, 'public'),
	trailingSlash: 'always',
	integrations: [mdx(), sitesIntegration(site), searchIntegration()],
	// Every body is content, and content is hostile until proven otherwise (docs/security.md):
	// MDX is checked against its allow-list before it compiles, raw HTML is parsed into
	// elements, and the whole tree is sanitised. No syntax highlighting: Shiki colours code
	// with inline styles, which the Content-Security-Policy forbids and the sanitiser removes.
	markdown: {
		processor: satteri({
			features: { rawHtml: true },
			mdastPlugins: [mdxBoundaryPlugin(root)],
			hastPlugins: [sanitizePlugin(root)],
		}),
		syntaxHighlight: false,
	},
	devToolbar: { enabled: false },
	// Every script and stylesheet is a file: the Content-Security-Policy allows no inline code.
	// Four pages at a time: the next page renders while Node's file threads write the last
	// one's files, on the other core. Same output byte for byte; measured in docs/quality.md
	// ("Federal scale").
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	vite: { build: { assetsInlineLimit: 0 } },
});
