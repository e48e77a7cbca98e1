/**
 * Builds the bundled example organisation once, into tests/.tmp/example-<pid>/dist, for every test
 * that reads the built sites. Tests get the folder with `inject('exampleDist')`.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from './helpers/build.ts';
import { EXAMPLE, TMP } from './helpers/content.ts';

export default function setup(project: TestProject) {
	// One folder per run, so two runs on one checkout cannot pull the sites from under each other.
	const dist = join(TMP, `example-${process.pid}/dist`);
	rmSync(dist, { recursive: true, force: true });
	const result = build(EXAMPLE, dist);
	if (result.status !== 0)
		throw new Error(`The example organisation failed to build:\n${result.output}`);
	project.provide('exampleDist', dist);
	return () => rmSync(join(dist, '..'), { recursive: true, force: true });
}

declare module 'vitest' {
	export interface ProvidedContext {
		exampleDist: string;
	}
}
