/**
 * A tiny static file server for one built site, so browser, accessibility and link checks see
 * the pages exactly as a static host serves them: directory index, the site's own 404 page,
 * the right content types, and the production security headers with a strict
 * Content-Security-Policy. A page that needs an inline script or style fails here first.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/**
 * The Content-Security-Policy every site ships with. `wasm-unsafe-eval` lets Pagefind compile
 * its WebAssembly search engine and nothing else; brand colours come from /brand.css, so no
 * page needs an inline style. Deploy header files (`_headers`, nginx, CloudFront) must match.
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"frame-ancestors 'none'",
	"form-action 'self'",
].join('; ');

/**
 * The security headers of production, in one place; tests/quality/headers.test.ts holds the
 * deploy header files in deploy/ to them. (Strict-Transport-Security is left out: browsers
 * ignore it over the plain-HTTP loopback these tests use.)
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'Content-Security-Policy': CONTENT_SECURITY_POLICY,
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Frame-Options': 'DENY',
	'Permissions-Policy':
		'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm',
	'.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	'.ics': 'text/calendar; charset=utf-8',
};

/** Content type of a file by its name. Pagefind's own files (`.pf_index`, `.pf_meta`, `.pf_fragment`, `wasm.*.pagefind`) are opaque bytes. */
export function contentType(file: string): string {
	const ext = extname(file).toLowerCase();
	if (ext.startsWith('.pf_') || ext === '.pagefind') return 'application/octet-stream';
	return TYPES[ext] ?? 'application/octet-stream';
}

export interface StaticServer {
	/** Origin with no trailing slash, for example http://127.0.0.1:40123. */
	url: string;
	close(): Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1 on a free port until `close()`: at the root of the host, or under
 * `base` (`/trust/`, ending in a slash) as a host that serves the site under a path does, with
 * nothing outside it (an address that escapes the base gets the site's 404 page).
 */
export async function serve(
	root: string,
	headers: Readonly<Record<string, string>> = SECURITY_HEADERS,
	base = '/',
): Promise<StaticServer> {
	const server = createServer((request, response) => {
		for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
		if (request.method !== 'GET' && request.method !== 'HEAD')
			return send(response, 405, 'text/plain; charset=utf-8', 'method not allowed');
		const file = fileUnder(root, base, new URL(request.url ?? '/', 'http://localhost').pathname);
		if (file === 'redirect') {
			// A static host adds the slash Astro's directory pages expect (trailingSlash: 'always').
			response.setHeader('Location', `${request.url!.split('?')[0]}/`);
			return send(response, 301, 'text/plain; charset=utf-8', 'moved');
		}
		if (!file) {
			const notFound = join(root, '404.html');
			if (!existsSync(notFound))
				return send(response, 404, 'text/plain; charset=utf-8', 'not found');
			return stream(response, 404, notFound, request.method === 'HEAD');
		}
		stream(response, 200, file, request.method === 'HEAD');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}

/** The file a URL path names on a host that serves `root` under `base`; the base without its slash redirects. */
function fileUnder(root: string, base: string, pathname: string): string | 'redirect' | undefined {
	if (pathname.startsWith(base)) return resolveFile(root, `/${pathname.slice(base.length)}`);
	return `${pathname}/` === base ? 'redirect' : undefined;
}

/** The file a URL path names, `'redirect'` for a directory without its slash, or undefined. */
function resolveFile(root: string, pathname: string): string | 'redirect' | undefined {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const path = normalize(join(root, decoded));
	if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
	if (!existsSync(path)) return undefined;
	if (statSync(path).isDirectory()) {
		if (!decoded.endsWith('/'))
			return existsSync(join(path, 'index.html')) ? 'redirect' : undefined;
		const index = join(path, 'index.html');
		return existsSync(index) ? index : undefined;
	}
	return path;
}

function stream(response: ServerResponse, status: number, file: string, headOnly: boolean) {
	response.writeHead(status, {
		'Content-Type': contentType(file),
		'Content-Length': statSync(file).size,
	});
	if (headOnly) response.end();
	else createReadStream(file).pipe(response);
}

function send(response: ServerResponse, status: number, type: string, body: string) {
	response.writeHead(status, { 'Content-Type': type });
	response.end(body);
}
