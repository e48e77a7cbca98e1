/**
 * Markdown to plain text, for spreadsheet cells and questionnaire answers: buyers paste them
 * into forms that show `**` and `[x](y)` literally. A small converter rather than a Markdown
 * parser: answer bodies are short prose, and the words must come through unchanged.
 */

/** The text of a Markdown body, with markup removed and links written as “text (url)”. */
export function markdownToText(markdown: string): string {
	return markdown
		.replace(/\r\n?/g, '\n')
		.replace(/```[^\n]*\n([\s\S]*?)```/g, '$1')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<\/?[A-Za-z][^>]*>/g, '')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, (_, text: string, href: string) => (text === href ? href : `${text} (${href})`))
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
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
