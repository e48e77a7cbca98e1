/**
 * Every internal link in a template goes through a route helper (src/lib/routes.ts,
 * src/lib/trust/routes.ts, src/lib/handbook/routes.ts), so a path is spelt in one place and a
 * site `base` reaches every link. The .astro files under src/sites, src/components and
 * src/layouts are parsed (astro-eslint-parser, the parser ESLint's Astro plugin uses), and each
 * link-bearing attribute's value is inspected: a string or template literal that starts with
 * "/" or splices a path together is hand-built. Fragments (`#id`), external and mailto URLs,
 * and values computed by a call (`systemHref(id)`) or read from a variable are fine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseForESLint } from 'astro-eslint-parser';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FOLDERS = ['src/sites', 'src/components', 'src/layouts', 'src/pages'];
/** Attributes that name an address; `base` is the pager's first page. */
const LINK_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'base']);

interface Node {
	type: string;
	[key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
	typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** A literal text is hand-built when it starts a site path; "//host" is external. */
const startsPath = (text: string) => text.startsWith('/') && !text.startsWith('//');

/** Why an attribute value is a hand-built internal link, or undefined when it is not. */
function handBuilt(value: Node): string | undefined {
	switch (value.type) {
		case 'Literal':
			return typeof value.value === 'string' && startsPath(value.value)
				? `the string "${value.value}"`
				: undefined;
		case 'JSXExpressionContainer':
			return handBuilt(value.expression as Node);
		case 'TemplateLiteral': {
			const quasis = value.quasis as { value: { cooked: string } }[];
			const head = quasis[0]!.value.cooked;
			if (head.startsWith('#') || /^[a-z][a-z+.-]*:/i.test(head)) return undefined;
			// `${base}page/2/` splices a path as surely as `/systems/${id}/` spells one.
			return startsPath(head) || (value.expressions as Node[]).length > 0
				? 'a template literal'
				: undefined;
		}
		case 'BinaryExpression':
			return value.operator === '+' ? 'a concatenation' : undefined;
		case 'ConditionalExpression':
			return handBuilt(value.consequent as Node) ?? handBuilt(value.alternate as Node);
		case 'LogicalExpression':
			return handBuilt(value.left as Node) ?? handBuilt(value.right as Node);
		default:
			return undefined;
	}
}

/** Every attribute of an element or component in the template, with its line. */
function* attributes(node: unknown): Generator<{ name: string; value: Node; line: number }> {
	if (Array.isArray(node)) {
		for (const item of node) yield* attributes(item);
		return;
	}
	if (!isNode(node)) return;
	if (node.type === 'JSXAttribute' && isNode(node.value)) {
		const name = node.name as { name: unknown };
		if (typeof name.name === 'string')
			yield {
				name: name.name,
				value: node.value,
				line: (node.loc as { start: { line: number } }).start.line,
			};
	}
	// An address handed over in an object (`{ href: …, text: … }`) is a link all the same.
	if (node.type === 'Property' && isNode(node.value)) {
		const key = node.key as { type: string; name?: unknown; value?: unknown };
		const name = key.type === 'Identifier' ? key.name : key.value;
		if (typeof name === 'string')
			yield {
				name,
				value: node.value,
				line: (node.loc as { start: { line: number } }).start.line,
			};
	}
	for (const [key, child] of Object.entries(node))
		if (key !== 'parent' && typeof child === 'object') yield* attributes(child);
}

/** Hand-built internal links in one .astro source, as `file:line attribute: why`. */
export function handBuiltLinks(file: string, source: string): string[] {
	const { ast } = parseForESLint(source, {
		filePath: file,
		parser: tseslint.parser,
		ecmaVersion: 'latest',
		sourceType: 'module',
	});
	return [...attributes(ast)].flatMap(({ name, value, line }) => {
		if (!LINK_ATTRIBUTES.has(name)) return [];
		const why = handBuilt(value);
		return why ? [`${file}:${line} ${name}: ${why}`] : [];
	});
}

function astroFiles(dir: string): string[] {
	return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.astro'))
		.map((e) => relative(ROOT, join(e.parentPath, e.name)))
		.sort();
}

describe('internal links', () => {
	test('no template builds an internal link by hand: each goes through a route helper', () => {
		const files = FOLDERS.flatMap(astroFiles);
		expect(files.length).toBeGreaterThan(50);
		const found = files.flatMap((file) =>
			handBuiltLinks(file, readFileSync(join(ROOT, file), 'utf8')),
		);
		expect(found).toEqual([]);
	});

	test('the check finds every way of spelling a path and lets fragments and external URLs through', () => {
		const source = [
			'---',
			"import { systemHref } from '../lib/handbook/routes.ts';",
			"const id = 'x'; const base = '/risks/';",
			'---',
			'<a href="/systems/">all</a>',
			'<a href={`/systems/${id}/`}>one</a>',
			'<a href={`${base}page/2/`}>two</a>',
			"<a href={'/risks/' + id}>three</a>",
			"<a href={id ? systemHref(id) : '/'}>four</a>",
			'<form action="/search/"></form>',
			'<Pager base="/datasets/" />',
			'<a href="#main">skip</a>',
			'<a href={`#${id}`}>fragment</a>',
			'<a href="https://example.com/">out</a>',
			'<a href={`mailto:${id}`}>mail</a>',
			'<a href={systemHref(id)}>helper</a>',
			'<a href={base}>variable</a>',
			'<a href="//cdn.example/x">protocol-relative</a>',
			"<Facts rows={[{ href: `/people/${id}/`, text: 'x' }]} />",
		].join('\n');
		expect(handBuiltLinks('example.astro', source)).toEqual([
			'example.astro:5 href: the string "/systems/"',
			'example.astro:6 href: a template literal',
			'example.astro:7 href: a template literal',
			'example.astro:8 href: a concatenation',
			'example.astro:9 href: the string "/"',
			'example.astro:10 action: the string "/search/"',
			'example.astro:11 base: the string "/datasets/"',
			'example.astro:19 href: a template literal',
		]);
	});
});
