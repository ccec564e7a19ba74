import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle } from '../../extraction/extract-article.ts';
import { toGoldFormat } from '../../extraction/to-gold-format.ts';
import { readGoldSet } from '../../evaluation/gold-set.ts';
import { addCounts, emptyCounts, metricsOf, missedBars, scoreArticle } from '../../evaluation/score.ts';
import type { ArticleScore } from '../../evaluation/score.ts';
import { articleTable, errorList, summaryTable } from '../../evaluation/report.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const USAGE =
  'usage: eval [--check] [--errors] [--json] [DIR]   (DIR: default ../shared/gold, with articles/ and gold/)';

/**
 * `eval [--check] [--errors] [--json] [DIR]`: runs `extract --json` (in process) over every article of the
 * gold set and scores it; `--check` fails when a metric is below its bar.
 */
export async function runEvalCommand(argv: string[]): Promise<number> {
  let values: { check?: boolean; errors?: boolean; json?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv.filter((a) => a !== '--'),
      allowPositionals: true,
      options: { check: { type: 'boolean' }, errors: { type: 'boolean' }, json: { type: 'boolean' } },
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
  const rows: { name: string; score: ArticleScore }[] = [];
  let total = emptyCounts();
  for (const { name, article, gold } of set) {
    const predicted = toGoldFormat(extractArticle(article));
    const score = scoreArticle(gold, predicted);
    rows.push({ name, score });
    total = addCounts(total, score.counts);
  }
  const metrics = metricsOf(total);
  const missed = missedBars(metrics);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ dir, articles: rows.length, counts: total, metrics, missed })}\n`);
  } else {
    process.stdout.write(`${rows.length} articles from ${dir}\n\n${articleTable(rows)}\n\n${summaryTable(metrics)}\n`);
    if (values.errors) for (const row of rows) process.stdout.write(`\n${errorList(row.name, row.score)}\n`);
  }
  if (values.check && missed.length > 0) {
    process.stderr.write(`eval: ${missed.map((m) => `${m.metric} ${m.value.toFixed(3)} < ${m.bar}`).join(', ')}\n`);
    return 1;
  }
  return 0;
}
