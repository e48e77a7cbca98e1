/**
 * The headers the tests serve are the headers production serves: every deploy header file in
 * deploy/ (Netlify, Cloudflare Pages, nginx, Vercel) sends the same security headers as
 * tests/helpers/server.ts, and a Content-Security-Policy with the same effect. Otherwise a
 * page could pass the browser checks here and break, or be less protected, in production.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../helpers/build.ts';
import { PROJECT } from '../helpers/content.ts';
import { SECURITY_HEADERS } from '../helpers/server.ts';

const DEPLOY = join(PROJECT, 'deploy');

/** Headers a deploy file sends on every path. */
function headersOf(file: string): Record<string, string> {
	const text = readFileSync(join(DEPLOY, file), 'utf8');
	if (file.endsWith('.json')) {
		const rules = (
			JSON.parse(text) as {
				headers: { source: string; headers: { key: string; value: string }[] }[];
			}
		).headers;
		return Object.fromEntries(
			rules.find((r) => r.source === '/(.*)')!.headers.map((h) => [h.key, h.value]),
		);
	}
	if (file.endsWith('.conf'))
		return Object.fromEntries(
			[...text.matchAll(/^add_header ([\w-]+) "([^"]*)"/gm)].map((m) => [m[1]!, m[2]!]),
		);
	const block = text.split(/\n(?=\S)/).find((b) => b.startsWith('/*\n')) ?? '';
	return Object.fromEntries(
		[...block.matchAll(/^\s+([\w-]+): (.*)$/gm)].map((m) => [m[1]!, m[2]!.trim()]),
	);
}

/** A policy as directive → sorted sources. */
function directives(policy: string): Map<string, string> {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...sources]) => [name!, sources.sort().join(' ')]),
	);
}

/**
 * Differences in effect between a deploy policy and ours. Tolerated: extra fetch directives
 * that say what `default-src` already says, and `upgrade-insecure-requests`, which only
 * matters over HTTPS.
 */
function policyDifferences(deployed: string, ours: string): string[] {
	const theirs = directives(deployed);
	const mine = directives(ours);
	const out: string[] = [];
	for (const [name, sources] of mine)
		if (theirs.get(name) !== sources)
			out.push(`${name}: deploy has "${theirs.get(name) ?? '(none)'}", tests serve "${sources}"`);
	for (const [name, sources] of theirs) {
		if (mine.has(name) || name === 'upgrade-insecure-requests') continue;
		if (name.endsWith('-src') && sources === mine.get('default-src')) continue;
		out.push(`${name} ${sources}: only in deploy`);
	}
	return out;
}

const files = listFiles(DEPLOY).filter((f) => /(_headers|\.conf|vercel\.json)$/.test(f));

describe('deploy header files match the headers the tests serve', () => {
	test('there are deploy header files to compare', () => {
		expect(files.length).toBeGreaterThan(0);
	});

	test.each(files)('%s', (file) => {
		const sent = headersOf(file);
		const { 'Content-Security-Policy': policy, ...others } = SECURITY_HEADERS;
		expect(
			policyDifferences(sent['Content-Security-Policy'] ?? '', policy!),
			'Content-Security-Policy: align deploy/ and CONTENT_SECURITY_POLICY in tests/helpers/server.ts',
		).toEqual([]);
		for (const [name, value] of Object.entries(others)) expect(sent[name], name).toBe(value);
	});
});
