// /trust.json: certifications, control status and AI systems for machines; documented by /trust.schema.json.
import type { APIRoute } from 'astro';
import { trustView } from '../../lib/queries.ts';
import { buildTrustJson } from '../../lib/trust/trust-json.ts';

export const GET: APIRoute = async () =>
	new Response(`${JSON.stringify(buildTrustJson(await trustView()), null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json' },
	});
