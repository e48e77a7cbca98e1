import type { APIRoute } from 'astro';
import { exportResponse } from '../../../lib/exports/catalog.ts';
import { handbookView } from '../../../lib/queries.ts';

/** /exports/oscal-catalog.json: see src/lib/exports/catalog.ts. */
export const GET: APIRoute = async () => exportResponse('oscal-catalog.json', await handbookView());
