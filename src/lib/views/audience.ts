/**
 * The one place that decides who sees what. A view holds the entries an audience may read,
 * each stripped of the fields it may not read. Sites are built from a view and nothing else.
 */
import type { Entry } from '../content/validate.ts';
import { AUDIENCES, type Audience } from '../schemas/fields.ts';
import { COLLECTIONS, type CollectionName, type EntryData } from '../schemas/index.ts';
import { redact } from '../schemas/walk.ts';

export interface ViewEntry<C extends CollectionName = CollectionName> {
	collection: C;
	id: string;
	file: string;
	format: Entry['format'];
	/**
	 * The entry's data for this audience. Fields marked `internalOnly` or `privateOnly` are
	 * absent when the audience may not read them, whatever the type says: pages of the trust
	 * center must not read them, and the leak tests prove the value never arrives.
	 */
	data: EntryData<C>;
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

export interface AudienceView {
	audience: Audience;
	organization: ViewEntry<'organization'>;
	entries: { [C in CollectionName]: ViewEntry<C>[] };
	documentsOnRequest: DocumentOnRequest[];
}

/** `request-soc-2-report`, with `-2`, `-3`… when two listed documents share a title. */
function requestKey(title: string, taken: readonly DocumentOnRequest[]): string {
	const base = `request-${title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'document'}`;
	let key = base;
	for (let n = 2; taken.some((d) => d.key === key); n++) key = `${base}-${n}`;
	return key;
}

export function canRead(reader: Audience, entryAudience: Audience): boolean {
	return AUDIENCES.indexOf(entryAudience) <= AUDIENCES.indexOf(reader);
}

export function createView(all: readonly Entry[], audience: Audience): AudienceView {
	const entries = Object.fromEntries(Object.keys(COLLECTIONS).map((name) => [name, []])) as unknown as AudienceView['entries'];
	const documentsOnRequest: DocumentOnRequest[] = [];
	for (const entry of [...all].sort((a, b) => a.id.localeCompare(b.id))) {
		if (canRead(audience, entry.data.audience)) {
			const data = redact(COLLECTIONS[entry.collection].schema, entry.data, audience);
			(entries[entry.collection] as ViewEntry[]).push({ collection: entry.collection, id: entry.id, file: entry.file, format: entry.format, data, body: entry.body });
		} else if (entry.collection === 'documents') {
			const doc = entry.data as EntryData<'documents'>;
			if (doc.audience === 'private' && doc.listPublicly) documentsOnRequest.push({ key: requestKey(doc.title, documentsOnRequest), title: doc.title, description: doc.description, kind: doc.kind, date: doc.date });
		}
	}
	const [organization] = entries.organization;
	if (!organization) throw new Error(`No organisation entry is readable by the ${audience} audience; run npm run check`);
	return { audience, organization, entries, documentsOnRequest };
}
