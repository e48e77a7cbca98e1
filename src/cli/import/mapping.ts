/**
 * A mapping file says which column of a sheet feeds which field of a system entry, and how
 * cell values translate. Presets are mapping files too (`presets/*.yaml`), so an organisation
 * starts from one and adapts it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';

const column = z
	.union([z.string().min(1), z.array(z.string().min(1)).min(1)])
	.describe(
		'Header of the column, or a list of alternatives; compared ignoring case, spacing and punctuation, and a header that starts with it matches too.',
	);

const translated = z.union([z.string(), z.array(z.string()), z.boolean(), z.number(), z.null()]);

const fieldSpec = z.union([
	column,
	z.strictObject({
		column,
		values: z
			.record(z.string(), translated)
			.optional()
			.describe(
				'Cell value → field value; null means “no value”. Keys are compared ignoring case and punctuation.',
			),
		split: z
			.string()
			.optional()
			.describe(
				'Regular expression that separates list items (default: ; , line breaks and " | ").',
			),
	}),
]);

const noteSpec = z.union([
	z.string(),
	z.strictObject({
		column,
		label: z
			.string()
			.optional()
			.describe('Heading in the entry body; defaults to the column header.'),
		date: z.boolean().default(false).describe('Normalise the value as a date.'),
	}),
]);

/** The shape of a mapping file (and of the presets). */
export const mappingSchema = z.strictObject({
	name: z.string().describe('Name of the layout, shown in the summary.'),
	description: z.string().optional(),
	dateOrder: z
		.enum(['mdy', 'dmy'])
		.default('mdy')
		.describe('How to read 03/01/2024: mdy (US) or dmy.'),
	missingColumns: z
		.enum(['error', 'warn'])
		.default('error')
		.describe(
			'A column the mapping names but the sheet lacks: error stops the import (npm run import -- … --allow-missing makes it a warning); warn lists each one and goes on. Use warn for a layout whose columns are alternatives.',
		),
	id: z
		.strictObject({
			column: column.optional().describe('Column holding the sheet’s own identifier.'),
			optional: z
				.boolean()
				.optional()
				.describe(
					'true: a sheet without the identifier column is not missing a column (identifiers are then generated).',
				),
			hash: z
				.array(z.string())
				.optional()
				.describe(
					'Columns whose values make a generated identifier when the sheet’s is blank or repeated; default: every column.',
				),
		})
		.default({}),
	fields: z
		.record(z.string(), fieldSpec)
		.default({})
		.describe('Field path (such as supplier.type) → column.'),
	defaults: z
		.record(z.string(), z.unknown())
		.default({})
		.describe('Field path → value used when the sheet has none; every use is reported.'),
	notes: z
		.array(noteSpec)
		.default([])
		.describe('Columns copied into the entry body under their own heading.'),
	assessment: z
		.array(noteSpec)
		.default([])
		.describe(
			'Columns copied into the draft impact assessment the import starts for a high-risk system (and into the system’s body too), under their own heading.',
		),
	otherColumns: z
		.enum(['keep', 'ignore'])
		.default('keep')
		.describe(
			'keep: every other non-empty cell is listed in the entry body; ignore: they are left out (and counted).',
		),
});

export type MappingInput = z.input<typeof mappingSchema>;
export type Mapping = z.output<typeof mappingSchema>;
export type FieldSpec = {
	columns: string[];
	values?: Record<string, z.output<typeof translated>>;
	split?: RegExp;
};

export const PRESETS_DIR = join(import.meta.dirname, 'presets');
export const PRESET_NAMES = ['generic', 'omb-2024', 'omb-2025'] as const;

/** A mapping or preset that cannot be used; the message names the file, the field and the fix. */
export class MappingError extends Error {}

/** A preset by name, or a mapping file by path, validated. */
export function loadMapping(source: { preset?: string; file?: string }): Mapping {
	const file = source.file ?? join(PRESETS_DIR, `${source.preset ?? 'generic'}.yaml`);
	if (!source.file && !(PRESET_NAMES as readonly string[]).includes(source.preset ?? 'generic')) {
		throw new MappingError(
			`--preset must be one of ${PRESET_NAMES.join(', ')}, not "${source.preset}"`,
		);
	}
	let raw: unknown;
	try {
		raw = parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new MappingError(
			`${file}: cannot read the mapping (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
			{ cause: error },
		);
	}
	const result = mappingSchema.safeParse(raw);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		throw new MappingError(
			`${file}: ${issue.path.join('.') || 'the mapping'}: ${issue.message}; see src/cli/import/presets/generic.yaml for the format`,
		);
	}
	return result.data;
}

/** A field spec in its long form. */
export function specOf(spec: Mapping['fields'][string]): FieldSpec {
	if (typeof spec === 'string' || Array.isArray(spec)) return { columns: [spec].flat() };
	return {
		columns: [spec.column].flat(),
		values: spec.values,
		split: spec.split ? new RegExp(spec.split) : undefined,
	};
}

/** Every column a mapping looks for, each as its list of alternatives: what a header row holds. */
export function mappingColumns(mapping: Mapping): string[][] {
	const notes = [...mapping.notes, ...mapping.assessment].map((n) =>
		typeof n === 'string' ? [n] : [n.column].flat(),
	);
	return [
		...Object.values(mapping.fields).map((f) => specOf(f).columns),
		...(mapping.id.column ? [[mapping.id.column].flat()] : []),
		...notes,
	];
}
