/**
 * What an OSCAL tool checks beyond the JSON schema, on the bundled example's SSPs (all three
 * audiences) and the test fixture's: every reference inside the SSP resolves, every control id
 * is in the catalog it imports, UUIDs are unique and stable, and the checks compliance-trestle
 * makes on load hold. trestle itself is a Python package and cannot be installed here, so its
 * known checks are emulated: its pydantic models type `props[].ns` as a URL with scheme and
 * host (the reason a `urn:` namespace was rejected), accept `oscal-version` 1.0.x and 1.1.x,
 * require a time zone on date-times, and forbid whitespace at either end of a token or value.
 */
import { describe, expect, test } from 'vitest';
import {
	annexACatalog,
	oscalNamespace,
	statementOfApplicabilitySsp,
} from '../../../src/lib/exports/oscal.ts';
import { checkContent } from '../../../src/lib/pipeline.ts';
import { createView } from '../../../src/lib/views/audience.ts';
import { PROJECT } from '../../helpers/content.ts';
import { exportEntries } from './fixture.ts';

// Parsed export documents, read by path in assertions: their schemas are checked by the real validators.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const AUDIENCES = ['public', 'private', 'internal'] as const;
const example = checkContent({ root: PROJECT, asOf: '2026-11-28' }).entries;
const fixture = exportEntries('exports-oscal-invariants');
const plan = (entries: typeof example, audience: (typeof AUDIENCES)[number]) =>
	statementOfApplicabilitySsp(createView(entries, audience))['system-security-plan'] as Json;
const catalog = annexACatalog().catalog as Json;

/** Every value under `key` anywhere in a document, with its JSON path. */
function collect(
	node: unknown,
	key: string,
	path = '$',
	found: [string, unknown][] = [],
): [string, unknown][] {
	if (Array.isArray(node)) node.forEach((item, i) => collect(item, key, `${path}[${i}]`, found));
	else if (node && typeof node === 'object') {
		for (const [k, v] of Object.entries(node)) {
			if (k === key) found.push([`${path}.${k}`, v]);
			collect(v, key, `${path}.${k}`, found);
		}
	}
	return found;
}

const cases = AUDIENCES.flatMap((audience) => [
	{ name: `example, ${audience}`, entries: example, audience },
	{ name: `fixture, ${audience}`, entries: fixture, audience },
]);

describe.each(cases)('OSCAL SSP invariants ($name)', ({ entries, audience }) => {
	const ssp = plan(entries, audience);
	const requirements = ssp['control-implementation']['implemented-requirements'] as Json[];

	test('every control id is a control of the imported catalog, each once', () => {
		const ids = new Set(
			(catalog.groups as Json[]).flatMap((g) => g.controls.map((c: Json) => c.id)),
		);
		expect(ssp['import-profile'].href).toBe('oscal-catalog.json');
		expect(requirements.map((r) => r['control-id']).sort()).toEqual([...ids].sort());
	});

	test('every role, party, component and back-matter reference resolves', () => {
		const roles = new Set(ssp.metadata.roles.map((r: Json) => r.id));
		const parties = new Set(ssp.metadata.parties.map((p: Json) => p.uuid));
		const components = new Set(ssp['system-implementation'].components.map((c: Json) => c.uuid));
		const resources = new Set((ssp['back-matter']?.resources ?? []).map((r: Json) => r.uuid));
		for (const [path, id] of collect(ssp, 'role-id')) expect(roles, path).toContain(id);
		for (const [path, ids] of collect(ssp, 'party-uuids'))
			for (const id of ids as string[]) expect(parties, path).toContain(id);
		for (const [path, id] of collect(ssp, 'component-uuid')) expect(components, path).toContain(id);
		for (const [path, href] of collect(ssp, 'href')) {
			if (String(href).startsWith('#')) expect(resources, path).toContain(String(href).slice(1));
		}
	});

	test('every UUID is unique and version 5 (name-based)', () => {
		const uuids = collect(ssp, 'uuid').map(([, v]) => v);
		expect(new Set(uuids).size).toBe(uuids.length);
		for (const uuid of uuids)
			expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	});

	test('passes the checks compliance-trestle makes on load', () => {
		expect(ssp.metadata['oscal-version']).toMatch(/^1\.[01]\.\d+$/);
		const namespaces = collect(ssp, 'ns');
		expect(namespaces.length).toBeGreaterThan(0);
		for (const [path, ns] of namespaces) {
			const url = new URL(String(ns));
			expect(url.protocol, path).toBe('https:');
			expect(url.hostname, path).not.toBe('');
		}
		for (const [path, value] of collect(ssp, 'last-modified'))
			expect(value, path).toMatch(
				/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
			);
		for (const key of ['value', 'name', 'id', 'control-id', 'role-id', 'title']) {
			for (const [path, value] of collect(ssp, key))
				if (typeof value === 'string') expect(value, path).toMatch(/^\S(.*\S)?$/s);
		}
		for (const [path, href] of collect(ssp, 'href'))
			expect(() => new URL(String(href), 'https://base.example/'), path).not.toThrow();
	});
});

describe('OSCAL catalog, as compliance-trestle loads it', () => {
	test('version, UUID, unique ids, tokens and date-times pass its checks', () => {
		expect(catalog.metadata['oscal-version']).toMatch(/^1\.[01]\.\d+$/);
		expect(catalog.uuid).toMatch(
			/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
		);
		expect(catalog.metadata['last-modified']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
		const ids = collect(catalog, 'id').map(([, v]) => v);
		expect(new Set(ids).size).toBe(ids.length);
		for (const [path, id] of collect(catalog, 'id')) expect(id, path).toMatch(/^[_a-zA-Z][\w.-]*$/);
		expect(collect(catalog, 'ns')).toEqual([]);
	});
});

describe('OSCAL SSP stability', () => {
	test('the same content gives the same UUIDs, whatever the order it was loaded in', () => {
		const again = checkContent({ root: PROJECT, asOf: '2026-11-28' }).entries.reverse();
		for (const audience of AUDIENCES)
			expect(JSON.stringify(plan(again, audience))).toBe(JSON.stringify(plan(example, audience)));
	});

	test('a subject keeps its UUID across audiences and revisions; only the document UUID changes', () => {
		const uuidOf = (ssp: Json, id: string) =>
			(ssp['control-implementation']['implemented-requirements'] as Json[]).find(
				(r) => r['control-id'] === id,
			)!.uuid;
		expect(uuidOf(plan(example, 'public'), 'a.2.2')).toBe(
			uuidOf(plan(example, 'internal'), 'a.2.2'),
		);
		// Pinned: a tool that tracks a requirement across exports finds it under this UUID.
		expect(uuidOf(plan(example, 'public'), 'a.2.2')).toMatchInlineSnapshot(
			`"d5c5beec-e903-59de-b9f8-733907856579"`,
		);
		expect(plan(example, 'public').uuid).not.toBe(plan(example, 'internal').uuid);
	});

	test('the namespace is the organisation’s: its own setting, or its trust center address', () => {
		expect(oscalNamespace({ trustCenterUrl: 'https://trust.example.com' })).toBe(
			'https://trust.example.com/ns/oscal',
		);
		expect(
			oscalNamespace({
				trustCenterUrl: 'https://example.com/trust/',
				exportNamespace: 'https://example.com/oscal-ns',
			}),
		).toBe('https://example.com/oscal-ns');
	});
});
