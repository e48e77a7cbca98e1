/**
 * Turns the text of one content file into raw data, a body and a way to find the line of a
 * field. YAML is parsed with `yaml` (eemeli/yaml): it keeps source positions, which is what
 * lets every error name its line, and rejects duplicate keys.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
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
		throw new ParseError('has no front matter', 1, 'start the file with a line `---`, the YAML fields, and another line `---`; the Markdown body follows');
	}
	const parsed = parseYaml(match[1]!, 1);
	return { ...parsed, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1) };
}

function parseYaml(text: string, lineOffset: number): Parsed {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
	const [error] = doc.errors;
	if (error) {
		const line = error.linePos?.[0].line;
		throw new ParseError(`is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, line === undefined ? undefined : line + lineOffset, yamlHint(error.code));
	}
	const data = doc.toJS({ maxAliasCount: 100 });
	return {
		data: data ?? {},
		lineOf: (path) => {
			const node = nodeAt(doc, path);
			return node?.range ? lineCounter.linePos(node.range[0]).line + lineOffset : undefined;
		},
	};
}

function yamlHint(code: string): string {
	if (code === 'DUPLICATE_KEY') return 'each field may appear once; remove or merge the repeated one';
	if (code === 'TAB_AS_INDENT') return 'indent with spaces, not tabs';
	return 'check indentation and quoting: text containing `: ` or starting with a special character needs quotes';
}

/** The deepest node along `path` that exists, so a missing field points at its parent. */
function nodeAt(doc: Document, path: readonly PropertyKey[]): Node | undefined {
	let node: unknown = doc.contents;
	let found = node as Node | undefined;
	for (const key of path) {
		if (isMap(node)) node = node.items.find((pair) => (pair.key as { value?: unknown } | null)?.value === key)?.value;
		else if (isSeq(node) && typeof key === 'number') node = node.items[key];
		else break;
		if (!node) break;
		found = node as Node;
	}
	return found;
}
