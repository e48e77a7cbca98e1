import type { APIRoute, GetStaticPaths } from 'astro';
import { exportPaths, exportResponse } from '../../../lib/exports/catalog.ts';
import { handbookView } from '../../../lib/queries.ts';

/** /exports/<file>: every export src/lib/exports/catalog.ts lists for the handbook. */
export const getStaticPaths = (() => exportPaths('handbook')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	exportResponse('handbook', params.file, await handbookView());
