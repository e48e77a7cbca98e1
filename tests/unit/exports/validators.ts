/**
 * The official JSON schemas, all inside the repository so the suite runs on any clone: NIST's
 * OSCAL 1.0.6 schemas are test fixtures (tests/fixtures/schemas/oscal/, public domain, source
 * in SOURCE.md there), and the CycloneDX 1.6 schemas are the ones @cyclonedx/cyclonedx-library
 * ships in its res/schema/. Both declare draft-07, so the default Ajv class is the right one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import { PROJECT } from '../../helpers/content.ts';

const OSCAL_SCHEMAS = join(PROJECT, 'tests/fixtures/schemas/oscal');
const CYCLONEDX_SCHEMAS = join(
	dirname(createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json')),
	'res/schema',
);
const readJson = (path: string) =>
	JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

function ajv(): Ajv {
	// strict: false because both schemas use keywords Ajv does not know ($comment is fine,
	// but CycloneDX has "meta:enum" and OSCAL has unknown formats on some fields).
	const instance = new Ajv({ strict: false, allErrors: true });
	addFormats(instance);
	// CycloneDX uses formats from draft 2019 that ajv-formats lacks; check them as their
	// ASCII counterparts, which is stricter, never looser.
	instance.addFormat('iri-reference', instance.formats['uri-reference']!);
	instance.addFormat('idn-email', instance.formats.email!);
	return instance;
}

export function oscalValidator(
	file: 'oscal_ssp_schema_v1.0.6.json' | 'oscal_catalog_schema_v1.0.6.json',
): ValidateFunction {
	const schema = readJson(join(OSCAL_SCHEMAS, file));
	expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
	return ajv().compile(schema);
}

export function cycloneDxValidator(): ValidateFunction {
	const instance = ajv();
	// The library's copy of the BOM schema names its companions by their file names
	// (spdx.SNAPSHOT.schema.json), relative to its $id; each companion is registered there.
	const schema = readJson(join(CYCLONEDX_SCHEMAS, 'bom-1.6.SNAPSHOT.schema.json'));
	for (const companion of ['spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json']) {
		instance.addSchema({
			...readJson(join(CYCLONEDX_SCHEMAS, companion)),
			$id: new URL(companion, String(schema.$id)).href,
		});
	}
	expect(schema.$id).toBe('http://cyclonedx.org/schema/bom-1.6.schema.json');
	expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
	return instance.compile(schema);
}
