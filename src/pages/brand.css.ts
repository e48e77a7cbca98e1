// The organisation's colours as a stylesheet file, so pages carry no inline styles and the
// Content-Security-Policy needs no 'unsafe-inline'.
import type { APIRoute } from 'astro';
import { siteView } from '../lib/queries.ts';

export const GET: APIRoute = async () => {
	const { colors } = (await siteView()).organization.data;
	return new Response(`:root{--brand:${colors.primary};--accent:${colors.accent}}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
