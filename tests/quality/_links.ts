/**
 * linkinator over a built site served with the production headers: every link, image,
 * stylesheet and script of every page, and every `#fragment` target. The network is closed,
 * so links to other hosts and non-HTTP schemes are skipped (their syntax is html-validate's job).
 */
import { LinkChecker, LinkState } from 'linkinator';
import { serve } from '../helpers/server.ts';
import { htmlPages } from './_pages.ts';

export interface BrokenLink {
	url: string;
	status?: number;
	parent?: string;
	reason: string;
}

/**
 * `base`: the path the site was built to be served under (`/trust/`); it is served there and
 * nowhere else, so a link that escapes it is broken.
 */
export async function brokenLinks(
	siteDir: string,
	base = '/',
): Promise<{ broken: BrokenLink[]; checked: number }> {
	const server = await serve(siteDir, undefined, base);
	try {
		// Every page is a starting point, so a page no link reaches is still checked.
		const starts = htmlPages(siteDir)
			.filter((p) => p !== '/404.html')
			.map((p) => server.url + base + p.slice(1));
		const result = await new LinkChecker().check({
			path: starts,
			recurse: true,
			checkFragments: true,
			concurrency: 8,
			timeout: 10_000,
			linksToSkip: async (link) => !link.startsWith(`${server.url}/`) && link !== server.url,
		});
		const broken = result.links
			.filter((link) => link.state === LinkState.BROKEN)
			.map((link) => ({
				url: link.url.replace(server.url, ''),
				status: link.status,
				parent: link.parent?.replace(server.url, ''),
				reason: reason(link.failureDetails),
			}));
		return { broken, checked: result.links.filter((link) => link.state === LinkState.OK).length };
	} finally {
		await server.close();
	}
}

function reason(details: unknown[] | undefined): string {
	const first = details?.[0];
	if (first instanceof Error) return first.message;
	if (first && typeof first === 'object' && 'status' in first)
		return `HTTP ${(first as { status: number }).status}`;
	return 'broken';
}

export function formatBroken(broken: BrokenLink[]): string {
	return broken
		.map((b) => `  ${b.url} (${b.status ?? '-'}: ${b.reason}) linked from ${b.parent ?? '?'}`)
		.join('\n');
}
