/**
 * `npm run build`: builds every site into a staging folder, then swaps each into place, so a
 * failed build leaves the previous dist/ whole and a deploy never ships half a site. The
 * content is checked once, before any site renders, and handed to every site's Astro process.
 * The first site (the handbook, the largest) renders in the project's root; the others render
 * one after another beside it, on the other core, in a root of their own (`besideRoot`). Each
 * site's process starts early (the first beside the check) and waits for its turn before it
 * reads any content. Each site's search index is built after its Astro process exits.
 *
 * The staging folder is a sibling of the output folder (`.dist.staging-<pid>`), never inside
 * it; the checked content, which holds every audience's entries, is in a private temporary
 * folder. Both are removed on every exit path, SIGINT and SIGTERM included, and the leftovers
 * of a build killed outright (SIGKILL) are removed by the next build. One build at a time per
 * checkout: a second is refused (src/cli/build/lock.ts). See docs/security.md, "Builds".
 *   --content <dir>   content directory (default src/content)
 *   --out <dir>       output directory (default dist)
 *   --site <name>     build only this site (repeatable; sites build in the order given)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	renameSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCli } from '../src/cli/args.ts';
import { indexSite } from '../src/lib/search/index-site.ts';
import { acquireLock, LockedError, type Lock } from '../src/cli/build/lock.ts';
import { isAlive } from '../src/lib/processes.ts';
import { stagingDir, sweepStaging } from '../src/cli/build/staging.ts';
import {
	CHECKED_FILE_ENV,
	CHECKED_FILE_WAIT_ENV,
	createCheckedFile,
	removeCheckedFile,
	sweepCheckedFiles,
} from '../src/lib/checked-file.ts';
import { todayUtc } from '../src/lib/pipeline.ts';
import { BUILD_ORDER, SITE_NAMES, type SiteName } from '../src/lib/sites.ts';

/** A usage mistake or a refused start: one line on stderr, exit status 2, nothing touched. */
function usage(message: string): never {
	console.error(message);
	process.exit(2);
}

const { values } = parseCli<{ content: string; out: string; site?: string[] }>({
	name: 'build',
	summary:
		'build every site (trust, trust-private, handbook) into the output folder, all or nothing',
	usage: ['[--content <dir>] [--out <dir>] [--site <name> …]'],
	options: {
		content: {
			type: 'string',
			default: 'src/content',
			value: '<dir>',
			description: 'content directory',
		},
		out: { type: 'string', default: 'dist', value: '<dir>', description: 'output directory' },
		site: {
			type: 'string',
			multiple: true,
			value: '<name>',
			description: `build only this site (repeatable; one of ${SITE_NAMES.join(', ')})`,
		},
	},
});
// Checked here, before anything starts, as well as by the check: a bad date is a usage error.
try {
	todayUtc();
} catch (error) {
	usage((error as Error).message);
}

const sites = (values.site ?? BUILD_ORDER) as SiteName[];
for (const name of sites) {
	if (!SITE_NAMES.includes(name))
		usage(`--site must be one of ${SITE_NAMES.join(', ')}, not "${name}"`);
}

const out = resolve(values.out);
const buildKey = createHash('sha256')
	.update(`${resolve(values.content)}\0${out}`)
	.digest('hex')
	.slice(0, 12);
const caches = resolve('node_modules/.astro');
let lock: Lock;
try {
	lock = acquireLock(join(caches, 'build.lock'));
} catch (error) {
	if (error instanceof LockedError) usage(error.message);
	throw error;
}
const staging = stagingDir(out);
// The root the sites after the first render in (`besideRoot`).
const besideDir = join(caches, 'root-beside');
// All audiences' content: in a private temporary folder, never under the output folder (which
// a deploy step might publish) nor the checkout.
const checkedFile = createCheckedFile();

// From here on, every exit path cleans up: success, failure, an exception, or a signal.
/** The child processes running now, stopped if this build is interrupted. */
const children = new Set<ChildProcess>();
let cleaned = false;
function cleanUp(): void {
	if (cleaned) return;
	cleaned = true;
	for (const child of children) child.kill('SIGKILL');
	rmSync(staging, { recursive: true, force: true });
	rmSync(besideDir, { recursive: true, force: true });
	removeCheckedFile(checkedFile);
	lock.release();
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	process.on(signal, () => {
		console.error(`Build stopped (${signal}); the previous ${values.out}/ is untouched.`);
		cleanUp();
		process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const)[signal]);
	});
}
process.on('exit', cleanUp);

const astro = resolve('node_modules/astro/bin/astro.mjs');
const orphanGuard = pathToFileURL(resolve('src/cli/build/orphan-guard.ts')).href;
const indexIn = async (name: SiteName) => {
	try {
		return await indexSite(join(staging, name));
	} catch (error) {
		const cause =
			error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
		throw new Error(
			`The ${name} site's search index failed${cause}; the previous ${values.out}/ is untouched.`,
		);
	}
};

// Leftovers of builds killed before they could clean up; the lock says none of them runs.
sweepStaging(out);
sweepCheckedFiles();
sweepLegacyCheckedFiles();
// Inside the output folder: staging folders of builds before staging moved beside it.
for (const name of existsSync(out) ? readdirSync(out) : [])
	if (/^\.staging-\d+$/.test(name)) rmSync(join(out, name), { recursive: true, force: true });

mkdirSync(staging, { recursive: true });

/** Checked-content files of earlier versions of this build, kept beside Astro's caches. */
function sweepLegacyCheckedFiles(): void {
	for (const name of existsSync(caches) ? readdirSync(caches) : []) {
		const pid = /^checked-[0-9a-f]+-(\d+)\.v8$/.exec(name)?.[1];
		if (pid !== undefined && !isAlive(Number(pid))) rmSync(join(caches, name), { force: true });
	}
}

/** Runs a child process, stopped with this build; resolves with its exit code. */
function run(args: string[], env?: NodeJS.ProcessEnv, cwd?: string): Promise<number | null> {
	const child = spawn(process.execPath, args, { stdio: 'inherit', env, cwd });
	children.add(child);
	return new Promise((done, fail) => {
		child.on('error', (error) => {
			children.delete(child);
			fail(error);
		});
		child.on('exit', (code) => {
			children.delete(child);
			done(code);
		});
	});
}

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

/**
 * The root the sites after the first render in, while the first renders in the project's.
 * Astro keeps a build's files in its root's `.astro/` folder (the content modules and types of
 * the site's audience), and, when the output folder is outside the working directory, the
 * pages' server code in the working directory's; two sites rendering at once need a root and
 * a working directory each. This one is `node_modules/.astro/root-beside/`, beside Astro's
 * caches (the lock keeps it this build's; made anew by each build and removed on every exit
 * path). It holds links to the project's packages, package.json and tsconfig.json; the
 * configuration and the sources are the project's own files (astro.config.mjs names src/ and
 * public/ by their paths), so a site built here is byte for byte the site built in the
 * project's root. It must be inside the project: Astro reads a source path that shares no
 * folder with its root but `/` as a path under the root.
 */
function besideRoot(): string {
	rmSync(besideDir, { recursive: true, force: true });
	mkdirSync(besideDir, { recursive: true });
	for (const name of ['node_modules', 'package.json', 'tsconfig.json'])
		symlinkSync(resolve(name), join(besideDir, name));
	return besideDir;
}

/**
 * Runs `astro build` for one site into the staging folder; resolves with its exit code.
 * `waitFor`: the site starts early, loads Astro, Vite and the configuration meanwhile, and
 * reads no content until that file exists (src/lib/checked-file.ts). `root`: the Astro root
 * and working directory to build in (`besideRoot`); the project's by default.
 */
function astroBuild(name: SiteName, waitFor?: string, root?: string): Promise<number | null> {
	const inRoot = root
		? ['--root', root, '--config', relative(root, resolve('astro.config.mjs'))]
		: [];
	return run(
		['--import', orphanGuard, astro, 'build', '--silent', ...inRoot],
		{
			...(waitFor ? { [CHECKED_FILE_WAIT_ENV]: waitFor } : {}),
			...inheritedEnv(),
			// Vitest sets NODE_ENV=test; a site is always a production build.
			NODE_ENV: 'production',
			AIMS_SITE: name,
			AIMS_OUT_DIR: join(staging, name),
			// By its full path: a site beside the first runs in another working directory.
			AIMS_CONTENT_DIR: resolve(values.content),
			AIMS_CACHE_DIR: join(caches, `${name}-${buildKey}`),
			AIMS_SEARCH_INDEX: 'after',
			[CHECKED_FILE_ENV]: checkedFile,
			ASTRO_TELEMETRY_DISABLED: '1',
		},
		root,
	);
}

/** The file that gives a site its turn, written when the site before it has finished; beside the checked file. */
const turnOf = (name: SiteName) => join(dirname(checkedFile), `turn-${name}`);

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

try {
	// Each Astro process spends its first seconds loading Astro, Vite and the configuration,
	// which touches nothing of its root's; so each site starts early and waits, before its
	// loader reads any content, for its turn. The first site starts beside the check (the other
	// core) and waits for the checked file; it renders in the project's root. Once the content
	// is known good, the other sites start, each in the root beside it (`besideRoot`), and
	// render one after another on the other core while the first renders.
	const started = performance.now();
	const builds = new Map<SiteName, Promise<number | null>>();
	const start = (name: SiteName, waitFor: string, root?: string) => {
		const build = astroBuild(name, waitFor, root);
		// Reported when awaited below; never an unhandled rejection in the meantime.
		build.catch(() => {});
		builds.set(name, build);
	};
	const [first, ...others] = sites as [SiteName, ...SiteName[]];
	start(first, checkedFile);
	// `npm run check` in a process of its own, so its memory is gone before any site renders.
	const check = await run([
		'--import',
		orphanGuard,
		resolve('scripts/check.ts'),
		'--content',
		values.content,
		'--save',
		checkedFile,
	]);
	const checked = performance.now();
	if (check !== 0) {
		// The first site is still waiting for content it will never get.
		for (const child of children) child.kill('SIGKILL');
		await Promise.allSettled(builds.values());
		throw new Error(
			`The content has errors (above); no site was built, and the previous ${values.out}/ is untouched.`,
		);
	}
	if (others.length > 0) {
		const root = besideRoot();
		for (const name of others) start(name, turnOf(name), root);
	}

	// Each site's index is built once its Astro process has exited (the indexer is a separate
	// process). One chain, in the order the sites finish, awaited before the swap.
	let indexing: Promise<void> = Promise.resolve();
	const finish = async (name: SiteName, turn: number, how: () => string) => {
		if ((await builds.get(name)) !== 0)
			throw new Error(
				`The ${name} site failed to build; the previous ${values.out}/ is untouched.`,
			);
		console.log(`built ${name} in ${seconds(turn)} s (${how()})`);
		indexing = indexing.then(async () => {
			const began = performance.now();
			const { pages, bundles } = await indexIn(name);
			console.log(
				`indexed ${name} for search: ${pages} pages${bundles > 1 ? ` in ${bundles} bundles` : ''} in ${seconds(began)} s`,
			);
		});
		// Reported when awaited below; never an unhandled rejection in the meantime.
		indexing.catch(() => {});
	};
	try {
		await Promise.all([
			finish(first, started, () => `started beside the check; ${seconds(checked)} s after it`),
			(async () => {
				for (const name of others) {
					const turn = performance.now();
					writeFileSync(turnOf(name), '', { mode: 0o600 });
					await finish(name, turn, () => `from its turn, beside ${first}`);
				}
			})(),
		]);
	} finally {
		await indexing.catch(() => {});
	}
	await indexing;
	// Each site swapped in by two renames: the old one aside into the staging folder (removed
	// with it), the new one into place. A build killed here leaves every site whole.
	mkdirSync(out, { recursive: true });
	for (const name of sites) {
		const target = join(out, name);
		if (existsSync(target)) renameSync(target, join(staging, `previous-${name}`));
		renameSync(join(staging, name), target);
	}
	console.log(`sites written to ${sites.map((name) => `${values.out}/${name}/`).join(', ')}`);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
} finally {
	cleanUp();
}
