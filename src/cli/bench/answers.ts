/**
 * The answer section of `npm run bench -- --answers`: precision, recall, false "Yes" and time
 * on the labelled evaluation sets, then the time and memory of filling the HECVAT-like and the
 * vendor workbooks through the real command. Not a test: it prints, and asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { hecvatLike, vendorSheet } from '../../../tests/fixtures/questionnaires/workbooks.ts';
import { checkContent } from '../../lib/pipeline.ts';
import { createView } from '../../lib/views/audience.ts';
import { evaluate, parseEvaluation } from '../answer/evaluate.ts';
import { THRESHOLDS } from '../answer/fill.ts';
import { knowledgeBase, type KnowledgeBase } from '../answer/knowledge.ts';
import { CACHE_ENV, openMeaning, VECTORS_ENV, type Meaning } from '../answer/meaning.ts';
import { answerQuestionnaire } from '../answer/run.ts';

/**
 * The labelled sets the bench scores. `evaluation-holdout.yaml` is held out: written without
 * sight of the others or of the answers' aliases, it is measured and reported, never asserted
 * by a test and never tuned against. `evaluation-blind.yaml` is a second held-out set, written
 * without sight of any other set, of the matcher's synonyms or of the answers' aliases, and
 * treated the same way; its reworded questions carry a level (modest or free), reported apart.
 * `evaluation-blind-2.yaml` is a third, written the same way without sight of any of these.
 * `evaluation-industry.yaml` is laid out like a higher-education vendor workbook (sections and
 * numbered ids, questions the knowledge base answers beside many it does not), written on the
 * same terms as the blind set and treated the same way. `evaluation-register.yaml` (questions
 * in an industry workbook's register), `evaluation-register-2.yaml`, `evaluation-register-3.yaml` and `evaluation-register-4.yaml` (three more such sets),
 * `evaluation-paraphrases.yaml` (free paraphrases in everyday words) and `evaluation-rewordings.yaml`
 * (close rewordings) are development sets, read item by item to choose vocabulary and rules, as
 * is `evaluation-vendor-2.yaml`, a one-sheet generic vendor-security questionnaire of 100
 * questions written before its author saw the knowledge base. `evaluation-industry-2.yaml` is a
 * second industry workbook of 220 questions written the same way: its even-indexed half is for
 * development, the other held out. `evaluation-blind-3.yaml` (80 reworded questions, modest and
 * free, and 30 off-topic ones) is held out whole. `evaluation-paraphrases-2.yaml` (80 free
 * paraphrases and 30 off-topic questions) is a development set. `evaluation-industry-3.yaml` is a
 * third industry workbook (200 questions, laid out like a healthcare and financial-services vendor
 * risk workbook), split like the second. `evaluation-blind-4.yaml` (70 reworded questions, 45
 * modest and 25 free, and 30 off-topic ones) is held out whole, as is `evaluation-vendor-3.yaml`,
 * a second generic vendor-security sheet of 100 questions. `evaluation-industry-5.yaml` (a fifth
 * industry workbook of 200 questions, laid out like a public-sector and healthcare vendor-risk
 * workbook) and `evaluation-paraphrases-3.yaml` (60 modest rewordings, 60 free paraphrases and 40
 * off-topic questions) are development sets, read whole. `evaluation-industry-6.yaml` (a sixth
 * industry workbook of 200 terse control-style questions, laid out like a SIG Lite or CAIQ-like
 * sheet) is split like the third; `evaluation-blind-5.yaml` (60 modest rewordings, 40 free
 * paraphrases and 40 off-topic questions) is held out whole. `evaluation-paraphrases-4.yaml` (70
 * modest rewordings, 20 free paraphrases and 30 off-topic questions) is a development set, read
 * whole; `evaluation-blind-6.yaml` (75 modest, 25 free, 40 off-topic, labelled twice) is held out
 * whole.
 */
export const EVALUATION_FILES = [
	'tests/fixtures/questionnaires/evaluation.yaml',
	'tests/fixtures/questionnaires/evaluation-derived.yaml',
	'tests/fixtures/questionnaires/evaluation-holdout.yaml',
	'tests/fixtures/questionnaires/evaluation-blind.yaml',
	'tests/fixtures/questionnaires/evaluation-blind-2.yaml',
	'tests/fixtures/questionnaires/evaluation-industry.yaml',
	'tests/fixtures/questionnaires/evaluation-register.yaml',
	'tests/fixtures/questionnaires/evaluation-register-2.yaml',
	'tests/fixtures/questionnaires/evaluation-paraphrases.yaml',
	'tests/fixtures/questionnaires/evaluation-rewordings.yaml',
	'tests/fixtures/questionnaires/evaluation-register-3.yaml',
	'tests/fixtures/questionnaires/evaluation-register-4.yaml',
	'tests/fixtures/questionnaires/evaluation-vendor-2.yaml',
	'tests/fixtures/questionnaires/evaluation-industry-2.yaml',
	'tests/fixtures/questionnaires/evaluation-blind-3.yaml',
	'tests/fixtures/questionnaires/evaluation-paraphrases-2.yaml',
	'tests/fixtures/questionnaires/evaluation-industry-3.yaml',
	'tests/fixtures/questionnaires/evaluation-blind-4.yaml',
	'tests/fixtures/questionnaires/evaluation-vendor-3.yaml',
	'tests/fixtures/questionnaires/evaluation-industry-4.yaml',
	'tests/fixtures/questionnaires/evaluation-vendor-4.yaml',
	'tests/fixtures/questionnaires/evaluation-industry-5.yaml',
	'tests/fixtures/questionnaires/evaluation-paraphrases-3.yaml',
	'tests/fixtures/questionnaires/evaluation-industry-6.yaml',
	'tests/fixtures/questionnaires/evaluation-blind-5.yaml',
	'tests/fixtures/questionnaires/evaluation-paraphrases-4.yaml',
	'tests/fixtures/questionnaires/evaluation-blind-6.yaml',
];

/**
 * The held-out items of a set: scored apart, and their wrong answers never printed, since
 * reading them would make an honest figure a development one. `evaluation-blind-2.yaml`,
 * `-blind-3`, `-blind-4`, `-vendor-3`, `-industry-4`, `-vendor-4`, `-blind-5` and `-blind-6` are held out
 * whole; of the first three industry sets and the sixth, every second item (the first,
 * zero-based index 0, is a development item).
 */
export const HELD_OUT: Readonly<Record<string, (index: number) => boolean>> = {
	'tests/fixtures/questionnaires/evaluation-blind-2.yaml': () => true,
	'tests/fixtures/questionnaires/evaluation-industry.yaml': (index) => index % 2 === 1,
	'tests/fixtures/questionnaires/evaluation-industry-2.yaml': (index) => index % 2 === 1,
	'tests/fixtures/questionnaires/evaluation-blind-3.yaml': () => true,
	'tests/fixtures/questionnaires/evaluation-industry-3.yaml': (index) => index % 2 === 1,
	'tests/fixtures/questionnaires/evaluation-blind-4.yaml': () => true,
	'tests/fixtures/questionnaires/evaluation-vendor-3.yaml': () => true,
	'tests/fixtures/questionnaires/evaluation-industry-4.yaml': () => true,
	'tests/fixtures/questionnaires/evaluation-vendor-4.yaml': () => true,
	'tests/fixtures/questionnaires/evaluation-industry-6.yaml': (index) => index % 2 === 1,
	'tests/fixtures/questionnaires/evaluation-blind-5.yaml': () => true,
	'tests/fixtures/questionnaires/evaluation-blind-6.yaml': () => true,
};

const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
const tally = (counts: Record<string, { right: number; of: number }>) =>
	Object.entries(counts)
		.map(([k, v]) => `${k} ${v.right}/${v.of}`)
		.join(', ');
const kindsOf = (score: ReturnType<typeof evaluate>) => tally(score.byKind);
const levelsOf = (score: ReturnType<typeof evaluate>) => tally(score.byLevel);

export async function benchAnswers(
	root: string,
	files: readonly string[] = EVALUATION_FILES,
	log: (line: string) => void = console.log,
): Promise<void> {
	const checked = checkContent({ root });
	const everything = createView(checked.entries, 'internal');
	const kb = knowledgeBase(createView(checked.entries, 'public'), undefined, everything);
	const nda = knowledgeBase(createView(checked.entries, 'private'), undefined, everything);
	log(
		`knowledge base (public): ${kb.answers.length} answers (${kb.answers.filter((a) => a.id.startsWith('derived:')).length} derived); thresholds: answered ≥ ${THRESHOLDS.answered}, suggested ≥ ${THRESHOLDS.weak}`,
	);
	const work = mkdtempSync(join(tmpdir(), 'aims-answer-bench-'));
	// A cache of its own, so the first figures include embedding the knowledge base.
	const cacheFile = join(work, 'embeddings.json');
	let started = performance.now();
	const meanings = new Map<KnowledgeBase, Meaning>([
		[kb, await openMeaning(kb, { cacheFile })],
		[nda, await openMeaning(nda, { cacheFile })],
	]);
	log(
		`sentence model: loaded and both knowledge bases embedded in ${((performance.now() - started) / 1000).toFixed(1)} s (no cache)`,
	);
	for (const file of files) {
		const path = join(root, file);
		if (!existsSync(path)) {
			log(`\n${file}: not there; skipped`);
			continue;
		}
		const all = parseEvaluation(readFileSync(path, 'utf8'), file);
		const held = new Set(all.filter((_, i) => HELD_OUT[file]?.(i)));
		// Items labelled private are answered by the NDA site's knowledge, as `--audience private` would.
		for (const [label, base, items] of [
			['public', kb, all.filter((i) => i.audience !== 'private')],
			['private', nda, all.filter((i) => i.audience === 'private')],
		] as const) {
			if (items.length === 0) continue;
			const words = evaluate(base, items);
			started = performance.now();
			const similarities = await meanings.get(base)!.similarities(items.map((i) => i.question));
			const score = evaluate(base, items, similarities);
			const ms = performance.now() - started;
			log(
				`\n${file}, ${label} audience: ${score.items} questions in ${ms.toFixed(0)} ms (${(ms / Math.max(1, score.items)).toFixed(1)} ms each, embedding included)`,
			);
			log(
				`  words only: filled ${words.filled}, right ${words.right}: precision ${pct(words.precision)}, recall ${pct(words.recall)}, false "Yes" ${words.falseYes}, off-topic blank ${words.blankOffTopic.blank}/${words.blankOffTopic.of}, ${kindsOf(words)}${Object.keys(words.byLevel).length ? `; ${levelsOf(words)}` : ''}`,
			);
			log('  with the sentence model (the default):');
			log(
				`  filled ${score.filled}, right ${score.right}: precision ${pct(score.precision)}, recall ${pct(score.recall)}, false "Yes" ${score.falseYes}`,
			);
			log(`  off-topic left blank: ${score.blankOffTopic.blank} of ${score.blankOffTopic.of}`);
			log(`  by kind (right or rightly blank): ${kindsOf(score)}`);
			if (Object.keys(score.byLevel).length)
				log(`  by level (right or rightly blank): ${levelsOf(score)}`);
			if (score.unknown.length)
				log(
					`  labels naming answers this knowledge base does not hold: ${score.unknown.join(', ')}`,
				);
			const heldResults = score.results.filter((r) => held.has(r.item));
			if (heldResults.length && heldResults.length < score.results.length) {
				const filled = heldResults.filter((r) => r.got !== 'none');
				const right = heldResults.filter((r) => r.verdict === 'right').length;
				log(
					`  held-out items (${heldResults.length}): filled ${filled.length}, right ${right}: precision ${pct(filled.length ? right / filled.length : 1)}, false "Yes" ${heldResults.filter((r) => r.falseYes).length}`,
				);
			}
			const wrong = score.results.filter((r) => r.verdict === 'wrong');
			const unlisted = wrong.filter((r) => held.has(r.item)).length;
			if (unlisted) log(`  wrong answers on held-out items: ${unlisted}, not listed`);
			for (const r of wrong.filter((x) => !held.has(x.item)))
				log(
					`  wrong: "${r.item.question}" → ${r.got}${r.short ? ` (${r.short})` : ''}, expected ${r.item.expected}${r.item.short ? ` (${r.item.short})` : ''} [${r.confidence.toFixed(2)}]`,
				);
		}
	}

	try {
		for (const [name, bytes] of [
			['HECVAT-like workbook', hecvatLike().bytes],
			['vendor workbook', vendorSheet()],
		] as const) {
			const input = join(work, `${name.split(' ')[0]}.xlsx`);
			writeFileSync(input, bytes);
			started = performance.now();
			const words = await answerQuestionnaire(bytes, kb, { format: 'xlsx' });
			const inProcess = (performance.now() - started) / 1000;
			const result = await answerQuestionnaire(bytes, kb, { format: 'xlsx' }, meanings.get(kb));
			const filledIn = (r: typeof result) => r.questions.filter((q) => q.cells.length > 0).length;
			log(
				`\n${name}: ${(bytes.length / 1024 / 1024).toFixed(2)} MB, ${result.sheets.length} sheet${result.sheets.length === 1 ? '' : 's'}, ${result.questions.length} questions, ${filledIn(result)} filled (${filledIn(words)} on words only)`,
			);
			log(`  fill in process, words only: ${inProcess.toFixed(2)} s`);
			// The real command, as a user runs it: with nothing kept (no cache and no vectors file,
			// so the model embeds the whole knowledge base); as on a fresh clone (no cache, the
			// knowledge base's vectors from answer-vectors.txt); again with the cache that run left.
			const commandCache = join(work, `command-${name.split(' ')[0]}.json`);
			for (const pass of [
				'nothing kept, no cache, no vectors file',
				'fresh clone, no cache',
				'second run, cached',
				'words only',
			] as const) {
				started = performance.now();
				const timed = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v'] : [];
				const run = spawnSync(
					timed[0] ?? process.execPath,
					[
						...timed.slice(1),
						...(timed.length ? [process.execPath] : []),
						join(root, 'scripts/answer.ts'),
						input,
						'--out',
						join(work, 'out.xlsx'),
						...(pass === 'words only' ? ['--words-only'] : []),
					],
					{
						cwd: root,
						encoding: 'utf8',
						env: {
							...process.env,
							[CACHE_ENV]: pass.startsWith('nothing') ? `${commandCache}.none` : commandCache,
							...(pass.startsWith('nothing') && { [VECTORS_ENV]: 'none' }),
						},
					},
				);
				const wall = (performance.now() - started) / 1000;
				const rss = run.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1];
				log(
					`  npm run answer, ${pass}: ${wall.toFixed(2)} s wall (content check included)${rss ? `, peak ${(Number(rss) / 1024).toFixed(0)} MB` : ''}${run.status === 0 ? '' : `; FAILED: ${run.stderr.split('\n')[0]}`}`,
				);
			}
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	log(`\n(${relative(process.cwd(), root) || '.'}: figures depend on the machine and its load)`);
}
