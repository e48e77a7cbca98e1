/** Built pages parsed as the browser would read them, for tests that check what a page says. */
import { selectAll, selectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

export interface Html {
	all(selector: string): Element[];
	one(selector: string): Element | null;
	/** Text of an element with runs of white space collapsed, as a reader sees it. */
	text(element: Element): string;
}

export function parseHtml(source: string): Html {
	const document = parseDocument(source);
	return {
		all: (selector) => selectAll<AnyNode, Element>(selector, document),
		one: (selector) => selectOne<AnyNode, Element>(selector, document),
		text: (element) => textContent(element).replace(/\s+/g, ' ').trim(),
	};
}
