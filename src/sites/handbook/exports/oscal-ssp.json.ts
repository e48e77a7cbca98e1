import type { APIRoute } from 'astro';
import { exportResponse } from '../../../lib/exports/catalog.ts';
import { handbookView } from '../../../lib/queries.ts';

/** /exports/oscal-ssp.json: see src/lib/exports/catalog.ts. */
export const GET: APIRoute = async () => exportResponse('oscal-ssp.json', await handbookView());
