/**
 * `npm run build`: builds every site into a staging folder, then swaps each into place, so a
 * failed build leaves the previous dist/ whole and a deploy never ships half a site. The
 * content is checked once, before any site renders, and handed to every site's Astro process.
 * Each site's search index is built after its Astro process exits, while the next site renders.
 *   --content <dir>   content directory (default src/content)
 *   --out <dir>       output directory (default dist)
 *   --site <name>     build only this site (repeatable; sites build in the order given)
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseCli } from '../src/lib/cli/args.ts';
import { indexSite } from '../src/lib/search/index-site.ts';
import { CHECKED_FILE_ENV } from '../src/lib/content/checked-file.ts';
import { SITE_NAMES, type SiteName } from '../src/lib/sites.ts';

/** The largest site first: its search index, the slowest, then builds while the others render. */
const BUILD_ORDER: SiteName[] = ['handbook', 'trust', 'trust-private'];
if (BUILD_ORDER.length !== SITE_NAMES.length || !SITE_NAMES.every((name) => BUILD_ORDER.includes(name))) throw new Error('BUILD_ORDER must list every site once');

const { values } = parseCli<{ content: string; out: string; site?: string[] }>({
	name: 'build',
	summary: 'build every site (trust, trust-private, handbook) into the output folder, all or nothing',
	usage: ['[--content <dir>] [--out <dir>] [--site <name> …]'],
	options: {
		content: { type: 'string', default: 'src/content', value: '<dir>', description: 'content directory' },
		out: { type: 'string', default: 'dist', value: '<dir>', description: 'output directory' },
		site: { type: 'string', multiple: true, value: '<name>', description: `build only this site (repeatable; one of ${SITE_NAMES.join(', ')})` },
	},
});

const sites = (values.site ?? BUILD_ORDER) as SiteName[];
for (const name of sites) {
	if (!SITE_NAMES.includes(name)) {
		console.error(`--site must be one of ${SITE_NAMES.join(', ')}, not "${name}"`);
		process.exit(2);
	}
}

const out = resolve(values.out);
const buildKey = createHash('sha256').update(`${resolve(values.content)}\0${out}`).digest('hex').slice(0, 12);
const staging = join(out, `.staging-${process.pid}`);
const astro = resolve('node_modules/astro/bin/astro.mjs');
const indexIn = async (name: SiteName) => {
	try {
		return await indexSite(join(staging, name));
	} catch (error) {
		const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
		throw new Error(`The ${name} site's search index failed${cause}; the previous ${values.out}/ is untouched.`);
	}
};
// All audiences' content: kept beside Astro's caches, never under the output folder, which a
// deploy step might publish.
const checkedFile = resolve('node_modules/.astro', `checked-${buildKey}-${process.pid}.v8`);
mkdirSync(staging, { recursive: true });
mkdirSync(dirname(checkedFile), { recursive: true });

/**
 * The environment without the names Vite reserves for `import.meta.env` (DEV, PROD, SSR, MODE,
 * BASE_URL): a parent that sets them, as Vitest does, would otherwise turn the build into a
 * development build that re-checks the content on every page.
 */
function inheritedEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const name of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete env[name];
	return env;
}

/** Runs `astro build` for one site into the staging folder; resolves with its exit code. */
function astroBuild(name: SiteName): Promise<number | null> {
	const child = spawn(process.execPath, [astro, 'build', '--silent'], {
		stdio: 'inherit',
		env: {
			...inheritedEnv(),
			// Vitest sets NODE_ENV=test; a site is always a production build.
			NODE_ENV: 'production',
			AIMS_SITE: name,
			AIMS_OUT_DIR: join(staging, name),
			AIMS_CONTENT_DIR: values.content,
			AIMS_CACHE_DIR: resolve('node_modules/.astro', `${name}-${buildKey}`),
			AIMS_SEARCH_INDEX: 'after',
			[CHECKED_FILE_ENV]: checkedFile,
			ASTRO_TELEMETRY_DISABLED: '1',
		},
	});
	return new Promise((done, fail) => child.on('error', fail).on('exit', done));
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

try {
	// `npm run check` in a process of its own, so its memory is gone before any site renders.
	const check = spawnSync(process.execPath, [resolve('scripts/check.ts'), '--content', values.content, '--save', checkedFile], { stdio: 'inherit' });
	if (check.status !== 0) throw new Error(`The content has errors (above); no site was built, and the previous ${values.out}/ is untouched.`);

	// Site after site; each index is built while the next site renders (the indexer is a
	// separate process, so it takes the other core). One chain, awaited before the swap.
	let indexing: Promise<void> = Promise.resolve();
	try {
		for (const name of sites) {
			const started = performance.now();
			if ((await astroBuild(name)) !== 0) throw new Error(`The ${name} site failed to build; the previous ${values.out}/ is untouched.`);
			console.log(`built ${name} in ${seconds(started)} s`);
			indexing = indexing.then(async () => {
				const began = performance.now();
				const { pages, bundles } = await indexIn(name);
				console.log(`indexed ${name} for search: ${pages} pages${bundles > 1 ? ` in ${bundles} bundles` : ''} in ${seconds(began)} s`);
			});
			// Reported when awaited below; never an unhandled rejection in the meantime.
			indexing.catch(() => {});
		}
	} finally {
		await indexing.catch(() => {});
	}
	await indexing;
	for (const name of sites) {
		const target = join(out, name);
		if (existsSync(target)) rmSync(target, { recursive: true });
		renameSync(join(staging, name), target);
	}
	console.log(`sites written to ${sites.map((name) => `${values.out}/${name}/`).join(', ')}`);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
} finally {
	rmSync(staging, { recursive: true, force: true });
	rmSync(checkedFile, { force: true });
}
