/**
 * `npm run dev`: a live preview of every site while editing, each on its own port and
 * labelled with its audience. Content errors are printed here and shown by Astro in the page.
 *   --content <dir>   content directory (default src/content)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { parseCli } from '../src/cli/args.ts';
import { SITE_NAMES, SITES } from '../src/lib/sites.ts';

const { values } = parseCli<{ content: string }>({
	name: 'dev',
	summary:
		'live preview of every site while editing, each on its own port, labelled with its audience',
	usage: ['[--content <dir>]'],
	options: {
		content: {
			type: 'string',
			default: 'src/content',
			value: '<dir>',
			description: 'content directory',
		},
	},
});
const astro = resolve('node_modules/astro/bin/astro.mjs');
const children: ChildProcess[] = [];

SITE_NAMES.forEach((name, index) => {
	const port = 4321 + index;
	const label = `[${name}]`.padEnd(16);
	const child = spawn(process.execPath, [astro, 'dev', '--port', String(port)], {
		env: {
			...process.env,
			AIMS_SITE: name,
			AIMS_CONTENT_DIR: values.content,
			ASTRO_TELEMETRY_DISABLED: '1',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const prefix = (chunk: Buffer) =>
		chunk
			.toString()
			.split('\n')
			.filter(Boolean)
			.map((line) => `${label}${line}`)
			.join('\n');
	child.stdout?.on('data', (chunk: Buffer) => console.log(prefix(chunk)));
	child.stderr?.on('data', (chunk: Buffer) => console.error(prefix(chunk)));
	child.on('exit', (code) => {
		console.error(`${label}stopped (exit ${code}); stopping the others`);
		for (const other of children) other.kill();
		process.exitCode = code ?? 1;
	});
	children.push(child);
	console.log(`${label}${SITES[name].title} (${SITES[name].audience}) → http://localhost:${port}/`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.on(signal, () => children.forEach((child) => child.kill()));
