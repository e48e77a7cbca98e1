/**
 * Sanitises the HTML tree of one Markdown or MDX body with hast-util-sanitize and
 * BODY_SCHEMA. The sanitiser only knows HTML, so MDX nodes are translated around it:
 * - an allow-listed component becomes a placeholder element while its children are
 *   sanitised, then the component again (with its literal props only);
 * - a lower-case JSX element (`<details>`) becomes the HTML element it names, and is
 *   sanitised like one;
 * - a literal `{"text"}` expression becomes its text; any other expression, any other JSX and
 *   any ESM that is not an allow-listed import is dropped (the MDX check refuses them first).
 */
import { sanitize } from 'hast-util-sanitize';
import type { Element, Properties, Root } from 'hast';
import { find, html } from 'property-information';
import { literalText } from '../content/mdx-boundary.ts';
import { CONTENT_COMPONENTS } from '../content/mdx-components.ts';
import { BODY_SCHEMA, COMPONENT_PLACEHOLDER } from './body-schema.ts';

/** A hast node, including the MDX node types the HTML types leave out. */
interface AnyNode {
	type: string;
	tagName?: string;
	name?: string | null;
	value?: unknown;
	properties?: Properties;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: AnyNode[];
	data?: unknown;
}

/**
 * The sanitised copy of `tree` (the input is not changed). `keepImport` says whether an ESM
 * block is an allowed import; only those survive.
 */
export function sanitizeBody(tree: Root, keepImport: (esm: string) => boolean = () => false): Root {
	const components: AnyNode[] = [];
	const esm: AnyNode[] = [];
	const prepared = prepare(structuredCopy(tree as unknown as AnyNode), components, esm, keepImport);
	const clean = sanitize(prepared as unknown as Root, BODY_SCHEMA) as Root;
	const restored = restore(clean as unknown as AnyNode, components);
	restored.children = [...esm, ...(restored.children ?? [])];
	return restored as unknown as Root;
}

function structuredCopy(node: AnyNode): AnyNode {
	// Sätteri's nodes carry lazy accessors and private fields; copy only the unist shape.
	const copy: AnyNode = { type: node.type };
	for (const key of ['tagName', 'name', 'value', 'properties', 'attributes'] as const) {
		if (node[key] !== undefined)
			(copy as unknown as Record<string, unknown>)[key] = jsonCopy(node[key]);
	}
	if (node.children) copy.children = node.children.map(structuredCopy);
	return copy;
}

/**
 * What `JSON.parse(JSON.stringify(value))` gives for the plain values of a hast node (strings,
 * numbers, booleans, null, arrays and objects of them), without the text round trip: a
 * federal-scale build sanitises thousands of bodies, and the round trip was most of the cost.
 */
function jsonCopy(value: unknown): unknown {
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (value === null || typeof value !== 'object') return value;
	if (Array.isArray(value))
		return value.map((item) => {
			const copy = jsonCopy(item);
			return copy === undefined || typeof copy === 'function' ? null : copy;
		});
	const copy: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(value)) {
		if (item === undefined || typeof item === 'function') continue;
		copy[key] = jsonCopy(item);
	}
	return copy;
}

function prepare(
	node: AnyNode,
	components: AnyNode[],
	esm: AnyNode[],
	keepImport: (esm: string) => boolean,
): AnyNode {
	const children: AnyNode[] = [];
	for (const child of node.children ?? []) {
		const next = translate(child, components, esm, keepImport);
		if (next) children.push(prepare(next, components, esm, keepImport));
	}
	return node.children ? { ...node, children } : node;
}

function translate(
	node: AnyNode,
	components: AnyNode[],
	esm: AnyNode[],
	keepImport: (esm: string) => boolean,
): AnyNode | undefined {
	switch (node.type) {
		case 'mdxjsEsm':
			if (keepImport(String(node.value ?? ''))) esm.push(node);
			return undefined;
		case 'mdxFlowExpression':
		case 'mdxTextExpression': {
			const text = literalText(String(node.value ?? ''));
			return text === undefined ? undefined : { type: 'text', value: text };
		}
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			return translateJsx(node, components);
		case 'element':
			unprefixIds(node);
			return node;
		default:
			return node;
	}
}

/**
 * The sanitiser prefixes every id with `user-content-`; ids that already carry it (Markdown
 * footnotes) lose it first, so they come out with one prefix and their links still work.
 */
function unprefixIds(node: AnyNode): void {
	for (const key of BODY_SCHEMA.clobber ?? []) {
		const value = node.properties?.[key];
		if (typeof value === 'string') node.properties![key] = value.replace(/^user-content-/, '');
		if (Array.isArray(value))
			node.properties![key] = value.map((v) => String(v).replace(/^user-content-/, ''));
	}
}

function translateJsx(node: AnyNode, components: AnyNode[]): AnyNode | undefined {
	const name = node.name ?? '';
	const literal = (node.attributes ?? []).filter(
		(a) =>
			a.type === 'mdxJsxAttribute' &&
			(a.value === null || a.value === undefined || typeof a.value === 'string'),
	);
	if (/^[a-z][a-z0-9]*$/.test(name)) {
		const properties: Properties = {};
		for (const attribute of literal)
			properties[find(html, attribute.name!).property] =
				attribute.value === null || attribute.value === undefined
					? true
					: (attribute.value as string);
		return { type: 'element', tagName: name, properties, children: node.children ?? [] };
	}
	const spec = Object.hasOwn(CONTENT_COMPONENTS, name) ? CONTENT_COMPONENTS[name] : undefined;
	if (!spec) return undefined;
	const kept = literal.filter(
		(a) => Object.hasOwn(spec.props, a.name!) && typeof a.value === 'string',
	);
	components.push({ type: node.type, name, attributes: kept });
	return {
		type: 'element',
		tagName: COMPONENT_PLACEHOLDER,
		properties: { dataIndex: String(components.length - 1) },
		children: node.children ?? [],
	};
}

function restore(node: AnyNode, components: readonly AnyNode[]): AnyNode {
	const children = node.children?.map((child) => restore(child, components));
	if (node.type === 'element' && node.tagName === COMPONENT_PLACEHOLDER) {
		const original = components[Number(node.properties?.dataIndex)];
		if (original) return { ...original, children: children ?? [] };
	}
	if (node.type === 'element') {
		dropProtocolRelative(node as unknown as Element);
		keepRepositoryImagesOnly(node as unknown as Element);
	}
	return children ? { ...node, children } : node;
}

/**
 * An image is a file of the repository: a relative path to an image, no query. Astro turns a
 * body's relative image into an import, and `x.yaml?raw` would import a file's text.
 */
function keepRepositoryImagesOnly(element: Element): void {
	delete element.properties.srcSet;
	const src = element.properties.src;
	if (typeof src === 'string' && !isRepositoryImage(src)) delete element.properties.src;
}

export function isRepositoryImage(src: string): boolean {
	return /^(?![a-z][a-z0-9+.-]*:|[\\/]{2})[^?#\\]*\.(?:png|jpe?g|gif|webp|avif|svg)$/i.test(
		src.trim(),
	);
}

/** `//host/x` has no scheme, so the sanitiser takes it for a relative path; it is not one. */
function dropProtocolRelative(element: Element): void {
	for (const key of ['href', 'src', 'cite', 'longDesc']) {
		const value = element.properties[key];
		if (typeof value === 'string' && /^\s*[\\/]{2}/.test(value)) delete element.properties[key];
	}
}
