/**
 * The MDX model, enforced: what an MDX body may contain beyond Markdown. `npm run check` runs
 * it over each parsed MDX file and the build runs the very same function as a Sätteri mdast
 * plugin (src/lib/render/satteri-plugins.ts), so the two can never disagree and an MDX file
 * that skipped the check still cannot pull in anything.
 *
 * Everything is an allow-list, parsed strictly; what it does not recognise is refused:
 * - ESM: only `import Name from '<path>/src/components/content/Name.astro'` lines, one per
 *   line, naming an allow-listed component. No other import (content, `?raw`, Node
 *   built-ins, packages), no `export`, no code.
 * - JSX: allow-listed components, with only their listed props as literal strings; lower-case
 *   HTML elements the body sanitiser keeps; no `{…}` attribute values or spreads.
 * - `{…}` expressions: comments and string or number literals only. No identifier, call,
 *   `import()`, `import.meta` or anything else that would run at build time.
 */
import { resolve } from 'node:path';
import { BODY_TAG_NAMES } from '../render/body-schema.ts';
import { CONTENT_COMPONENTS, CONTENT_COMPONENTS_DIR } from './mdx-components.ts';

/** One thing wrong with an MDX body, at a line of the MDX source it was parsed from. */
export interface MdxProblem {
	line?: number;
	message: string;
	fix: string;
}

/** Where the MDX file is and which project it belongs to, to resolve its imports. */
export interface MdxContext {
	/** Absolute path of the MDX file. */
	file: string;
	/** Absolute path of the project root, which holds src/components/content/. */
	root: string;
}

/** The mdast shape this module reads: unist nodes as Sätteri and micromark produce them. */
export interface MdxNode {
	type: string;
	name?: string | null;
	value?: unknown;
	attributes?: readonly MdxAttribute[];
	children?: readonly MdxNode[];
	position?: { start: { line: number } };
}
interface MdxAttribute {
	type: string;
	name?: string;
	value?: unknown;
}

const IMPORT_LINE = /^import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])([^'"\\\n]+)\2\s*;?$/;
const COMMENT_ONLY = /^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/;
const LITERAL = /^\s*(?:"([^"\\\n]*)"|'([^'\\\n]*)'|(-?\d+(?:\.\d+)?))\s*$/;
const IMPORT_FIX = `import an allow-listed component by its path, for example \`import Callout from '../../components/content/Callout.astro';\`; content may not import anything else`;

/** Every problem with an MDX tree, in document order. */
export function checkMdxTree(tree: MdxNode, context: MdxContext): MdxProblem[] {
	const problems: MdxProblem[] = [];
	const imported = new Set<string>();
	const visit = (node: MdxNode): void => {
		const line = node.position?.start.line;
		const report = (message: string, fix: string) => problems.push({ line, message, fix });
		switch (node.type) {
			case 'mdxjsEsm':
				checkEsm(String(node.value ?? ''), context, line, problems, imported);
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				checkExpression(String(node.value ?? ''), report);
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkJsx(node, imported, report);
				break;
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(tree);
	return problems;
}

/** The problems of one ESM block (`import …` lines), adding the components it imports to `imported`. */
export function checkEsm(
	value: string,
	context: MdxContext,
	firstLine: number | undefined,
	problems: MdxProblem[] = [],
	imported = new Set<string>(),
): MdxProblem[] {
	value.split('\n').forEach((text, index) => {
		const line = firstLine === undefined ? undefined : firstLine + index;
		const statement = text.trim();
		if (statement === '') return;
		const match = IMPORT_LINE.exec(statement);
		if (!match) {
			const what = /^export\b/.test(statement)
				? '`export` is not allowed in content'
				: `${JSON.stringify(statement.slice(0, 60))} is not an allowed import`;
			problems.push({
				line,
				message: `${what}: MDX content may only import allow-listed components`,
				fix: IMPORT_FIX,
			});
			return;
		}
		const [, name, , specifier] = match as unknown as [string, string, string, string];
		const problem = importProblem(name, specifier, context);
		if (problem) problems.push({ line, message: problem, fix: IMPORT_FIX });
		else imported.add(name);
	});
	return problems;
}

/** Why `import name from 'specifier'` is not an import of the allow-listed component `name`. */
function importProblem(name: string, specifier: string, context: MdxContext): string | undefined {
	const known = Object.keys(CONTENT_COMPONENTS).sort();
	if (!Object.hasOwn(CONTENT_COMPONENTS, name))
		return `${name} is not an allow-listed component (allowed: ${known.join(', ')})`;
	if (!/^\.\.?\//.test(specifier) || /[?#]/.test(specifier))
		return `"${specifier}" is not a relative path to ${CONTENT_COMPONENTS_DIR}/${name}.astro`;
	const target = resolve(context.file, '..', specifier);
	const expected = resolve(context.root, CONTENT_COMPONENTS_DIR, `${name}.astro`);
	return target === expected
		? undefined
		: `"${specifier}" is not ${CONTENT_COMPONENTS_DIR}/${name}.astro`;
}

/** The text a `{…}` expression stands for, if it is a string or number literal. */
export function literalText(expression: string): string | undefined {
	const match = LITERAL.exec(expression);
	return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function checkExpression(value: string, report: (message: string, fix: string) => void): void {
	if (COMMENT_ONLY.test(value) || literalText(value) !== undefined) return;
	report(
		`the expression {${value.length > 40 ? `${value.slice(0, 40)}…` : value}} is not allowed: MDX content may hold only comments and literal text in braces`,
		'write the text itself, without braces; to show a literal brace, escape it as \\{',
	);
}

function checkJsx(
	node: MdxNode,
	imported: ReadonlySet<string>,
	report: (message: string, fix: string) => void,
): void {
	const name = node.name;
	if (!name)
		return report(
			'fragments (<>…</>) are not allowed in content',
			'remove the <> and </> around the text',
		);
	if (/^[a-z][a-z0-9]*$/.test(name)) {
		if (!BODY_TAG_NAMES.has(name))
			report(
				`the HTML element <${name}> is not allowed in content`,
				'use Markdown, or an element such as <details>, <kbd> or <sup> that the body sanitiser keeps',
			);
		for (const attribute of node.attributes ?? []) checkLiteralAttribute(name, attribute, report);
		return;
	}
	const spec = CONTENT_COMPONENTS[name];
	if (!spec || !Object.hasOwn(CONTENT_COMPONENTS, name)) {
		return report(
			`<${name}> is not an allow-listed component (allowed: ${Object.keys(CONTENT_COMPONENTS).sort().join(', ')})`,
			`use one of the components in ${CONTENT_COMPONENTS_DIR}/, or plain Markdown`,
		);
	}
	if (!imported.has(name))
		report(
			`<${name}> is used but not imported`,
			`add \`import ${name} from '../../components/content/${name}.astro';\` after the front matter`,
		);
	for (const attribute of node.attributes ?? []) {
		if (!checkLiteralAttribute(name, attribute, report)) continue;
		const prop = attribute.name!;
		const accepts = Object.hasOwn(spec.props, prop) ? spec.props[prop] : undefined;
		if (!accepts)
			report(
				`<${name}> has no prop "${prop}" (it takes ${Object.keys(spec.props).sort().join(', ')})`,
				`remove ${prop}=… from <${name}>`,
			);
		else if (accepts !== 'text' && !accepts.includes(String(attribute.value)))
			report(
				`<${name} ${prop}="${String(attribute.value)}"> is not one of ${accepts.join(', ')}`,
				`write ${prop}="${accepts[0]}"`,
			);
	}
}

/** Only `name="text"` attributes: `{…}` values and spreads would run code at build time. */
function checkLiteralAttribute(
	element: string,
	attribute: MdxAttribute,
	report: (message: string, fix: string) => void,
): boolean {
	if (attribute.type !== 'mdxJsxAttribute') {
		report(
			`<${element}> has a {…} spread attribute, which is not allowed in content`,
			'write each attribute as name="text"',
		);
		return false;
	}
	if (
		attribute.value !== null &&
		attribute.value !== undefined &&
		typeof attribute.value !== 'string'
	) {
		report(
			`<${element} ${attribute.name}={…}> is not allowed: attribute values must be literal text`,
			`write ${attribute.name}="text"`,
		);
		return false;
	}
	return true;
}
