/**
 * The Astro content loader: stores one collection of the current site's audience view, so a
 * site's content store, and every page, search index and bundle built from it, never holds
 * an entry or field above its audience. It runs the same pipeline as `npm run check` and
 * fails the build on any error.
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { look, realBoundary } from '../lib/content/inside.ts';
import type { CollectionName } from '../lib/schemas/index.ts';
import { contentChanged, contentDirOf, loadSiteView } from '../lib/site-view.ts';

/** Why a listed document file cannot be copied, when it is not a file. */
const NOT_A_FILE = { dir: 'is a folder, not a file', missing: 'is missing' } as const;

let watching = false;

export function aimsLoader(collection: CollectionName): Loader {
	return {
		name: 'aims-loader',
		async load({ store, config, renderMarkdown, generateDigest, logger, watcher }) {
			// The project is the folder that holds src/; Astro's root may be another folder
			// (scripts/build.ts renders the trust centers in roots of their own).
			const root = fileURLToPath(new URL('../', config.srcDir));
			const astroRoot = fileURLToPath(config.root);
			const sync = async () => {
				// Only the organisation's loader reports warnings, so each is printed once per build.
				const view = await loadSiteView(root, collection === 'organization' ? logger : undefined);
				// A store kept from an earlier build of another site must not leak into this one.
				store.clear();
				for (const entry of view.entries[collection]) {
					const digest = generateDigest(JSON.stringify([entry.data, entry.body ?? '']));
					// Pages read entries' data from the view (src/lib/queries.ts) and only bodies from the
					// store, so the store keeps no data: Astro bundles the whole store into the build, and
					// at federal scale the data doubled its size (17 MB for 3,611 systems).
					// Astro finds an entry's file from its own root; the checked paths are the project's.
					const filePath = relative(astroRoot, resolve(root, entry.file)).split(sep).join('/');
					const base = { id: entry.id, data: {}, filePath, digest };
					// Astro compiles an MDX body from its file, not from the checked text: the file must
					// still be a regular file inside the content folder (not swapped for a link since).
					if (entry.format === 'mdx') {
						const looked = look(realBoundary(contentDirOf(root)), resolve(root, entry.file));
						if (looked.kind !== 'file')
							throw new Error(
								`${entry.file}: ${looked.kind === 'problem' ? looked.problem.message : NOT_A_FILE[looked.kind]}; it is not built`,
							);
						store.set({ ...base, body: entry.body, deferredRender: true });
					} else if (entry.format === 'md')
						// The rendered HTML only: the text it came from is in the view, and kept here it
						// would be bundled a second time (5.6 MB of the store at federal scale).
						store.set({ ...base, rendered: await renderMarkdown(entry.body ?? '') });
					else store.set(base);
				}
			};
			await sync();
			if (!watcher) return;
			// In `astro dev`: any content change re-checks everything (a change to one entry can
			// break a reference in another). The first listener bumps the version once per change;
			// listeners fire in registration order, so every collection then reloads the new view.
			const dir = contentDirOf(root);
			watcher.add(dir);
			if (!watching) {
				watching = true;
				watcher.on('all', (_event, path) => {
					if (path.startsWith(dir)) contentChanged();
				});
			}
			watcher.on('all', (_event, path) => {
				if (!path.startsWith(dir)) return;
				sync().catch((error: unknown) =>
					logger.error(error instanceof Error ? error.message : String(error)),
				);
			});
		},
	};
}
