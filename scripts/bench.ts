/**
 * `npm run bench -- [--systems N] [--sites all|trust|handbook] [--keep]`: how the build scales.
 * `npm run bench -- --inventory omb-2025|omb-2024`: instead of a generated organisation, a
 * federal inventory at its published size (tests/fixtures/inventories/generate.ts) imported into
 * a one-person organisation with the real import, checked, and built as all three sites, each
 * phase timed, beside the same run's bare Astro build.
 * Generates a synthetic organisation of N AI systems (src/cli/bench/), checks it, builds the
 * sites with the real build (scripts/build.ts) and, in the same run, a bare Astro project
 * with the same number of trivial pages, then prints wall time, peak memory, pages, output
 * and search-index size, the weight of the trust overview, and the ratio to the bare build.
 * Not a test: timings depend on the machine, so nothing here asserts.
 * It builds from a private copy of the project (sources, config, and node_modules as links),
 * because Astro keeps build files in the project's .astro/ folder: another build running in
 * the same checkout at the same time would break this one, or the other way round.
 *   --systems N   AI systems to generate (default 1000)
 *   --sites       all (trust and handbook, default), trust or handbook
 *   --detail      also rebuild each site alone with Astro's own log, and print where its time
 *                 goes: setup phases, page generation by route, the search index
 *   --keep        keep the temporary folder and print where it is
 *   --tools       instead, time the content tools on fixed inputs: `import` of the 2024 federal
 *                 inventory at its published size and `answer` on the 198-question test
 *                 questionnaire. The tests check what they do; how fast is measured here.
 *   --answers     instead: the questionnaire autofill (src/cli/bench/answers.ts): precision,
 *                 recall and false "Yes" on the evaluation sets, and the time and memory of
 *                 filling a HECVAT-like and a vendor workbook
 */
import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseCli, usageError } from '../src/cli/args.ts';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { benchAnswers } from '../src/cli/bench/answers.ts';
import { benchCounts, generateOrganization } from '../src/cli/bench/generate.ts';
import { checkContent } from '../src/lib/pipeline.ts';
import { BUILD_ORDER } from '../src/lib/sites.ts';
import { omb2024, omb2025, toCsv, toWindows1252 } from '../tests/fixtures/inventories/generate.ts';

const AS_OF = '2026-11-28';
/** Which sites `--sites` builds; they build in `npm run build`'s order (BUILD_ORDER). */
const SITES = { all: ['trust', 'handbook'], trust: ['trust'], handbook: ['handbook'] } as const;

const command = {
	name: 'bench',
	summary:
		'how the build scales: a synthetic organisation, or a federal inventory, checked and built, beside a bare Astro build',
	usage: [
		'[--systems N] [--sites all|trust|handbook] [--detail] [--keep]',
		'--inventory omb-2025|omb-2024 [--keep]',
		'--tools',
		'--answers',
	],
	options: {
		systems: {
			type: 'string',
			default: '1000',
			value: '<N>',
			description: 'AI systems to generate',
		},
		sites: {
			type: 'string',
			default: 'all',
			choices: Object.keys(SITES),
			description: 'sites to build: all (trust and handbook), trust or handbook',
		},
		inventory: {
			type: 'string',
			choices: ['omb-2025', 'omb-2024'],
			description:
				'import a federal inventory at its published size instead, and build all three sites',
		},
		detail: {
			type: 'boolean',
			default: false,
			description:
				'also rebuild each site alone with Astro’s own log, and print where its time goes',
		},
		keep: {
			type: 'boolean',
			default: false,
			description: 'keep the temporary folder and print where it is',
		},
		tools: {
			type: 'boolean',
			default: false,
			description: 'time the import and answer commands on fixed inputs instead',
		},
		answers: {
			type: 'boolean',
			default: false,
			description:
				'measure questionnaire autofill instead: precision, recall, false "Yes", workbook fill time and memory',
		},
	},
	notes: ['Not a test: timings depend on the machine, so nothing here asserts.'],
} as const;
const { values } = parseCli<{
	systems: string;
	sites: string;
	inventory?: 'omb-2025' | 'omb-2024';
	detail: boolean;
	keep: boolean;
	tools: boolean;
	answers: boolean;
}>(command);
if (values.answers) {
	await benchAnswers(resolve(import.meta.dirname, '..'));
	process.exit(0);
}
const systems = Number(values.systems);
if (!Number.isInteger(systems) || systems < 1)
	usageError(command, `--systems must be a whole number, not "${values.systems}"`);
const chosen: readonly string[] = SITES[values.sites as keyof typeof SITES];
const sites = BUILD_ORDER.filter((name) => values.inventory || chosen.includes(name));
const source = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'aims-bench-'));
const project = isolatedProject();

/** A copy of the project's sources in the work folder, on the same installed packages. */
function isolatedProject(): string {
	const root = join(work, 'project');
	for (const path of [
		'src',
		'scripts',
		'public',
		'astro.config.mjs',
		'tsconfig.json',
		'package.json',
	])
		cpSync(join(source, path), join(root, path), { recursive: true });
	mkdirSync(join(root, 'node_modules'));
	// Links to every package, but not the caches (.astro, .vite): those must be this build's own.
	for (const name of readdirSync(join(source, 'node_modules'))) {
		if (!['.astro', '.vite', '.vite-temp', '.vitest-cache'].includes(name))
			symlinkSync(join(source, 'node_modules', name), join(root, 'node_modules', name));
	}
	return root;
}

interface Run {
	seconds: number;
	/** Peak of the summed resident memory of the whole process tree, polled. */
	treePeakMb: number;
	/** Largest single process, from GNU time (ru_maxrss of the children). */
	maxRssMb?: number;
	output: string;
}

/** Runs a command, timing it and polling the memory of it and all its descendants. */
function measure(
	command: string,
	args: string[],
	cwd: string,
	env: Record<string, string> = {},
): Promise<Run> {
	const timed = existsSync('/usr/bin/time')
		? (['/usr/bin/time', ['-v', command, ...args]] as const)
		: ([command, args] as const);
	const started = performance.now();
	const child = spawn(timed[0], timed[1], {
		cwd,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	let peak = 0;
	const poll = setInterval(() => (peak = Math.max(peak, treeRssKb(child.pid!))), 100);
	return new Promise((done, fail) => {
		child.on('error', fail);
		child.on('close', (code) => {
			clearInterval(poll);
			const seconds = (performance.now() - started) / 1000;
			if (code !== 0)
				return fail(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`));
			const maxRss = output.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1];
			done({
				seconds,
				treePeakMb: peak / 1024,
				maxRssMb: maxRss ? Number(maxRss) / 1024 : undefined,
				output,
			});
		});
	});
}

/** Resident memory of a process and its descendants, in kB, from /proc. */
function treeRssKb(root: number): number {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const status = readFileSync(`/proc/${name}/status`, 'utf8');
			const ppid = Number(status.match(/^PPid:\s+(\d+)/m)?.[1]);
			rss.set(Number(name), Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1] ?? 0));
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// The process ended between readdir and read.
		}
	}
	let total = 0;
	const stack = [root];
	while (stack.length > 0) {
		const pid = stack.pop()!;
		total += rss.get(pid) ?? 0;
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile())
		.map((d) => join(d.parentPath, d.name));
}
const bytes = (paths: string[]) => paths.reduce((sum, path) => sum + statSync(path).size, 0);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The overview page as a first visit downloads it: HTML, stylesheets, scripts, fonts and images, each gzipped. */
function overviewWeight(site: string): { total: number; parts: string[] } {
	const parts: string[] = [];
	let total = 0;
	const add = (path: string) => {
		const file = join(site, path);
		if (!existsSync(file)) return;
		const raw = readFileSync(file);
		const size = /\.(woff2?|png|jpe?g|webp)$/.test(path)
			? raw.length
			: gzipSync(raw, { level: 9 }).length;
		total += size;
		parts.push(`${path} ${kb(size)}`);
	};
	const html = readFileSync(join(site, 'index.html'), 'utf8');
	add('index.html');
	const assets = new Set(
		[
			...html.matchAll(
				/<(?:link[^>]*rel="(?:stylesheet|modulepreload|icon|preload)"[^>]*href|script[^>]*src|img[^>]*src)="(\/[^"]+)"/g,
			),
		].map((m) => m[1]!),
	);
	for (const asset of assets) {
		add(asset.slice(1));
		if (asset.endsWith('.css'))
			for (const [, font] of readFileSync(join(site, asset), 'utf8').matchAll(
				/url\((\/[^)]+\.woff2?)\)/g,
			))
				add(font!.slice(1));
	}
	return { total, parts };
}

async function pagefindSeconds(site: string): Promise<number> {
	const started = performance.now();
	const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
	await index!.addDirectory({ path: site });
	await index!.writeFiles({ outputPath: join(work, 'pagefind-again') });
	await pagefind.close();
	return (performance.now() - started) / 1000;
}

/**
 * One site built alone with Astro's normal log, read back into where the time goes: the
 * phases Astro reports, the page-generation time summed by route (identifiers with digits,
 * as the generator writes them, become *), and the search-index hook.
 */
async function detail(site: string, content: string): Promise<void> {
	const run = await measure(
		process.execPath,
		[join(project, 'node_modules/astro/bin/astro.mjs'), 'build'],
		project,
		{
			AIMS_SITE: site,
			AIMS_OUT_DIR: join(work, `detail-${site}`),
			AIMS_CONTENT_DIR: content,
			AIMS_AS_OF: AS_OF,
		},
	);
	const clock = (line: string | undefined) => {
		const [h, m, sec] = (line?.match(/^(\d\d):(\d\d):(\d\d)/)?.slice(1) ?? []).map(Number);
		return h === undefined ? Number.NaN : h * 3600 + m! * 60 + sec!;
	};
	const lines = run.output.split('\n');
	const seconds = (pattern: RegExp) =>
		Number(lines.find((line) => pattern.test(line))?.match(pattern)?.[1]);
	const setup = seconds(/\[build\] ✓ Completed in ([\d.]+)s/);
	const generation = seconds(/^\S+ ✓ Completed in ([\d.]+)s/);
	const total = seconds(/page\(s\) built in ([\d.]+)s/);
	const generated = clock(lines.find((line) => /^\S+ ✓ Completed in/.test(line)));
	const indexed = clock(lines.find((line) => /\[aims-search\] indexed/.test(line)));
	console.log(
		`  ${site} alone: ${run.seconds.toFixed(1)} s wall = Astro ${total} s (setup: config, content sync and types ${setup} s; page generation ${generation} s; then assets and the search index ≈ ${indexed - generated} s) + process start`,
	);
	const routes = new Map<string, { ms: number; count: number }>();
	for (const [, path, ms] of run.output.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)) {
		const route = path!.startsWith('/og/')
			? '/og/** (Open Graph PNGs)'
			: path!
					.split('/')
					.map((segment) => (/\d/.test(segment) ? '*' : segment))
					.join('/');
		const entry = routes.get(route) ?? { ms: 0, count: 0 };
		routes.set(route, { ms: entry.ms + Number(ms), count: entry.count + 1 });
	}
	const top = [...routes].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8);
	console.log(
		`  page generation by route: ${top.map(([route, { ms, count }]) => `${route} ${(ms / 1000).toFixed(1)} s/${count}`).join(', ')}`,
	);
}

/** A throwaway Astro project with `pages` trivial pages from one getStaticPaths route, on this project's node_modules. */
function bareProject(pages: number): string {
	const root = join(work, 'bare');
	mkdirSync(join(root, 'src/pages'), { recursive: true });
	symlinkSync(join(source, 'node_modules'), join(root, 'node_modules'), 'dir');
	writeFileSync(join(root, 'package.json'), '{ "type": "module", "private": true }\n');
	writeFileSync(
		join(root, 'astro.config.mjs'),
		`export default { output: 'static', cacheDir: './.astro-cache', build: { format: 'directory' }, vite: { cacheDir: './.vite-cache' }, devToolbar: { enabled: false } };\n`,
	);
	writeFileSync(
		join(root, 'src/pages/[id].astro'),
		`---\nexport function getStaticPaths() {\n\treturn Array.from({ length: ${pages} }, (_, i) => ({ params: { id: \`page-\${i}\` } }));\n}\nconst { id } = Astro.params;\n---\n<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{id}</title></head><body><main><h1>{id}</h1><p>A trivial page.</p></main></body></html>\n`,
	);
	return root;
}

/**
 * The inventory run: import, check and build as separate processes, the way a user runs them,
 * each timed; returns the content folder.
 */
async function importInventory(
	preset: 'omb-2025' | 'omb-2024',
): Promise<{ content: string; phases: [string, number][] }> {
	// The project copy's own content is the example; the inventory goes into an organisation of its own.
	const content = join(project, 'src/content');
	rmSync(content, { recursive: true, force: true });
	cpSync(join(source, 'tests/fixtures/minimal'), content, { recursive: true });
	const inventory = preset === 'omb-2025' ? omb2025() : omb2024();
	const csv = join(work, `${preset}.csv`);
	// As published: 2025 in UTF-8, 2024 in windows-1252.
	writeFileSync(csv, preset === 'omb-2024' ? toWindows1252(toCsv(inventory)) : toCsv(inventory));
	console.log(
		`inventory: ${inventory.rows.length} rows in the ${preset} layout, ${inventory.truth.filter((t) => t.high).length} high-impact, into a one-person organisation`,
	);
	const imported = await measure(
		process.execPath,
		['scripts/import.ts', 'inventory', csv, '--preset', preset, '--as-of', AS_OF],
		project,
	);
	console.log(
		`  import: ${imported.seconds.toFixed(1)} s wall, peak ${imported.treePeakMb.toFixed(0)} MB; ${imported.output.match(/^systems: .*$/m)?.[0]}`,
	);
	const checked = await measure(process.execPath, ['scripts/check.ts'], project, {
		AIMS_AS_OF: AS_OF,
	});
	console.log(
		`  check: ${checked.seconds.toFixed(1)} s wall; ${checked.output.match(/\d+ entries checked.*$/m)?.[0]}`,
	);
	return {
		content,
		phases: [
			['import', imported.seconds],
			['check', checked.seconds],
		],
	};
}

/** `--tools`: the import and answer commands on the inputs their tests use, timed. */
async function tools(): Promise<void> {
	const root = join(work, 'tools');
	cpSync(join(source, 'tests/fixtures/minimal'), join(root, 'src/content'), { recursive: true });
	const csv = join(root, 'inventory.csv');
	const inventory = omb2024();
	writeFileSync(csv, toWindows1252(toCsv(inventory)));
	const imported = await measure(
		process.execPath,
		[join(source, 'scripts/import.ts'), 'inventory', csv, '--preset', 'omb-2024'],
		root,
		{ AIMS_AS_OF: AS_OF },
	);
	console.log(
		`import, ${inventory.rows.length}-row OMB 2024 inventory (windows-1252): ${imported.seconds.toFixed(1)} s wall, peak ${imported.treePeakMb.toFixed(0)} MB`,
	);
	const questionnaire = join(
		source,
		'tests/fixtures/questionnaires/security-and-ai-vendor-questionnaire.csv',
	);
	const answered = await measure(
		process.execPath,
		[join(source, 'scripts/answer.ts'), questionnaire, '--out', join(work, 'filled.csv')],
		source,
	);
	console.log(
		`answer, 198-question questionnaire against the example's answers: ${answered.seconds.toFixed(1)} s wall`,
	);
}

/** The default: the synthetic organisation (or a federal inventory) built with the real build, and a bare Astro build beside it. */
async function buildBench(): Promise<void> {
	const counts = benchCounts(systems);
	console.log(
		`machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
	);
	console.log(
		`load average before: ${loadavg()
			.map((n) => n.toFixed(1))
			.join(' ')} (other work on the machine skews wall times)`,
	);
	const bundleMb = process.env.AIMS_SEARCH_BUNDLE_MB;
	console.log(
		`search index: ${bundleMb ? `bundles of at most ${bundleMb} MB of HTML (AIMS_SEARCH_BUNDLE_MB)` : 'one bundle per site'}`,
	);

	let content = join(work, 'content');
	let phases: [string, number][] = [];
	if (values.inventory) ({ content, phases } = await importInventory(values.inventory));
	else {
		console.log(
			`content: ${Object.entries(counts)
				.map(([k, v]) => `${v} ${k}`)
				.join(', ')}`,
		);
		let started = performance.now();
		for (const [path, text] of Object.entries(generateOrganization(systems))) {
			mkdirSync(dirname(join(content, path)), { recursive: true });
			writeFileSync(join(content, path), text);
		}
		console.log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
		started = performance.now();
		// Checked against the isolated project, whose public/ holds the logo the content names.
		const checked = checkContent({ root: project, contentDir: content, asOf: AS_OF });
		if (checked.diagnostics.length > 0)
			throw new Error(
				`the synthetic content does not pass the check:\n${checked.diagnostics
					.slice(0, 5)
					.map((d) => `${d.file}: ${d.message}`)
					.join('\n')}`,
			);
		console.log(
			`checked (npm run check) in ${((performance.now() - started) / 1000).toFixed(1)} s: valid`,
		);
	}

	const dist = join(work, 'dist');
	const ours = await measure(
		process.execPath,
		[
			'scripts/build.ts',
			'--content',
			content,
			'--out',
			dist,
			...sites.flatMap((s) => ['--site', s]),
		],
		project,
		{ AIMS_AS_OF: AS_OF },
	);
	phases.push(['build', ours.seconds]);
	let pages = 0;
	console.log(
		`\nbuild of ${sites.join(' + ')}: ${ours.seconds.toFixed(1)} s wall, peak ${ours.treePeakMb.toFixed(0)} MB (process tree)${ours.maxRssMb ? `, largest process ${ours.maxRssMb.toFixed(0)} MB` : ''}`,
	);
	for (const site of sites) {
		const dir = join(dist, site);
		const all = files(dir);
		const html = all.filter((f) => f.endsWith('.html')).length;
		pages += html;
		const seconds = Number(ours.output.match(new RegExp(`built ${site} in ([\\d.]+) s`))?.[1]);
		const search = await pagefindSeconds(dir);
		console.log(
			`  ${site}: ${seconds.toFixed(1)} s (of which Pagefind ≈ ${search.toFixed(1)} s, re-run alone), ${html} pages, ${all.length} files, ${mb(bytes(all))} output, search index ${mb(
				bytes(
					readdirSync(dir)
						.filter((name) => /^pagefind(-\d+)?$/.test(name))
						.flatMap((name) => files(join(dir, name))),
				),
			)}`,
		);
		if (site === 'trust') {
			const weight = overviewWeight(dir);
			console.log(
				`  trust overview, compressed with its CSS, fonts, scripts and images: ${kb(weight.total)} (${weight.parts.join(', ')})`,
			);
		}
	}

	const bare = await measure(
		process.execPath,
		[join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'],
		bareProject(pages),
	);
	console.log(
		`\nbare Astro, ${pages} trivial pages: ${bare.seconds.toFixed(1)} s wall, peak ${bare.treePeakMb.toFixed(0)} MB`,
	);
	console.log(`ratio: ${(ours.seconds / bare.seconds).toFixed(2)}× the bare build`);
	if (values.inventory) {
		const total = phases.reduce((sum, [, seconds]) => sum + seconds, 0);
		console.log(
			`\nwhole run, ${values.inventory}: ${total.toFixed(1)} s = ${phases.map(([phase, seconds]) => `${phase} ${seconds.toFixed(1)} s`).join(' + ')} (bare Astro of the same page count: ${bare.seconds.toFixed(1)} s)`,
		);
	}
	console.log(
		`load average after: ${loadavg()
			.map((n) => n.toFixed(1))
			.join(' ')}`,
	);
	if (values.detail) {
		console.log('\nwhere the time goes:');
		for (const site of sites) {
			// Another build in this checkout at the same time shares Astro's .astro/ folder and
			// breaks this one; the numbers above are already printed, so say so and fail.
			await detail(site, content).catch((error: Error) => {
				console.error(
					`  ${site} alone failed: ${error.message.split('\n').find((line) => /ERROR|Error:/.test(line)) ?? error.message.slice(0, 300)}`,
				);
				process.exitCode = 1;
			});
		}
	}
}

try {
	if (values.tools) {
		console.log(
			`machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, load average ${loadavg()
				.map((n) => n.toFixed(1))
				.join(' ')}`,
		);
		await tools();
	} else await buildBench();
} finally {
	if (values.keep) console.log(`kept ${work}`);
	else rmSync(work, { recursive: true, force: true });
}
