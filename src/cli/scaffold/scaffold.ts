/**
 * A new entry of any collection: a file name from the title, every required field filled with
 * a placeholder `npm run check` accepts, every field explained by its schema description, and
 * a list of what the author must fill in. Refuses to overwrite anything.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadContent } from '../../lib/content/load.ts';
import { parseContent } from '../../lib/content/parse.ts';
import { validateEntry } from '../../lib/content/validate.ts';
import { closest, formatDiagnostic } from '../../lib/diagnostics.ts';
import { slugify } from '../import/values.ts';
import { isAnnexA, REQUIREMENT_IDS } from '../../lib/reference/index.ts';
import { COLLECTIONS, type CollectionName, type Format } from '../../lib/schemas/index.ts';
import { shapeOf } from '../../lib/schemas/walk.ts';
import { placeholder, TODO, type ScaffoldContext } from './values.ts';
import { commentedYaml, describeField } from './yaml.ts';

export interface ScaffoldOptions {
	collection: CollectionName;
	/** Title of the entry; optional for controls (the requirement names them). */
	title?: string;
	/** For controls: the Annex A control or clause, such as A.6.2.4 or 6.1.3. */
	requirement?: string;
	asOf: string;
	root: string;
	/** Absolute content directory. */
	contentDir: string;
}

export interface Scaffolded {
	/** Files to create: the entry, and for a document a stand-in for its file. */
	files: { path: string; file: string; content: string }[];
	/** Fields holding "TODO", with what belongs there. */
	fill: { field: string; about: string }[];
	/** Fields filled with a guess the author should check. */
	check: { field: string; value: unknown }[];
}

/** A refusal the author can act on: the file exists, the requirement is wrong, a title is missing. */
export class ScaffoldError extends Error {}

/** Prose collections get Markdown (MDX for policies); data collections get YAML. */
const FORMAT: Partial<Record<CollectionName, Format>> = {
	policies: 'mdx',
	systems: 'md',
	risks: 'md',
	'impact-assessments': 'md',
	audits: 'md',
	incidents: 'md',
	answers: 'md',
	updates: 'md',
};

/** Plans the new entry; throws ScaffoldError when it would overwrite or the input is wrong. Writes nothing. */
export function scaffold(options: ScaffoldOptions): Scaffolded {
	const { collection, contentDir } = options;
	const rel = (path: string) => relative(options.root, path).split(sep).join('/');
	const loaded = existsSync(contentDir) ? loadContent(contentDir, options.root).entries : [];
	const id = identifier(
		options,
		loaded.filter((e) => e.collection === collection).map((e) => e.data as Record<string, unknown>),
	);
	const dir = join(contentDir, collection);
	if (collection === 'organization' && loaded.some((e) => e.collection === 'organization')) {
		throw new ScaffoldError(
			`there is already an organisation entry (${loaded.find((e) => e.collection === 'organization')!.file}); there can be only one, so nothing was written`,
		);
	}
	const taken = existsSync(dir)
		? readdirSync(dir).find((f) => f.replace(/\.(ya?ml|mdx?)$/, '') === id)
		: undefined;
	if (taken)
		throw new ScaffoldError(
			`${rel(join(dir, taken))} already exists; nothing was written. Edit it, or choose another title.`,
		);

	const schema = COLLECTIONS[collection].schema;
	const first = new Map<string, string>();
	for (const e of [...loaded].sort((a, b) => a.id.localeCompare(b.id)))
		if (!first.has(e.collection)) first.set(e.collection, e.id);
	const title =
		options.title ??
		(options.requirement ? `Statement of Applicability: ${options.requirement}` : id);
	const context: ScaffoldContext = { title, id, asOf: options.asOf, firstOf: (c) => first.get(c) };
	const data = placeholder(collection, '', schema, context) as Record<string, unknown>;
	// Internal until someone decides to publish; the organisation is on every site, so it is public.
	data.audience = collection === 'organization' ? 'public' : 'internal';
	if (collection === 'controls') data.requirement = options.requirement;
	if (collection === 'policies') data.docId = `POL-${id.toUpperCase().replace(/[^A-Z0-9]+/g, '-')}`;
	if (collection === 'roadmap')
		data.phase = loaded.filter((e) => e.collection === 'roadmap').length + 1;
	const extra: Scaffolded['files'] = [];
	if (collection === 'documents') {
		data.file = `${id}.txt`;
		const path = join(dir, 'files', `${id}.txt`);
		extra.push({
			path,
			file: rel(path),
			content: `Stand-in for the document "${title}". Replace this file with the real one and set file: in ${collection}/${id}.yaml to its name.\n`,
		});
	}

	const format = FORMAT[collection] ?? 'yaml';
	const path = join(dir, `${id}.${format}`);
	const yaml = [
		`# New ${collection} entry, made by \`npm run new\`. The comments come from the schema; delete them when done.`,
		...commentedYaml(schema, data),
		'',
	].join('\n');
	const body =
		COLLECTIONS[collection] && 'body' in COLLECTIONS[collection]
			? `${TODO}: ${COLLECTIONS[collection].body}.\n`
			: '';
	const content = format === 'yaml' ? yaml : `---\n${yaml}---\n\n${body}`;
	assertValid(collection, id, rel(path), format, content);
	return {
		files: [{ path, file: rel(path), content }, ...extra],
		...review(schema, data, loaded.length > 0),
	};
}

function identifier(options: ScaffoldOptions, existing: Record<string, unknown>[]): string {
	if (options.collection === 'organization') return 'organization';
	if (options.collection === 'controls') {
		const requirement = options.requirement;
		if (!requirement)
			throw new ScaffoldError(
				'a control needs the requirement it covers: add --requirement A.6.2.4 (an Annex A control) or --requirement 6.1.3 (a clause)',
			);
		if (!(REQUIREMENT_IDS as readonly string[]).includes(requirement)) {
			const guess = closest(requirement, REQUIREMENT_IDS);
			throw new ScaffoldError(
				`--requirement "${requirement}" is not an Annex A control or a clause${guess ? `; did you mean "${guess}"?` : ''}`,
			);
		}
		if (existing.some((d) => d.requirement === requirement))
			throw new ScaffoldError(
				`${requirement} already has a Statement of Applicability entry; edit that one, nothing was written`,
			);
		return isAnnexA(requirement) ? requirement.toLowerCase() : `clause-${requirement}`;
	}
	const id = slugify(options.title ?? '');
	if (!id)
		throw new ScaffoldError(
			`give the entry a title with letters or digits, for example: npm run new -- ${options.collection} "Claims triage"`,
		);
	return id;
}

/** The placeholder file must pass the schema: if it does not, the scaffolder is wrong, not the author. */
function assertValid(
	collection: CollectionName,
	id: string,
	file: string,
	format: Format,
	content: string,
): void {
	const { diagnostics } = validateEntry({
		collection,
		id,
		file,
		format,
		...parseContent(content, format),
	});
	if (diagnostics.length)
		throw new Error(
			`the scaffold for ${collection} does not validate; please report this:\n${diagnostics.map(formatDiagnostic).join('\n')}`,
		);
}

function review(
	schema: Parameters<typeof shapeOf>[0],
	data: Record<string, unknown>,
	hasContent: boolean,
): Pick<Scaffolded, 'fill' | 'check'> {
	const fill: Scaffolded['fill'] = [];
	const check: Scaffolded['check'] = [];
	const visit = (
		node: Parameters<typeof shapeOf>[0],
		value: Record<string, unknown>,
		prefix: string,
	) => {
		for (const [key, field] of Object.entries(shapeOf(node) ?? {})) {
			if (!(key in value)) continue;
			const path = prefix ? `${prefix}.${key}` : key;
			const v = value[key];
			if (shapeOf(field) && v && typeof v === 'object' && !Array.isArray(v))
				visit(field, v as Record<string, unknown>, path);
			else if (JSON.stringify(v).includes(TODO))
				fill.push({ field: path, about: describeField(field) });
			else if (
				!['title', 'name', 'question', 'standard', 'audience', 'requirement'].includes(path) ||
				!hasContent
			)
				check.push({ field: path, value: v });
		}
	};
	visit(schema, data, '');
	return { fill, check };
}
