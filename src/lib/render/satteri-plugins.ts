/**
 * The body rules as Sätteri plugins, for astro.config.mjs: every Markdown and MDX body the
 * build renders passes through them, whether or not `npm run check` ran first.
 * - `mdxBoundaryPlugin` runs the MDX check (src/lib/content/mdx-boundary.ts) on each MDX file
 *   and fails the build on any problem, before anything is compiled.
 * - `sanitizePlugin` sanitises each body's HTML tree (src/lib/render/sanitize-body.ts).
 *   Astro runs it after syntax highlighting and before it adds heading ids.
 */
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';
import type { Root } from 'hast';
import { checkEsm, checkMdxTree, type MdxNode, type MdxProblem } from '../content/mdx-boundary.ts';
import { sanitizeBody } from './sanitize-body.ts';

/** Thrown when an MDX file breaks the model; its message names the file, line and fix. */
export class MdxBoundaryError extends Error {}

export function mdxBoundaryPlugin(root: string): MdastPluginDefinition {
	return {
		name: 'aims-mdx-boundary',
		options: { position: true },
		before(tree, ctx) {
			if (ctx.sourceFormat !== 'mdx') return;
			const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '<unknown file>';
			const problems = checkMdxTree(tree as unknown as MdxNode, { file, root });
			if (problems.length > 0) throw new MdxBoundaryError(formatProblems(file, problems));
		},
	};
}

export function sanitizePlugin(root: string): HastPluginDefinition {
	return {
		name: 'aims-sanitize',
		before(tree, ctx) {
			const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '';
			const keepImport = (esm: string) =>
				ctx.sourceFormat === 'mdx' && checkEsm(esm, { file, root }, undefined).length === 0;
			ctx.replaceNode(tree, sanitizeBody(tree as Root, keepImport));
		},
	};
}

function formatProblems(file: string, problems: readonly MdxProblem[]): string {
	return problems
		.map((p) => `${file}${p.line ? `:${p.line}` : ''}: ${p.message}\n    fix: ${p.fix}`)
		.join('\n');
}
