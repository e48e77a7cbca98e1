import type { APIRoute } from 'astro';
import { systemRows } from '../../../lib/handbook/systems-index.ts';
import { handbookView } from '../../../lib/queries.ts';

/** /systems/index.json: every inventory row, for the in-page filter (src/components/handbook/systems-filter.ts). */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(systemRows(await handbookView())), {
		headers: { 'Content-Type': 'application/json' },
	});
