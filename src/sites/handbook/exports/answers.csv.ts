import type { APIRoute } from 'astro';
import { exportResponse } from '../../../lib/exports/catalog.ts';
import { handbookView } from '../../../lib/queries.ts';

/** /exports/answers.csv: see src/lib/exports/catalog.ts. */
export const GET: APIRoute = async () => exportResponse('answers.csv', await handbookView());
