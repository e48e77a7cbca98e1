/**
 * Name-based UUIDs (RFC 9562 version 5, SHA-1). Exports must be byte-reproducible, and OSCAL
 * wants a UUID to name the same subject across revisions, so every UUID is derived from a
 * stable name (`control:a.6.2.4`, `policy:ai-policy`) rather than drawn at random.
 */
import { createHash } from 'node:crypto';

function bytesOf(uuid: string): Buffer {
	return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/** The URL namespace of RFC 9562, appendix C. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** The version-5 UUID of `name` within `namespace`. */
export function uuidV5(name: string, namespace: string): string {
	const hash = createHash('sha1').update(bytesOf(namespace)).update(name, 'utf8').digest();
	const bytes = hash.subarray(0, 16);
	bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
	bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC variant
	const hex = bytes.toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Our namespace, derived once from the project's name: changing it would rename every export's subjects. */
const AIMS_NAMESPACE = uuidV5('urn:aims-as-code:exports', URL_NAMESPACE);

/** A stable UUID for one subject of an export, for example `control:a.6.2.4`. */
export function stableUuid(name: string): string {
	return uuidV5(name, AIMS_NAMESPACE);
}

/**
 * A UUID for one revision of a document: derived from its content, so it changes when the
 * content does (OSCAL asks a new document UUID per revision, CycloneDX a new serial number
 * per BOM) and stays the same when a rebuild changes nothing.
 */
export function revisionUuid(kind: string, content: unknown): string {
	return stableUuid(
		`${kind}:${createHash('sha256').update(JSON.stringify(content)).digest('hex')}`,
	);
}
