/**
 * The one place that decides who sees what. A view holds the entries an audience may read,
 * each stripped of the fields it may not read. Sites are built from a view and nothing else.
 */
import type { Entry } from '../content/validate.ts';
import { canRead, type Audience } from '../audiences.ts';
import {
	COLLECTIONS,
	type CollectionName,
	type EntryData,
	type SchemaOf,
} from '../schemas/index.ts';
import { redact } from '../schemas/walk.ts';
import type { Redacted } from './redacted.ts';

/** The audiences a trust center serves: one build is public, the other private. */
export type TrustAudience = 'public' | 'private';

/** An entry's data as readers of audience(s) `A` receive it (see redacted.ts). */
export type ViewData<C extends CollectionName, A extends Audience = Audience> = Redacted<
	SchemaOf<C>,
	A
>;

/**
 * One entry of a view. `A` is the audience (or audiences) of the code that reads it: trust
 * pages read `TrustAudience`, the handbook `internal`; shared code that serves both leaves the
 * default, where every restricted field is optional.
 */
export interface ViewEntry<
	C extends CollectionName = CollectionName,
	A extends Audience = Audience,
> {
	collection: C;
	id: string;
	file: string;
	format: Entry['format'];
	/**
	 * The entry's data for this audience. Fields marked `internalOnly` or `privateOnly` are
	 * absent when the audience may not read them, and absent from the type too, so a page
	 * cannot compile a read of them; the leak tests prove the value never arrives.
	 */
	data: ViewData<C, A>;
	body?: string;
}

/** A private document the public site may name, without its file: buyers ask for it. */
export interface DocumentOnRequest {
	/**
	 * A key for anchors, made from the title: the entry's identifier is never shown to a
	 * reader below the document's audience (it would name the file behind it).
	 */
	key: string;
	title: string;
	description: string;
	kind: EntryData<'documents'>['kind'];
	date: string;
}

export interface AudienceView<A extends Audience = Audience> {
	audience: A;
	organization: ViewEntry<'organization', A>;
	entries: { [C in CollectionName]: ViewEntry<C, A>[] };
	documentsOnRequest: DocumentOnRequest[];
}

export { canRead };
/** `request-soc-2-report`, with `-2`, `-3`… when two listed documents share a title. */
function requestKey(title: string, taken: readonly DocumentOnRequest[]): string {
	const base = `request-${
		title
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'document'
	}`;
	let key = base;
	for (let n = 2; taken.some((d) => d.key === key); n++) key = `${base}-${n}`;
	return key;
}

export function createView<A extends Audience>(
	all: readonly Entry[],
	audience: A,
): AudienceView<A> {
	const entries = Object.fromEntries(
		Object.keys(COLLECTIONS).map((name) => [name, []]),
	) as unknown as AudienceView<A>['entries'];
	const documentsOnRequest: DocumentOnRequest[] = [];
	for (const entry of [...all].sort((a, b) => a.id.localeCompare(b.id))) {
		if (canRead(audience, entry.data.audience)) {
			const data = redact(COLLECTIONS[entry.collection].schema, entry.data, audience);
			(entries[entry.collection] as ViewEntry<CollectionName, A>[]).push({
				collection: entry.collection,
				id: entry.id,
				file: entry.file,
				format: entry.format,
				data: data as ViewData<CollectionName, A>,
				body: entry.body,
			});
		} else if (entry.collection === 'documents') {
			const doc = entry.data as EntryData<'documents'>;
			if (doc.audience === 'private' && doc.listPublicly)
				documentsOnRequest.push({
					key: requestKey(doc.title, documentsOnRequest),
					title: doc.title,
					description: doc.description,
					kind: doc.kind,
					date: doc.date,
				});
		}
	}
	const [organization] = entries.organization;
	if (!organization)
		throw new Error(
			`No organisation entry is readable by the ${audience} audience; run npm run check`,
		);
	return { audience, organization, entries, documentsOnRequest };
}
