/**
 * `npm run check`'s side of the MDX model: parses each MDX body with the parser the build
 * compiles it with (Sätteri) and runs the same checks as the build's plugin, so a syntax
 * error, an unknown component, a forbidden import, export or expression is a diagnostic with
 * file, line and fix, never a failed build with a stack trace.
 */
import type { RuleId } from '../rule-ids.ts';
import { resolve } from 'node:path';
import { mdxToMdast } from 'satteri';
import type { Diagnostic } from '../diagnostics.ts';
import { checkMdxTree, type MdxNode, type MdxProblem } from './mdx-boundary.ts';
import type { RawEntry } from './load.ts';

export function checkMdxEntries(entries: readonly RawEntry[], root: string): Diagnostic[] {
	return entries
		.filter((entry) => entry.format === 'mdx')
		.flatMap((entry) => checkMdxEntry(entry, root));
}

function checkMdxEntry(entry: RawEntry, root: string): Diagnostic[] {
	const offset = (entry.bodyLine ?? 1) - 1;
	const toDiagnostic =
		(rule: RuleId) =>
		(problem: MdxProblem): Diagnostic => ({
			severity: 'error',
			file: entry.file,
			line: problem.line === undefined ? undefined : problem.line + offset,
			rule,
			message: problem.message,
			fix: problem.fix,
		});
	let tree: MdxNode;
	try {
		tree = mdxToMdast(entry.body ?? '', { position: true }) as unknown as MdxNode;
	} catch (error) {
		return [toDiagnostic('mdx-syntax')(syntaxProblem(error, offset))];
	}
	return checkMdxTree(tree, { file: resolve(root, entry.file), root }).map(toDiagnostic('mdx'));
}

/** Sätteri reports `line:column: message (rule)`; keep the line, drop the parser's rule id. */
function syntaxProblem(error: unknown, offset: number): MdxProblem {
	// Positions inside the message count from the body; make them the file's.
	const text = (error instanceof Error ? error.message : String(error)).replace(
		/\((\d+):(\d+)\)/g,
		(_, line: string, column: string) => `(line ${Number(line) + offset}, column ${column})`,
	);
	const match = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*([\s\S]*?)(?:\s*\([\w:-]+\))?$/.exec(text.trim());
	// The parser's own words, with the column unless they already name one.
	const said =
		match && (match[3]!.includes('column') ? match[3]! : `${match[3]} (column ${match[2]})`);
	return {
		line: match ? Number(match[1]) : undefined,
		message: `is not valid MDX: ${said ?? text.split('\n')[0]}`,
		fix: 'fix the syntax at that line; to write a literal <, { or }, escape it as \\<, \\{ or \\}',
	};
}
