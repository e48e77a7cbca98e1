/**
 * The Astro content loader: stores one collection of the current site's audience view, so a
 * site's content store, and every page, search index and bundle built from it, never holds
 * an entry or field above its audience. It runs the same pipeline as `npm run check` and
 * fails the build on any error.
 */
import type { Loader } from 'astro/loaders';
import { formatDiagnostic } from '../diagnostics.ts';
import { checkContent } from '../pipeline.ts';
import type { CollectionName } from '../schemas/index.ts';
import { currentSite } from '../sites.ts';
import { createView, type AudienceView } from '../views/audience.ts';

let cached: { key: string; view: Promise<AudienceView> } | undefined;

/** The current site's view, checked once per process and content directory. */
export function loadSiteView(root: string, logger?: { warn(message: string): void }): Promise<AudienceView> {
	const site = currentSite();
	const contentDir = process.env.AIMS_CONTENT_DIR ?? 'src/content';
	const key = `${root}\0${contentDir}\0${site.name}`;
	if (cached?.key !== key) {
		cached = {
			key,
			view: Promise.resolve().then(() => {
				const result = checkContent({ root, contentDir });
				const errors = result.diagnostics.filter((d) => d.severity === 'error');
				if (errors.length > 0) {
					throw new Error(`The content has ${errors.length} error${errors.length === 1 ? '' : 's'} (run npm run check for the full report):\n${errors.map(formatDiagnostic).join('\n')}`);
				}
				for (const warning of result.diagnostics) logger?.warn(formatDiagnostic(warning));
				return createView(result.entries, site.audience);
			}),
		};
	}
	return cached.view;
}

export function aimsLoader(collection: CollectionName): Loader {
	return {
		name: 'aims-loader',
		async load({ store, config, renderMarkdown, generateDigest, logger }) {
			const root = decodeURIComponent(config.root.pathname);
			// Only the organisation's loader reports warnings, so each is printed once per build.
			const view = await loadSiteView(root, collection === 'organization' ? logger : undefined);
			// A store kept from an earlier build of another site must not leak into this one.
			store.clear();
			for (const entry of view.entries[collection]) {
				const digest = generateDigest(JSON.stringify([entry.data, entry.body ?? '']));
				const base = { id: entry.id, data: entry.data as Record<string, unknown>, filePath: entry.file, digest };
				if (entry.format === 'mdx') store.set({ ...base, body: entry.body, deferredRender: true });
				else if (entry.format === 'md') store.set({ ...base, body: entry.body, rendered: await renderMarkdown(entry.body ?? '') });
				else store.set(base);
			}
		},
	};
}
