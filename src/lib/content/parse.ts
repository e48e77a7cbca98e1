/**
 * Turns the text of one content file into raw data, a body and a way to find the line of a
 * field. YAML is parsed with `yaml` (eemeli/yaml): it keeps source positions, which is what
 * lets every error name its line, and rejects duplicate keys.
 *
 * Content YAML is plain data, parsed defensively (docs/security.md#yaml): the YAML 1.2 core
 * schema only; no explicit tags (`!!js/function`, `!foo`, even `!!str`: quote the value
 * instead); no merge keys (`<<`); aliases allowed, but their expansion is capped, so an alias
 * bomb is an error naming its line rather than a process out of memory.
 */
import {
	isAlias,
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	visit,
	type Alias,
	type Document,
	type Node,
} from 'yaml';
import type { Format } from '../schemas/index.ts';

export interface Parsed {
	data: unknown;
	body?: string;
	/** 1-based line of the file where the body starts, for diagnostics about the body. */
	bodyLine?: number;
	/** 1-based line of a field path, or of the closest parent that exists. */
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

export class ParseError extends Error {
	readonly line: number | undefined;
	readonly fix: string | undefined;
	constructor(message: string, line?: number, fix?: string) {
		super(message);
		this.line = line;
		this.fix = fix;
	}
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parseContent(text: string, format: Format): Parsed {
	if (format === 'yaml') return parseYaml(text, 0);
	const match = FRONT_MATTER.exec(text);
	if (!match) {
		throw new ParseError(
			'has no front matter',
			1,
			'start the file with a line `---`, the YAML fields, and another line `---`; the Markdown body follows',
		);
	}
	const parsed = parseYaml(match[1]!, 1);
	return {
		...parsed,
		body: text.slice(match[0].length),
		bodyLine: match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1),
	};
}

/**
 * How many nodes all the aliases of one file may expand to, together. Generous for the few
 * anchors an author repeats; a "billion laughs" document needs millions.
 */
export const MAX_ALIAS_COUNT = 100;

function parseYaml(text: string, lineOffset: number): Parsed {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, {
		lineCounter,
		uniqueKeys: true,
		prettyErrors: true,
		schema: 'core',
		resolveKnownTags: false,
		merge: false,
	});
	const lineAt = (offset: number | undefined) =>
		offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset;
	const [error] = doc.errors;
	if (error) {
		const line = error.linePos?.[0].line;
		if (error.code === 'MULTIPLE_DOCS')
			throw new ParseError(
				'holds more than one YAML document (a line `---` inside it)',
				line === undefined ? undefined : line + lineOffset,
				'one entry per file: remove the `---` line and what follows, or move it to a file of its own',
			);
		if (error.code === 'RESOURCE_EXHAUSTION')
			throw new ParseError(
				'is not valid YAML: it nests too deeply to read',
				line === undefined ? undefined : line + lineOffset,
				'flatten the structure: content needs a few levels of lists and fields, not hundreds',
			);
		throw new ParseError(
			`is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
			line === undefined ? undefined : line + lineOffset,
			yamlHint(error.code),
		);
	}
	const refused = refusedSyntax(doc);
	if (refused) throw new ParseError(refused.message, lineAt(refused.offset), refused.fix);
	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
	} catch (error) {
		// The parser reports alias trouble by throwing (a ReferenceError), not in doc.errors.
		const firstAlias = aliasesOf(doc)[0];
		if (error instanceof Error && /alias count/i.test(error.message)) {
			throw new ParseError(
				`is not valid content YAML: its aliases (*name) expand beyond the limit of ${MAX_ALIAS_COUNT}, as an alias bomb does`,
				lineAt(firstAlias?.range?.[0]),
				'write the values out instead of repeating anchors (&name) through aliases (*name)',
			);
		}
		if (error instanceof Error && /alias/i.test(error.message)) {
			const unresolved =
				aliasesOf(doc).find((alias) => /: (.+)$/.exec(error.message)?.[1] === alias.source) ??
				firstAlias;
			throw new ParseError(
				`is not valid YAML: the alias *${unresolved?.source ?? '?'} has no anchor &${unresolved?.source ?? '?'} before it`,
				lineAt(unresolved?.range?.[0]),
				'define the anchor before the alias, or write the value out',
			);
		}
		if (error instanceof RangeError)
			throw new ParseError(
				'is not valid YAML: it nests too deeply to read',
				undefined,
				'flatten the structure: content needs a few levels of lists and fields, not hundreds',
			);
		throw error;
	}
	return {
		data: data ?? {},
		lineOf: (path) => lineAt(nodeAt(doc, path)?.range?.[0]),
	};
}

function aliasesOf(doc: Document): Alias[] {
	const found: Alias[] = [];
	visit(doc, { Alias: (_key, node) => void found.push(node) });
	return found;
}

/** The first explicit tag or merge key, which content YAML does not use, with where it is. */
function refusedSyntax(
	doc: Document,
): { message: string; fix: string; offset: number | undefined } | undefined {
	let refused: { message: string; fix: string; offset: number | undefined } | undefined;
	visit(doc, (_key, node) => {
		if (
			isPair(node) &&
			isScalar(node.key) &&
			node.key.value === '<<' &&
			(isAlias(node.value) || isMap(node.value) || isSeq(node.value))
		) {
			refused = {
				message: 'uses a YAML merge key (<<), which content YAML does not support',
				fix: 'write the fields out in full instead of merging them in',
				offset: node.key.range?.[0],
			};
			return visit.BREAK;
		}
		if ((isScalar(node) || isMap(node) || isSeq(node)) && node.tag) {
			const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
			refused = {
				message: `uses the YAML tag ${tag}; content YAML is plain text, numbers, lists and fields, without tags`,
				fix: `remove ${tag}${isScalar(node) ? ' and put the value in quotes if it must stay text' : ''}`,
				offset: node.range?.[0],
			};
			return visit.BREAK;
		}
		return undefined;
	});
	return refused;
}

function yamlHint(code: string): string {
	if (code === 'DUPLICATE_KEY')
		return 'each field may appear once; remove or merge the repeated one';
	if (code === 'TAB_AS_INDENT') return 'indent with spaces, not tabs';
	return 'check indentation and quoting: text containing `: ` or starting with a special character needs quotes';
}

/** The deepest node along `path` that exists, so a missing field points at its parent. */
function nodeAt(doc: Document, path: readonly PropertyKey[]): Node | undefined {
	let node: unknown = doc.contents;
	let found = node as Node | undefined;
	for (const key of path) {
		if (isMap(node))
			node = node.items.find(
				(pair) => (pair.key as { value?: unknown } | null)?.value === key,
			)?.value;
		else if (isSeq(node) && typeof key === 'number') node = node.items[key];
		else break;
		if (!node) break;
		found = node as Node;
	}
	return found;
}
