/** The quality checks' own helpers: the static server and the grouping of pages by route. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TMP } from '../helpers/content.ts';
import { CONTENT_SECURITY_POLICY, serve, type StaticServer } from '../helpers/server.ts';
import { groupByRoute } from './_pages.ts';

describe('static server', () => {
	const root = join(TMP, 'server/site');
	let server: StaticServer;
	beforeAll(async () => {
		rmSync(root, { recursive: true, force: true });
		mkdirSync(join(root, 'docs/pagefind'), { recursive: true });
		writeFileSync(join(root, 'index.html'), '<!DOCTYPE html><title>home</title>');
		writeFileSync(join(root, '404.html'), '<!DOCTYPE html><title>not found</title>');
		writeFileSync(join(root, 'docs/index.html'), '<!DOCTYPE html><title>docs</title>');
		writeFileSync(join(root, 'docs/pagefind/en_1.pf_index'), 'x');
		writeFileSync(join(root, 'docs/data.json'), '{}');
		writeFileSync(join(root, 'docs/wasm.wasm'), 'x');
		writeFileSync(join(root, '../secret.txt'), 'outside');
		server = await serve(root);
	});
	afterAll(async () => server?.close());

	test('serves directory indexes with the production headers', async () => {
		const response = await fetch(`${server.url}/docs/`);
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('docs');
		expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	});

	test('adds the trailing slash to a directory, as a static host does', async () => {
		const response = await fetch(`${server.url}/docs`, { redirect: 'manual' });
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe('/docs/');
	});

	test('answers a missing page with the site’s 404 page and status', async () => {
		const response = await fetch(`${server.url}/nope/`);
		expect(response.status).toBe(404);
		expect(await response.text()).toContain('not found');
	});

	test('sends the right content types, Pagefind’s own files included', async () => {
		const type = async (path: string) =>
			(await fetch(server.url + path)).headers.get('content-type');
		expect(await type('/docs/data.json')).toBe('application/json; charset=utf-8');
		expect(await type('/docs/wasm.wasm')).toBe('application/wasm');
		expect(await type('/docs/pagefind/en_1.pf_index')).toBe('application/octet-stream');
	});

	test('never serves a file outside its folder', async () => {
		expect((await fetch(`${server.url}/..%2fsecret.txt`)).status).toBe(404);
		expect((await fetch(`${server.url}/%2e%2e/secret.txt`)).status).toBe(404);
	});
});

describe('grouping pages by route', () => {
	test('static routes win over dynamic ones; unmatched pages stand alone', () => {
		const groups = groupByRoute(
			[
				'/',
				'/systems/',
				'/systems/a/',
				'/systems/b/',
				'/systems/map/',
				'/systems/a/history/',
				'/stray/',
				'/404.html',
			],
			['/', '/systems', '/systems/[id]', '/systems/map', '/systems/[id]/history', '/404'],
		);
		expect(Object.fromEntries(groups)).toEqual({
			'/': ['/'],
			'/systems': ['/systems/'],
			'/systems/[id]': ['/systems/a/', '/systems/b/'],
			'/systems/map': ['/systems/map/'],
			'/systems/[id]/history': ['/systems/a/history/'],
			'/404': ['/404.html'],
			'/stray/': ['/stray/'],
		});
	});
});
