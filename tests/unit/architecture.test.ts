/**
 * The one-way flow of ARCHITECTURE, kept by the imports themselves: content → schemas → loader
 * → rules → audience views → derivations → exports and search → tools and pages. A module may
 * import from its own layer or a lower one, never from a higher one; nothing under src/lib
 * imports a tool (src/cli), the Astro wiring (src/integrations) or a page, component or layout.
 * The imports are read from the source with the TypeScript scanner's view of a specifier:
 * every static `import … from`, `export … from` and `import()` of a relative path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** Layers of src/lib, lowest first: each folder (or top-level module) in exactly one. */
export const LAYERS: readonly (readonly string[])[] = [
	[
		'reference',
		'dates',
		'audiences',
		'rule-ids',
		'diagnostics',
		'order',
		'routes',
		'processes',
		'brand',
		'git',
	],
	['schemas'],
	['content', 'render'],
	['rules'],
	['views', 'sites'],
	['derive', 'trust', 'handbook'],
	['exports', 'search', 'og'],
	// The assembly: the check (which asks the trust center which pages it builds, for the
	// security.txt rule), the checked content handed to each site's build, the cached view, and
	// what pages read.
	['pipeline', 'checked-file', 'site-view', 'queries'],
];

/** The benchmark measures what the tests check: it builds its inputs with the test fixtures' generators. */
const MAY_IMPORT_FIXTURES = ['src/cli/bench/'];

/** Outside src/lib, from the bottom up: the tools, then the Astro wiring, then what renders pages. */
const OUTER: Record<string, number> = {
	cli: LAYERS.length,
	integrations: LAYERS.length + 1,
	sites: LAYERS.length + 2,
	components: LAYERS.length + 2,
	layouts: LAYERS.length + 2,
	pages: LAYERS.length + 2,
	'content.config.ts': LAYERS.length + 1,
};

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		if (e.isDirectory()) return files(join(dir, e.name));
		return /\.(ts|astro|mjs)$/.test(e.name) ? [join(dir, e.name)] : [];
	});
}

/** The layer of a file under src/, or undefined for files outside the layering (content, styles…). */
function layerOf(path: string): { name: string; rank: number } | undefined {
	const parts = relative(join(ROOT, 'src'), path).split('/');
	if (parts[0] === 'lib') {
		const name = parts.length > 2 ? parts[1]! : parts[1]!.replace(/\.ts$/, '');
		const rank = LAYERS.findIndex((layer) => layer.includes(name));
		return rank < 0 ? { name, rank: -1 } : { name, rank };
	}
	return parts[0]! in OUTER ? { name: parts[0]!, rank: OUTER[parts[0]!]! } : undefined;
}

const SPECIFIER =
	/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)|^\s*import\s*['"](\.{1,2}\/[^'"]+)['"]/gm;

function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
	// Only the code of an .astro file (its front matter and scripts), not its markup's prose.
	return [...text.matchAll(SPECIFIER)].map((m) =>
		normalize(join(dirname(file), (m[1] ?? m[2] ?? m[3])!.split('?')[0]!)),
	);
}

const sources = files(join(ROOT, 'src'));

describe('import direction', () => {
	test('every folder and module of src/lib is in a layer', () => {
		const names = new Set(readdirSync(join(ROOT, 'src/lib')).map((n) => n.replace(/\.ts$/, '')));
		expect([...names].filter((n) => !LAYERS.some((layer) => layer.includes(n)))).toEqual([]);
	});

	test('nothing imports against the flow', () => {
		const against: string[] = [];
		for (const file of sources) {
			const from = layerOf(file);
			if (!from) continue;
			for (const target of importsOf(file)) {
				const to = layerOf(target);
				if (
					target.startsWith(join(ROOT, 'tests')) &&
					!MAY_IMPORT_FIXTURES.some((dir) => relative(ROOT, file).startsWith(dir))
				)
					against.push(`${relative(ROOT, file)} imports a test file ${relative(ROOT, target)}`);
				if (to && to.rank > from.rank)
					against.push(
						`${relative(ROOT, file)} (${from.name}) imports ${relative(ROOT, target)} (${to.name})`,
					);
			}
		}
		expect(against).toEqual([]);
	});

	test('the check reads every kind of import and finds one against the flow', () => {
		const file = join(ROOT, 'src/lib/trust/example.ts');
		const text =
			"import { run } from '../../cli/answer/run.ts';\nexport { view } from '../views/audience.ts';\nimport type { Site } from '../sites.ts';\nconst later = await import('../exports/catalog.ts');\n";
		const targets = importsOf(file, text).map((t) => relative(ROOT, t));
		expect(targets).toEqual([
			'src/cli/answer/run.ts',
			'src/lib/views/audience.ts',
			'src/lib/sites.ts',
			'src/lib/exports/catalog.ts',
		]);
		const from = layerOf(file)!;
		const against = targets.filter((t) => layerOf(join(ROOT, t))!.rank > from.rank);
		expect(against).toEqual(['src/cli/answer/run.ts', 'src/lib/exports/catalog.ts']);
	});
});

describe('components', () => {
	test('take their data as props from the page: none reads the view itself', () => {
		const queries = join(ROOT, 'src/lib/queries.ts');
		const reading = sources
			.filter((file) => relative(ROOT, file).startsWith('src/components/'))
			.filter((file) => importsOf(file).includes(queries))
			.map((file) => relative(ROOT, file));
		expect(reading).toEqual([]);
	});
});
