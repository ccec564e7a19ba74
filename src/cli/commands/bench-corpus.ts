import { parseArgs } from 'node:util';
import { DEFAULT_CORPUS_SEED, writeCorpus } from '../../benchmarks/corpus.ts';

const USAGE =
  'usage: bench:corpus [--articles N] [--seed N] [--out FILE]   (default 10000 articles to bench-corpus.jsonl)';

/** `bench:corpus`: writes the seeded benchmark corpus as JSON Lines, which `ingest` reads. */
export async function runBenchCorpusCommand(argv: string[]): Promise<number> {
  let values: { articles?: string; seed?: string; out?: string };
  try {
    ({ values } = parseArgs({
      args: argv.filter((a) => a !== '--'),
      options: { articles: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const articles = Number(values.articles ?? 10_000);
  const seed = Number(values.seed ?? DEFAULT_CORPUS_SEED);
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const out = values.out ?? 'bench-corpus.jsonl';
  const statements = await writeCorpus(out, articles, seed);
  process.stdout.write(
    `${JSON.stringify({ file: out, articles, seed, generatedStatements: statements, statementsPerArticle: Math.round((statements / articles) * 10) / 10 })}\n`,
  );
  return 0;
}
