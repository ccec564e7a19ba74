import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readGoldSet } from '../../evaluation/gold-set.ts';
import { predict, writePredictions } from '../../evaluation/predictions.ts';
import { BARS, addCounts, emptyCounts, metricsOf, missedBars, scoreArticle } from '../../evaluation/score.ts';
import type { ArticleScore } from '../../evaluation/score.ts';
import { articleTable, errorList, summaryTable } from '../../evaluation/report.ts';
import { SharedScorerMissingError, runSharedScorer, type SharedScore } from '../../evaluation/shared-scorer.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const USAGE =
  'usage: eval [--check] [--errors] [--verbose] [--json] [--save PREDDIR] [--scorer PATH] [DIR]\n' +
  '  DIR: a gold set with articles/ and gold/ (default ../shared/gold)';

interface EvalOptions {
  check?: boolean;
  errors?: boolean;
  verbose?: boolean;
  json?: boolean;
  save?: string;
  scorer?: string;
}

/**
 * `eval [DIR]`: extracts every article of the gold set (in process) and scores the answers with the project's
 * scorer and with the shared reference scorer (`../shared/eval/score.mjs`, run on the saved predictions).
 * `--check` fails when a metric of either is below its bar; `--errors` lists the project scorer's errors,
 * `--verbose` the shared scorer's; `--save PREDDIR` keeps the predictions.
 */
export async function runEvalCommand(argv: string[]): Promise<number> {
  let values: EvalOptions;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv.filter((a) => a !== '--'),
      allowPositionals: true,
      options: {
        check: { type: 'boolean' },
        errors: { type: 'boolean' },
        verbose: { type: 'boolean' },
        json: { type: 'boolean' },
        save: { type: 'string' },
        scorer: { type: 'string' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (positionals.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const dir = resolve(REPO_ROOT, positionals[0] ?? '../shared/gold');
  const set = await readGoldSet(dir);
  if (set.length === 0) {
    process.stderr.write(`eval: no articles with gold files in ${dir}\n`);
    return 1;
  }
  const predictions = predict(set);
  const rows: { name: string; score: ArticleScore }[] = [];
  let total = emptyCounts();
  set.forEach(({ name, gold }, k) => {
    const score = scoreArticle(gold, (predictions[k] as (typeof predictions)[number]).predicted);
    rows.push({ name, score });
    total = addCounts(total, score.counts);
  });
  const metrics = metricsOf(total);
  const missed = missedBars(metrics);

  const predDir = values.save ? resolve(values.save) : await mkdtemp(join(tmpdir(), 'eval-predictions-'));
  let shared: SharedScore;
  try {
    await writePredictions(predictions, predDir);
    shared = await runSharedScorer(dir, predDir, {
      scorer: values.scorer ? resolve(values.scorer) : undefined,
      verbose: values.verbose,
      min: values.check ? { ...BARS } : undefined,
    });
  } catch (error) {
    if (!(error instanceof SharedScorerMissingError)) throw error;
    process.stderr.write(`eval: ${error.message}\n`);
    return 2;
  } finally {
    if (!values.save) await rm(predDir, { recursive: true, force: true });
  }

  if (values.json) {
    const project = { counts: total, metrics, missed };
    process.stdout.write(
      `${JSON.stringify({ dir, articles: rows.length, project, shared: shared.summary, sharedExitCode: shared.exitCode })}\n`,
    );
  } else {
    process.stdout.write(`${rows.length} articles from ${dir}\n\n`);
    process.stdout.write(`== the project's scorer (src/evaluation/score.ts)\n\n`);
    process.stdout.write(`${articleTable(rows)}\n\n${summaryTable(metrics)}\n`);
    if (values.errors) for (const row of rows) process.stdout.write(`\n${errorList(row.name, row.score)}\n`);
    process.stdout.write(`\n== the shared reference scorer (../shared/eval/score.mjs)\n\n${shared.output}\n`);
  }
  if (shared.exitCode === 2) {
    process.stderr.write(`eval: the shared scorer could not score the predictions (exit 2)\n`);
    return 2;
  }
  if (values.check && (missed.length > 0 || shared.exitCode === 1)) {
    const own = missed.map((m) => `${m.metric} ${m.value.toFixed(3)} < ${m.bar}`);
    process.stderr.write(
      `eval: ${[...own, ...(shared.exitCode === 1 ? ['the shared scorer reports a bar missed'] : [])].join(', ')}\n`,
    );
    return 1;
  }
  return 0;
}
