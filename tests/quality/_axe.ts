/**
 * axe-core in the real page. The source is evaluated through the DevTools protocol rather
 * than added as a <script> tag, because the strict Content-Security-Policy (rightly) blocks
 * inline scripts, and the check must run under the headers production sends.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT } from '../helpers/content.ts';

/** WCAG 2.2 level AA, and everything below it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(join(PROJECT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
	rule: string;
	impact: string | null;
	help: string;
	helpUrl: string;
	targets: string[];
}

export async function runAxe(page: Page): Promise<AxeViolation[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	return page.evaluate(async (tags) => {
		const axe = (
			window as unknown as {
				axe: {
					run(
						context: Document,
						options: object,
					): Promise<{
						violations: {
							id: string;
							impact: string | null;
							help: string;
							helpUrl: string;
							nodes: { target: unknown[] }[];
						}[];
					}>;
				};
			}
		).axe;
		const result = await axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations'],
		});
		return result.violations.map((v) => ({
			rule: v.id,
			impact: v.impact,
			help: v.help,
			helpUrl: v.helpUrl,
			targets: v.nodes.map((n) => n.target.join(' ')),
		}));
	}, WCAG_TAGS);
}

/** One line per violation: where, which rule, what to do, which elements. */
export function formatViolations(found: { page: string; violations: AxeViolation[] }[]): string {
	return found
		.flatMap(({ page, violations }) =>
			violations.map(
				(v) =>
					`  ${page}: ${v.rule} (${v.impact}): ${v.help}\n      ${v.targets.slice(0, 5).join('\n      ')}${v.targets.length > 5 ? `\n      … and ${v.targets.length - 5} more` : ''}\n      ${v.helpUrl}`,
			),
		)
		.join('\n');
}
