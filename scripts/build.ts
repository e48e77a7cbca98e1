/**
 * `npm run build`: builds every site into a staging folder, then swaps each into place, so a
 * failed build leaves the previous dist/ whole and a deploy never ships half a site.
 *   --content <dir>   content directory (default src/content)
 *   --out <dir>       output directory (default dist)
 *   --site <name>     build only this site (repeatable)
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SITE_NAMES, type SiteName } from '../src/lib/sites.ts';

const { values } = parseArgs({
	options: {
		content: { type: 'string', default: 'src/content' },
		out: { type: 'string', default: 'dist' },
		site: { type: 'string', multiple: true },
	},
});

const sites = (values.site ?? SITE_NAMES) as SiteName[];
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
mkdirSync(staging, { recursive: true });

try {
	for (const name of sites) {
		const started = performance.now();
		const result = spawnSync(process.execPath, [astro, 'build', '--silent'], {
			stdio: 'inherit',
			env: {
				...process.env,
				// Vitest sets NODE_ENV=test; a site is always a production build.
				NODE_ENV: 'production',
				AIMS_SITE: name,
				AIMS_OUT_DIR: join(staging, name),
				AIMS_CONTENT_DIR: values.content,
				AIMS_CACHE_DIR: resolve('node_modules/.astro', `${name}-${buildKey}`),
				ASTRO_TELEMETRY_DISABLED: '1',
			},
		});
		if (result.status !== 0) throw new Error(`The ${name} site failed to build; the previous ${values.out}/ is untouched.`);
		console.log(`built ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	}
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
}
