import type { APIRoute } from 'astro';
import { exportResponse } from '../../../lib/exports/catalog.ts';
import { handbookView } from '../../../lib/queries.ts';

/** /exports/auditor-workbook.xlsx: see src/lib/exports/catalog.ts. */
export const GET: APIRoute = async () => exportResponse('auditor-workbook.xlsx', await handbookView());
