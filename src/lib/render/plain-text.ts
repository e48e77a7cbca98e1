/**
 * Markdown to plain text, for spreadsheet cells and questionnaire answers: buyers paste them
 * into forms that show `**` and `[x](y)` literally, and that keep every line break, so a
 * paragraph comes out as one line (the source files wrap at about 90 columns). A small
 * converter rather than a Markdown parser: answer bodies are short prose, and the words must
 * come through unchanged.
 */

/** The text of a Markdown body, with markup removed and links written as “text (url)”. */
export function markdownToText(markdown: string): string {
	return (
		withoutHtml(markdown.replace(/\r\n?/g, '\n').replace(/```[^\n]*\n([\s\S]*?)```/g, '$1'))
			.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/\[([^\]]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, (_, text: string, href: string) =>
				linkText(text, href),
			)
			// Line patterns use [ \t], not \s: \s would run across the blank lines between blocks.
			.replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1')
			.replace(/^[ \t]{0,3}>[ \t]?/gm, '')
			.replace(/^([ \t]*)[*+][ \t]+/gm, '$1- ')
			.replace(/^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$/gm, '')
			.replace(/(\*\*|__)(.+?)\1/g, '$2')
			.replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
			.replace(/`([^`]+)`/g, '$1')
			.replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
			.replace(/[ \t]+$/gm, '')
			.split(/\n[ \t]*\n+/)
			.map(unwrap)
			.filter(Boolean)
			.join('\n\n')
			.trim()
	);
}

/** A list item's first line: `- `, or a number and a dot or bracket. */
const ITEM = /^[ \t]*(?:-|\d{1,9}[.)])[ \t]+/;

/**
 * One block with its soft line breaks joined: each line continues the one before unless it
 * starts a list item, or the line before ended in a Markdown hard break (two spaces, already
 * trimmed, or a backslash).
 */
function unwrap(block: string): string {
	const lines: string[] = [];
	for (const raw of block.split('\n')) {
		const line = raw.trim();
		if (line === '') continue;
		const previous = lines.at(-1);
		if (previous === undefined || ITEM.test(raw) || previous.endsWith('\\'))
			lines.push(ITEM.test(raw) ? raw.trimEnd() : line);
		else lines[lines.length - 1] = `${previous} ${line}`;
	}
	return lines.map((l) => l.replace(/\\$/, '')).join('\n');
}

/**
 * A Markdown body that is safe to hand to a tool that renders Markdown: the raw HTML is gone
 * (scripts and styles with their content) and a link that is not web, mail or relative keeps
 * only its text. The Markdown itself is unchanged.
 */
export function safeMarkdown(markdown: string): string {
	return withoutHtml(markdown.replace(/\r\n?/g, '\n'))
		.replace(
			/(!?)\[([^\]]*)\]\(([^)\s]+)((?:\s+"[^"]*")?)\)/g,
			(link: string, _bang: string, text: string, href: string) =>
				isSafeTarget(href) ? link : text,
		)
		.trim();
}

function withoutHtml(markdown: string): string {
	return (
		markdown
			.replace(/<!--[\s\S]*?-->/g, '')
			// Code and styles are not text: drop them with their content, as the page sanitiser does.
			.replace(
				/<(script|style|template|iframe|noscript|textarea|title|xmp|noembed|noframes)\b[\s\S]*?<\/\1\s*>/gi,
				'',
			)
			.replace(/<\/?[A-Za-z][^>]*>/g, '')
	);
}

function isSafeTarget(href: string): boolean {
	const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(href.trim())?.[1]?.toLowerCase();
	return scheme === undefined || ['https', 'http', 'mailto'].includes(scheme);
}

/** “text (url)”, or the url alone when it is the text; a link that is not web, mail or relative keeps only its text. */
function linkText(text: string, href: string): string {
	if (!isSafeTarget(href)) return text;
	return text === href ? href : `${text} (${href})`;
}
