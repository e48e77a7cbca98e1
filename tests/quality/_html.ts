/**
 * html-validate on built pages: valid, well-formed HTML under html-validate's recommended rules.
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';

/**
 * The recommended rule set. Astro's minified output (`<!DOCTYPE html>`, void elements
 * without `/>`) already passes its style rules. Turn a rule off here only with a comment
 * saying which markup needs it and why that markup is right.
 */
export const HTML_CONFIG: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		// A page title is the entry's own title (written by the governance team) followed by
		// “· <organisation> <site>”; 70 characters is a search-engine display guideline, not
		// validity, and cutting an author's title would hide what the page is about.
		'long-title': 'off',
	},
};

const validator = new HtmlValidate(HTML_CONFIG);

export interface HtmlError {
	page: string;
	rule: string;
	message: string;
	line: number;
	selector: string | null;
}

export async function validateHtml(page: string, html: string): Promise<HtmlError[]> {
	const report = await validator.validateString(html, page);
	return report.results.flatMap((result) =>
		result.messages
			.filter((m: Message) => m.severity === 2)
			.map((m: Message) => ({
				page,
				rule: m.ruleId,
				message: m.message,
				line: m.line,
				selector: m.selector,
			})),
	);
}

export const validateFile = (page: string, file: string) =>
	validateHtml(page, readFileSync(file, 'utf8'));

export function formatHtmlErrors(errors: HtmlError[]): string {
	return errors
		.map(
			(e) =>
				`  ${e.page}:${e.line}: ${e.rule}: ${e.message}${e.selector ? ` (${e.selector})` : ''}`,
		)
		.join('\n');
}
