/**
 * The official JSON schemas, read from ../shared/schemas/ at test time (never copied into the
 * project). OSCAL 1.0.6 and CycloneDX 1.6 both declare draft-07, so the default Ajv class is
 * the right one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import { PROJECT } from '../../helpers/content.ts';

const SCHEMAS = join(PROJECT, '../shared/schemas');
const read = (path: string) => JSON.parse(readFileSync(join(SCHEMAS, path), 'utf8')) as Record<string, unknown>;

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

export function oscalValidator(file: 'oscal_ssp_schema_v1.0.6.json' | 'oscal_catalog_schema_v1.0.6.json'): ValidateFunction {
	const schema = read(`oscal/${file}`);
	expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
	return ajv().compile(schema);
}

export function cycloneDxValidator(): ValidateFunction {
	const instance = ajv();
	// The BOM schema refers to its companions relative to its own $id, which they share.
	instance.addSchema(read('cyclonedx/spdx.schema.json'));
	instance.addSchema(read('cyclonedx/jsf-0.82.schema.json'));
	const schema = read('cyclonedx/bom-1.6.schema.json');
	expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
	return instance.compile(schema);
}
