// The JSON Schema of /trust.json, generated from the Zod schema that also validates it.
import type { APIRoute } from 'astro';
import { site, trustView } from '../../lib/queries.ts';
import { trustJsonSchemaDocument } from '../../lib/trust/trust-json.ts';
import { siteBaseUrl } from '../../lib/sites.ts';
import { TRUST_PATHS } from '../../lib/trust/routes.ts';
import { absoluteUrl } from '../../lib/trust/urls.ts';

export const GET: APIRoute = async () => {
	const org = (await trustView()).organization.data;
	const document = trustJsonSchemaDocument(
		absoluteUrl(siteBaseUrl(site, org), TRUST_PATHS.trustSchema()),
	);
	return new Response(`${JSON.stringify(document, null, 2)}\n`, {
		headers: { 'Content-Type': 'application/schema+json' },
	});
};
