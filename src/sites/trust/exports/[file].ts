import type { APIRoute, GetStaticPaths } from 'astro';
import { exportPaths, exportResponse } from '../../../lib/exports/catalog.ts';
import { trustView } from '../../../lib/queries.ts';

/** /exports/<file>: every export src/lib/exports/catalog.ts lists for the trust center. */
export const getStaticPaths = (() => exportPaths('trust')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	exportResponse('trust', params.file, await trustView());
