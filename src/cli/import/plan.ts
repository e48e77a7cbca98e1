/**
 * The whole import, in memory: rows → entries → files, merged with what is on disk, then
 * validated with the real schemas and integrity rules together with the rest of the content.
 * Nothing is written here; `write.ts` writes a plan only once it holds no error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { loadContent, type RawEntry } from '../../lib/content/load.ts';
import { parseContent } from '../../lib/content/parse.ts';
import type { Diagnostic } from '../../lib/diagnostics.ts';
import { checkEntries } from '../../lib/pipeline.ts';
import { isHighRisk } from '../../lib/rules/systems.ts';
import { COLLECTIONS } from '../../lib/schemas/index.ts';
import { addDays, assessmentBlock, impactAssessmentStub, reviewPointPlaceholder } from './stubs.ts';
import { assignIds, type AssignedId } from './ids.ts';
import type { Mapping } from './mapping.ts';
import {
	blockOf,
	importBlock,
	mergeBody,
	mergeData,
	orderBySchema,
	toMarkdown,
} from './markdown.ts';
import {
	decide,
	formatState,
	readState,
	STATE_FILE,
	valueHash,
	type EntryState,
	type ImportState,
	type Resolution,
} from './state.ts';
import type { Table } from './table.ts';
import {
	compile,
	getPath,
	PLACEHOLDER,
	setPath,
	transformRow,
	type Change,
	type Compiled,
} from './transform.ts';
import { normalizeLabel } from './values.ts';

export type FileStatus = 'created' | 'updated' | 'unchanged';

export interface PlannedFile {
	/** Absolute path. */
	path: string;
	/** Path relative to the project root, as diagnostics name it. */
	file: string;
	collection: 'systems' | 'impact-assessments';
	id: string;
	content: string;
	status: FileStatus;
	/** Sheet row it comes from. */
	row: number;
	/** Top-level fields whose value differs from the file on disk (updated files). */
	changedFields: string[];
	/** What `content` holds, as reading it back gives it: front matter data and body. */
	entry: { data: unknown; body: string };
}

export interface PlanRow {
	row: number;
	id: string;
	generated?: AssignedId['generated'];
	sourceId?: string;
	changes: Change[];
}

/** A field edited by hand since the last import that the sheet would change: the file's value was kept. */
export interface Conflict {
	file: string;
	row: number;
	field: string;
	fileValue: unknown;
	sheetValue: unknown;
}

export interface Plan {
	files: PlannedFile[];
	/** The import state to write beside the content, when it changes. */
	state: { path: string; file: string; content: string; changed: boolean };
	conflicts: Conflict[];
	/** Columns the mapping names that the sheet lacks, when they are allowed to be missing. */
	missingAllowed: string[];
	/** Whether they were allowed by --allow-missing over a mapping that requires them (a loud warning), or the mapping only warns. */
	missingOverridden: boolean;
	rows: PlanRow[];
	compiled: Compiled;
	defaultOwner: string;
	/** Errors that stop the import; nothing is written when there is one. */
	errors: Diagnostic[];
}

export interface PlanOptions {
	root: string;
	contentDir: string;
	asOf: string;
	/** Person identifier for owner fields the sheet does not fill; default: the mapping's, else the first person. */
	owner?: string;
	/** The sheet's file as the user named it, for messages. */
	source?: string;
	/** Columns of the mapping the sheet lacks are a warning, not an error. */
	allowMissing?: boolean;
	/** What to do with a field edited by hand that the sheet would change: keep and report it (ask), take the sheet's (theirs), keep it quietly (ours). */
	resolution?: Resolution;
}

/** Plans the import of `table` with `mapping` into the content directory; writes nothing. */
export function planImport(table: Table, mapping: Mapping, options: PlanOptions): Plan {
	const dir = resolve(options.root, options.contentDir);
	const rel = (path: string) => relative(options.root, path).split(sep).join('/');
	const loaded = existsSync(dir)
		? loadContent(dir, options.root)
		: { entries: [], diagnostics: [] };
	const people = loaded.entries.filter((e) => e.collection === 'people');
	const defaultOwner =
		options.owner ??
		(mapping.defaults.owner as string | undefined) ??
		people.map((p) => p.id).sort()[0];
	const errors: Diagnostic[] = [...loaded.diagnostics];
	if (!defaultOwner || !people.some((p) => p.id === defaultOwner)) {
		errors.push({
			severity: 'error',
			file: rel(join(dir, 'people')),
			rule: 'import',
			message: defaultOwner
				? `owner "${defaultOwner}" is not a person in people/`
				: 'there is no person to own the imported systems',
			fix: 'add the system owner to people/ (npm run new -- person "Name"), or pass --owner <person-id>',
		});
	}
	const schema = COLLECTIONS.systems.schema;
	const compiled = compile(mapping, table.headers, schema);
	const missingIsError = mapping.missingColumns === 'error' && !options.allowMissing;
	if (missingIsError) {
		for (const missing of compiled.missing) {
			const [what, column] = missing.split(' ← ');
			errors.push({
				severity: 'error',
				file: options.source ?? 'the sheet',
				rule: 'import-missing-column',
				message: `has no column "${column}", which the ${mapping.name} layout maps to ${what}`,
				fix: `check that this is the file ${mapping.description ?? mapping.name} describes and pick the right --preset or a --mapping of your own; or pass --allow-missing to import without it (its fields then get defaults)`,
			});
		}
	}
	const resolution = options.resolution ?? 'ask';
	const state = readState(dir);
	const nextState: ImportState = { ...state };
	const conflicts: Conflict[] = [];
	const resolvePerson = personResolver(people);
	const context = {
		dateOrder: mapping.dateOrder,
		resolve: (collection: string, cell: string) =>
			collection === 'people'
				? resolvePerson(cell)
				: loaded.entries.find((e) => e.collection === collection && e.id === cell)?.id,
	};
	// Owners the sheet does not name fall to one person, said once in the summary and in each file.
	const withOwner = {
		...mapping,
		defaults: {
			...mapping.defaults,
			owner: defaultOwner,
			accountableExecutive: mapping.defaults.accountableExecutive ?? defaultOwner,
		},
	};
	const produced = table.rows.map((row, i) =>
		transformRow(row, table.rowNumbers[i]!, compiled, withOwner, context),
	);
	const ids = assignIds(
		produced.map((p) => ({
			sourceId: p.sourceId,
			title:
				typeof p.data.title === 'string' && p.data.title !== PLACEHOLDER ? p.data.title : undefined,
			hashKey: p.hashKey,
		})),
	);

	const files: PlannedFile[] = [];
	const rows: PlanRow[] = [];
	// Existing systems as the loader read them: each file is parsed once per run, not once per use.
	const onDiskById = new Map(
		loaded.entries.filter((e) => e.collection === 'systems').map((e) => [e.id, e]),
	);
	const systemFiles = new Set(
		existsSync(join(dir, 'systems')) ? readdirSync(join(dir, 'systems')) : [],
	);
	produced.forEach((p, i) => {
		const { id, generated } = ids[i]!;
		const path = join(dir, 'systems', `${id}.md`);
		const other = ['yaml', 'yml', 'mdx']
			.map((ext) => `${id}.${ext}`)
			.filter((name) => systemFiles.has(name))
			.map((name) => join(dir, 'systems', name))[0];
		if (other) {
			errors.push({
				severity: 'error',
				file: rel(other),
				rule: 'import',
				message: `row ${p.row} would write ${rel(path)}, but this file already holds system "${id}"`,
				fix: 'convert it to Markdown (.md) so the importer can update it, or give the row another identifier',
			});
			return;
		}
		const before = systemFiles.has(`${id}.md`) ? readFileSync(path, 'utf8') : undefined;
		const loadedEntry = onDiskById.get(id);
		const parsed = before === undefined ? undefined : parsedSystem(before, loadedEntry);
		const existing = parsed?.data as Record<string, unknown> | undefined;
		const data = existing ? mergeData(existing, p.data, p.soft) : p.data;
		const key = `systems/${id}`;
		const record = state[key];
		const entryState: EntryState = { fields: { ...record?.fields }, block: record?.block };
		const file = rel(path);
		// Fields the sheet fed: a hand edit since the last import is kept (see state.ts).
		for (const { path: field } of compiled.fields) {
			const theirs = getPath(p.data, field);
			if (theirs === undefined) continue;
			if (p.soft.has(field)) {
				// A default the import wrote is recorded like a sheet value, so a value the sheet gives
				// later replaces it; one someone wrote over it is not, so that value is then a conflict.
				const mine = existing ? getPath(existing, field) : undefined;
				if (!record?.fields[field] && (mine === undefined || valueHash(mine) === valueHash(theirs)))
					entryState.fields[field] = { sheet: valueHash(theirs) };
				continue;
			}
			if (!existing) {
				entryState.fields[field] = { sheet: valueHash(theirs) };
				continue;
			}
			const mine = getPath(existing, field);
			const decision = decide(mine, theirs, record?.fields[field], resolution);
			if (decision.take === 'file') {
				setPath(data, field, structuredClone(mine));
				if (decision.conflict)
					conflicts.push({ file, row: p.row, field, fileValue: mine, sheetValue: theirs });
			}
			if (decision.record) entryState.fields[field] = decision.record;
			else delete entryState.fields[field];
		}
		const notes = generated
			? [`Identifier generated (${generatedBecause(generated, p.sourceId)}).`]
			: [];
		const sections = p.sourceId
			? [{ label: compiled.idColumn ?? 'Identifier', value: p.sourceId }, ...p.sections]
			: p.sections;
		// Notes describe the file as written, so a re-run writes the same notes: a default the
		// author has since replaced is no longer mentioned.
		const changes = p.changes.filter(
			(c) =>
				(c.kind !== 'defaulted' && c.kind !== 'placeholder') ||
				JSON.stringify(getPath(data, c.field)) === JSON.stringify(c.to),
		);
		if (
			isHighRisk(data as never) &&
			(data.useCase as { decision?: string } | undefined)?.decision !== 'declined'
		) {
			const oversight = data.oversight as { reviewPoints?: { role?: string }[] };
			if (!oversight.reviewPoints?.length) oversight.reviewPoints = [reviewPointPlaceholder()];
			if (oversight.reviewPoints.some((point) => point.role === PLACEHOLDER)) {
				changes.push({
					field: 'oversight.reviewPoints',
					kind: 'placeholder',
					reason: `a high-risk system needs a human review point; one was written with "${PLACEHOLDER}" in each field: fill it in`,
				});
			}
			data.impactAssessment ??= id;
			const assessment = data.impactAssessment as string;
			const existingStub = loaded.entries.find(
				(e) => e.collection === 'impact-assessments' && e.id === assessment,
			);
			const stubPath = join(dir, 'impact-assessments', `${id}.md`);
			const stubKey = `impact-assessments/${id}`;
			const sheetBlock = p.assessment.length ? blockOf(assessmentBlock(p.assessment)) : undefined;
			if (assessment === id && !existingStub) {
				const stub = impactAssessmentStub(
					id,
					String(data.title),
					String(data.owner),
					data.riskLevel === 'critical' ? 'critical' : 'high',
					options.asOf,
					addDays(options.asOf, 30),
					p.assessment,
				);
				const stubSchema = COLLECTIONS['impact-assessments'].schema;
				files.push({
					path: stubPath,
					file: rel(stubPath),
					collection: 'impact-assessments',
					id,
					content: toMarkdown(stubSchema, stub.data, stub.body),
					status: 'created',
					row: p.row,
					changedFields: [],
					entry: { data: orderBySchema(stubSchema, structuredClone(stub.data)), body: stub.body },
				});
				if (sheetBlock !== undefined)
					nextState[stubKey] = { fields: {}, block: { sheet: valueHash(sheetBlock) } };
			} else if (assessment === id && existingStub?.format === 'md' && sheetBlock !== undefined) {
				// The assessment the import started: its block follows the sheet's hi_* answers like a system's block does.
				const onDisk = blockOf(existingStub.body ?? '');
				if (onDisk !== undefined) {
					const decision = decide(onDisk, sheetBlock, state[stubKey]?.block, resolution);
					if (decision.take === 'file' && decision.conflict)
						conflicts.push({
							file: existingStub.file,
							row: p.row,
							field: 'body (the import block)',
							fileValue: onDisk,
							sheetValue: sheetBlock,
						});
					if (decision.take === 'sheet' && onDisk !== sheetBlock) {
						const raw = readFileSync(stubPath, 'utf8');
						const body = existingStub.body!.replace(onDisk, () => sheetBlock);
						files.push({
							path: stubPath,
							file: rel(stubPath),
							collection: 'impact-assessments',
							id,
							content: raw.replace(onDisk, () => sheetBlock),
							status: 'updated',
							row: p.row,
							changedFields: ['body'],
							entry: { data: existingStub.data, body },
						});
					}
					nextState[stubKey] = { fields: {}, ...(decision.record && { block: decision.record }) };
				}
			}
			if (!existingStub || JSON.stringify(existingStub.data).includes(PLACEHOLDER)) {
				changes.push({
					field: 'impactAssessment',
					kind: 'placeholder',
					reason: `a high-risk system needs an impact assessment; a draft was started in impact-assessments/${assessment}.md: complete it`,
				});
			}
		}
		const block = importBlock(sections, p.unmapped, [...notes, ...describeChanges(changes)]);
		const onDisk = parsed?.body === undefined ? undefined : blockOf(parsed.body);
		let body = mergeBody(parsed?.body, block);
		if (onDisk === undefined) entryState.block = { sheet: valueHash(blockOf(block)) };
		else {
			// Text written inside the import block is a hand edit like any other.
			const decision = decide(onDisk, blockOf(block), record?.block, resolution);
			if (decision.take === 'file') {
				body = parsed!.body!;
				if (decision.conflict)
					conflicts.push({
						file,
						row: p.row,
						field: 'body (the import block)',
						fileValue: onDisk,
						sheetValue: blockOf(block),
					});
			}
			entryState.block = decision.record;
		}
		nextState[key] = entryState;
		const content = toMarkdown(schema, data, body);
		const status = fileStatus(before, content);
		const changedFields =
			parsed && status === 'updated'
				? diffFields(parsed.data as Record<string, unknown>, data, parsed.body, body)
				: [];
		files.push({
			path,
			file,
			collection: 'systems',
			id,
			content,
			status,
			row: p.row,
			changedFields,
			entry: { data: orderBySchema(schema, structuredClone(data)), body },
		});
		rows.push({ row: p.row, id, generated, sourceId: p.sourceId, changes });
	});
	if (!errors.length) errors.push(...validate(loaded.entries, files, options));
	const statePath = join(dir, STATE_FILE);
	const stateText = formatState(nextState);
	const stateBefore = existsSync(statePath) ? readFileSync(statePath, 'utf8') : undefined;
	return {
		files,
		rows,
		compiled,
		defaultOwner: defaultOwner ?? '',
		errors,
		conflicts,
		missingAllowed: missingIsError ? [] : compiled.missing,
		missingOverridden: mapping.missingColumns === 'error',
		state: {
			path: statePath,
			file: rel(statePath),
			content: stateText,
			changed: stateText !== stateBefore,
		},
	};
}

/** The planned files parsed back from their text and checked with everything else, as `npm run check` will. */
function validate(existing: RawEntry[], files: PlannedFile[], options: PlanOptions): Diagnostic[] {
	const planned = new Map(files.map((f) => [`${f.collection}/${f.id}`, f]));
	// A file the import leaves as it is stays as the loader read it; a new or changed one is
	// checked as its data (what reading its YAML gives back), and its text is parsed only to
	// find the line of a diagnostic.
	const raws: RawEntry[] = existing.filter(
		(e) =>
			!planned.has(`${e.collection}/${e.id}`) ||
			planned.get(`${e.collection}/${e.id}`)!.status === 'unchanged',
	);
	for (const f of files) {
		if (f.status === 'unchanged') continue;
		let parsed: ReturnType<typeof parseContent> | undefined;
		raws.push({
			collection: f.collection,
			id: f.id,
			file: f.file,
			format: 'md',
			data: f.entry.data,
			body: f.entry.body,
			lineOf: (path) => (parsed ??= parseContent(f.content, 'md')).lineOf(path),
		});
	}
	const { diagnostics } = checkEntries(raws, {
		root: options.root,
		dir: resolve(options.root, options.contentDir),
		asOf: options.asOf,
	});
	// Any error fails the import, not only those in imported files: the result must pass `npm run check`.
	return diagnostics.filter((d) => d.severity === 'error');
}

/** A person named in a cell by identifier, full name or e-mail. */
function personResolver(people: RawEntry[]): (cell: string) => string | undefined {
	const index = new Map<string, string>();
	for (const p of people) {
		const data = p.data as { name?: string; email?: string };
		for (const key of [p.id, data.name, data.email]) if (key) index.set(normalizeLabel(key), p.id);
	}
	return (cell) => index.get(normalizeLabel(cell));
}

/**
 * The import notes of one file: each placeholder and each value the schema could not take on a
 * line of its own (someone must act on them); translations and defaults, which only tell where
 * a value came from, one line each, so a federal inventory's files stay short.
 */
/** A system file already on disk, as the loader read it (Markdown) or parsed afresh. */
function parsedSystem(
	text: string,
	loaded: RawEntry | undefined,
): { data: unknown; body?: string | undefined } {
	if (loaded?.format === 'md') return { data: loaded.data, body: loaded.body };
	return parseContent(text.replace(/^\uFEFF/, ''), 'md');
}

/** The note a generated identifier gets, in the words of the sheet. */
function generatedBecause(
	why: NonNullable<AssignedId['generated']>,
	sourceId: string | undefined,
): string {
	if (why === 'blank') return 'the sheet has none';
	return why === 'repeated'
		? `the sheet's identifier ${sourceId} is on more than one row`
		: `the sheet's identifier ${sourceId} has no letters or digits`;
}

/** What writing `content` does to a file that held `before` (undefined: no file). */
function fileStatus(before: string | undefined, content: string): FileStatus {
	if (before === undefined) return 'created';
	return before === content ? 'unchanged' : 'updated';
}

function describeChanges(changes: readonly Change[]): string[] {
	const translated = changes
		.filter((c) => c.kind === 'translated')
		.map((c) => `${c.field} ${JSON.stringify(c.to)} from ${c.column} "${oneLine(c.from)}"`);
	// Internal is every entry's default anyway; saying so in each file is noise.
	// The values are in the front matter above; the note only says which ones are not the sheet's.
	const defaulted = changes
		.filter((c) => c.kind === 'defaulted' && c.field !== 'audience')
		.map((c) => c.field);
	const lines = changes.flatMap((c) => {
		if (c.kind === 'placeholder')
			return [
				c.reason
					? `${c.field}: ${c.reason}.`
					: `${c.field}: no usable value in the sheet; "${PLACEHOLDER}" written. Fill it in.`,
			];
		if (c.kind === 'unmapped')
			return [`${c.field}: "${oneLine(c.from)}" in ${c.column} ${c.reason}; kept above.`];
		return [];
	});
	if (defaulted.length)
		lines.unshift(
			`Set by the mapping's defaults, the sheet having no usable value; check them: ${defaulted.join(', ')}.`,
		);
	if (translated.length) lines.unshift(`Translated from the sheet: ${translated.join('; ')}.`);
	return lines;
}

function oneLine(text: string | undefined): string {
	const flat = (text ?? '').replace(/\s+/g, ' ');
	return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

function diffFields(
	before: Record<string, unknown>,
	after: Record<string, unknown>,
	bodyBefore: string | undefined,
	bodyAfter: string,
): string[] {
	const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
	const changed = keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
	return bodyBefore === bodyAfter ? changed : [...changed, 'body'];
}
