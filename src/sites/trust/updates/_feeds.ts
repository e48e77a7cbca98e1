// Feed options for all updates or one category, shared by the RSS and JSON Feed endpoints.
import { site } from '../../../lib/queries.ts';
import type { UPDATE_CATEGORIES } from '../../../lib/schemas/updates.ts';
import type { FeedOptions } from '../../../lib/trust/feeds.ts';
import { UPDATE_CATEGORY_LABELS } from '../../../lib/trust/labels.ts';
import { siteBaseUrl } from '../../../lib/sites.ts';
import { TRUST_PATHS } from '../../../lib/trust/routes.ts';
import { absoluteUrl } from '../../../lib/trust/urls.ts';
import type { AudienceView } from '../../../lib/views/audience.ts';

type Category = (typeof UPDATE_CATEGORIES)[number];

export function feedOptions(
	view: AudienceView,
	file: 'rss.xml' | 'feed.json',
	category?: Category,
): FeedOptions {
	const org = view.organization.data;
	const base = siteBaseUrl(site, org);
	return {
		title: `${org.name} ${site.title}: ${category ? `${UPDATE_CATEGORY_LABELS[category]} updates` : 'updates'}`,
		description: `${category ? `${UPDATE_CATEGORY_LABELS[category]} updates` : 'Updates'} from the ${org.name} trust center.`,
		homePageUrl: absoluteUrl(base, TRUST_PATHS.updates(category)),
		feedUrl: absoluteUrl(
			base,
			file === 'rss.xml' ? TRUST_PATHS.rssFeed(category) : TRUST_PATHS.jsonFeed(category),
		),
		base,
	};
}

export function inCategory(view: AudienceView, category?: Category) {
	return category
		? view.entries.updates.filter((u) => u.data.category === category)
		: view.entries.updates;
}
