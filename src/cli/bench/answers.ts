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
import { knowledgeBase } from '../answer/knowledge.ts';
import { answerQuestionnaire } from '../answer/run.ts';

/**
 * The labelled sets the bench scores. `evaluation-holdout.yaml` is held out: written without
 * sight of the others or of the answers' aliases, it is measured and reported, never asserted
 * by a test and never tuned against. `evaluation-blind.yaml` is a second held-out set, written
 * without sight of any other set, of the matcher's synonyms or of the answers' aliases, and
 * treated the same way; its reworded questions carry a level (modest or free), reported apart.
 */
export const EVALUATION_FILES = [
	'tests/fixtures/questionnaires/evaluation.yaml',
	'tests/fixtures/questionnaires/evaluation-derived.yaml',
	'tests/fixtures/questionnaires/evaluation-holdout.yaml',
	'tests/fixtures/questionnaires/evaluation-blind.yaml',
];

const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

export function benchAnswers(
	root: string,
	files: readonly string[] = EVALUATION_FILES,
	log: (line: string) => void = console.log,
): void {
	const checked = checkContent({ root });
	const kb = knowledgeBase(createView(checked.entries, 'public'));
	const nda = knowledgeBase(createView(checked.entries, 'private'));
	log(
		`knowledge base (public): ${kb.answers.length} answers (${kb.answers.filter((a) => a.id.startsWith('derived:')).length} derived); thresholds: answered ≥ ${THRESHOLDS.answered}, suggested ≥ ${THRESHOLDS.weak}`,
	);
	for (const file of files) {
		const path = join(root, file);
		if (!existsSync(path)) {
			log(`\n${file}: not there; skipped`);
			continue;
		}
		const all = parseEvaluation(readFileSync(path, 'utf8'), file);
		// Items labelled private are answered by the NDA site's knowledge, as `--audience private` would.
		for (const [label, base, items] of [
			['public', kb, all.filter((i) => i.audience !== 'private')],
			['private', nda, all.filter((i) => i.audience === 'private')],
		] as const) {
			if (items.length === 0) continue;
			const started = performance.now();
			const score = evaluate(base, items);
			const ms = performance.now() - started;
			log(
				`\n${file}, ${label} audience: ${score.items} questions in ${ms.toFixed(0)} ms (${(ms / Math.max(1, score.items)).toFixed(1)} ms each)`,
			);
			log(
				`  filled ${score.filled}, right ${score.right}: precision ${pct(score.precision)}, recall ${pct(score.recall)}, false "Yes" ${score.falseYes}`,
			);
			log(`  off-topic left blank: ${score.blankOffTopic.blank} of ${score.blankOffTopic.of}`);
			log(
				`  by kind (right or rightly blank): ${Object.entries(score.byKind)
					.map(([k, v]) => `${k} ${v.right}/${v.of}`)
					.join(', ')}`,
			);
			if (Object.keys(score.byLevel).length)
				log(
					`  by level (right or rightly blank): ${Object.entries(score.byLevel)
						.map(([k, v]) => `${k} ${v.right}/${v.of}`)
						.join(', ')}`,
				);
			if (score.unknown.length)
				log(
					`  labels naming answers this knowledge base does not hold: ${score.unknown.join(', ')}`,
				);
			for (const r of score.results.filter((x) => x.verdict === 'wrong'))
				log(
					`  wrong: "${r.item.question}" → ${r.got}${r.short ? ` (${r.short})` : ''}, expected ${r.item.expected}${r.item.short ? ` (${r.item.short})` : ''} [${r.confidence.toFixed(2)}]`,
				);
		}
	}

	const work = mkdtempSync(join(tmpdir(), 'aims-answer-bench-'));
	try {
		for (const [name, bytes] of [
			['HECVAT-like workbook', hecvatLike().bytes],
			['vendor workbook', vendorSheet()],
		] as const) {
			const input = join(work, `${name.split(' ')[0]}.xlsx`);
			writeFileSync(input, bytes);
			let started = performance.now();
			const result = answerQuestionnaire(bytes, kb, { format: 'xlsx' });
			const inProcess = (performance.now() - started) / 1000;
			const filled = result.questions.filter((q) => q.cells.length > 0).length;
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
				],
				{ cwd: root, encoding: 'utf8' },
			);
			const wall = (performance.now() - started) / 1000;
			const rss = run.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1];
			log(
				`\n${name}: ${(bytes.length / 1024 / 1024).toFixed(2)} MB, ${result.sheets.length} sheet${result.sheets.length === 1 ? '' : 's'}, ${result.questions.length} questions, ${filled} filled`,
			);
			log(
				`  fill in process ${inProcess.toFixed(2)} s; npm run answer ${wall.toFixed(2)} s wall (content check included)${rss ? `, peak ${(Number(rss) / 1024).toFixed(0)} MB` : ''}${run.status === 0 ? '' : `; FAILED: ${run.stderr.split('\n')[0]}`}`,
			);
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	log(`\n(${relative(process.cwd(), root) || '.'}: figures depend on the machine and its load)`);
}
