// The organisation's colours as a stylesheet file, so pages carry no inline styles and the
// Content-Security-Policy needs no 'unsafe-inline'. Beside the colours as written, the shades
// that reach WCAG AA on the sites' light and dark backgrounds (src/lib/brand/contrast.ts).
import type { APIRoute } from 'astro';
import { brandCss } from '../lib/brand/css.ts';
import { siteView } from '../lib/queries.ts';

export const GET: APIRoute = async () => {
	const { colors } = (await siteView()).organization.data;
	return new Response(brandCss(colors), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
