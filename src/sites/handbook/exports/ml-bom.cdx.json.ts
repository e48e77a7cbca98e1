import type { APIRoute } from 'astro';
import { exportResponse } from '../../../lib/exports/catalog.ts';
import { handbookView } from '../../../lib/queries.ts';

/** /exports/ml-bom.cdx.json: see src/lib/exports/catalog.ts. */
export const GET: APIRoute = async () => exportResponse('ml-bom.cdx.json', await handbookView());
