/**
 * The bad-input corpus: each folder under tests/fixtures/bad/ breaks the valid minimal content
 * in one way, and `expected.txt` holds the exact diagnostics `npm run check` must print.
 * Run with UPDATE_EXPECTED=1 to rewrite them after a deliberate wording change, then review
 * the diff: these messages are the product's user interface.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { checkContent } from '../../src/lib/pipeline.ts';
import { RULE_IDS, type RuleId } from '../../src/lib/rule-ids.ts';
import { contentTree, PROJECT, writeContent } from '../helpers/content.ts';

const CORPUS = join(PROJECT, 'tests/fixtures/bad');
const AS_OF = '2026-11-28';

interface CaseSpec {
	/** Files of the base content to delete. */
	remove?: string[];
	/** Files generated rather than committed: too big, or bytes an editor would mangle. */
	generate?: { path: string; repeat?: { head: string; line: string; bytes: number }; base64?: string }[];
	/** Check under --strict. */
	strict?: boolean;
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile())
		.map((d) => relative(dir, join(d.parentPath, d.name)));
}

function runCase(name: string) {
	const dir = join(CORPUS, name);
	const spec: CaseSpec = existsSync(join(dir, 'case.json')) ? JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) : {};
	const { root, content } = contentTree(`bad/${name}`);
	for (const path of spec.remove ?? []) rmSync(join(content, path));
	if (existsSync(join(dir, 'content'))) for (const path of filesUnder(join(dir, 'content'))) writeContent(content, path, readFileSync(join(dir, 'content', path)));
	for (const file of spec.generate ?? []) {
		if (file.base64) writeContent(content, file.path, Buffer.from(file.base64, 'base64'));
		if (file.repeat) writeContent(content, file.path, file.repeat.head + file.repeat.line.repeat(Math.ceil(file.repeat.bytes / file.repeat.line.length)));
	}
	const result = checkContent({ root, asOf: AS_OF });
	return { result, output: result.diagnostics.map(formatDiagnostic).join('\n'), dir };
}

const cases = readdirSync(CORPUS).sort();

describe('bad content corpus', () => {
	test('has a case for every rule a content check can report', () => {
		const reported = new Set(cases.flatMap((name) => [...readFileSync(join(CORPUS, name, 'expected.txt'), 'utf8').matchAll(/ \[([a-z0-9-]+)\]$/gm)].map((m) => m[1]!)));
		// `import` is reported by `npm run import`, never by the check; tests/unit/cli/import.test.ts covers it.
		const checkRules = (Object.keys(RULE_IDS) as RuleId[]).filter((id) => id !== 'import');
		expect(checkRules.filter((id) => !reported.has(id))).toEqual([]);
		expect([...reported].filter((id) => !(id in RULE_IDS))).toEqual([]);
	});

	test.each(cases)('%s', (name) => {
		const { result, output, dir } = runCase(name);
		const expectedFile = join(dir, 'expected.txt');
		if (process.env.UPDATE_EXPECTED) writeFileSync(expectedFile, `${output}\n`);
		expect(output).toBe(readFileSync(expectedFile, 'utf8').trimEnd());
		// Every case must fail the check: a corpus entry that passes proves nothing.
		const spec = existsSync(join(dir, 'case.json')) ? JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) : {};
		const failing = result.diagnostics.filter((d) => d.severity === 'error' || spec.strict);
		expect(failing.length).toBeGreaterThan(0);
	});
});
