/**
 * The Nu HTML Checker (the W3C validator's engine, from the `vnu-jar` package) over a built
 * site: a second, independent validator beside html-validate. It parses as browsers do, so it
 * catches what html-validate's rules let through (content after </html>, heading levels that
 * skip, invalid attribute values). Needs Java; .ci/run installs a JRE when it is missing.
 */
import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { createRequire } from 'node:module';

const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

export interface NuMessage {
	page: string;
	line: number | undefined;
	message: string;
	extract: string | undefined;
}

/** Every error (warnings left out) the checker reports for the HTML files under `dir`. */
export function nuErrors(dir: string): NuMessage[] {
	const result = spawnSync(
		'java',
		['-Xss2m', '-jar', vnu, '--format', 'json', '--errors-only', '--skip-non-html', dir],
		{ encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
	);
	if (result.error)
		throw new Error(
			'the Nu HTML Checker needs Java: install a JRE (apt-get install default-jre-headless)',
			{ cause: result.error },
		);
	// vnu writes its JSON report to stderr and exits 1 when it found errors.
	const report = JSON.parse(result.stderr || '{"messages":[]}') as {
		messages: {
			type: string;
			url?: string;
			lastLine?: number;
			message: string;
			extract?: string;
		}[];
	};
	return report.messages
		.filter((m) => m.type === 'error' || m.type === 'non-document-error')
		.map((m) => ({
			page: m.url ? relative(dir, new URL(m.url).pathname) : '(checker)',
			line: m.lastLine,
			message: m.message,
			extract: m.extract,
		}));
}

export const formatNu = (messages: NuMessage[]) =>
	messages
		.map(
			(m) =>
				`  ${m.page}:${m.line ?? '?'}: ${m.message}${m.extract ? ` (${m.extract.trim().slice(0, 80)})` : ''}`,
		)
		.join('\n');
