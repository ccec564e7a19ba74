import { parseArgs } from 'node:util';

const USAGE =
  'usage: bench [--quick] [--articles N] [--duration SECONDS] [--warmup SECONDS] [--connections 1,32]\n' +
  '             [--ingest-sample N] [--ingest-batch N] [--extract-articles N] [--seed N] [--keep]\n' +
  '       bench --scale [--sizes 1000,10000,100000] [--duration SECONDS] [--ingest-sample N] [--keep]';

/**
 * `bench [--quick]`: extraction, ingestion and query benchmarks side by side with PostGraphile 5 and a
 * raw-SQL floor, on a database of its own on the server of DATABASE_URL. `bench --scale`: our shapes' p50
 * and ingestion at growing archive sizes. The last line is one JSON object.
 */
export async function runBenchCommand(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv.filter((a) => a !== '--'),
      options: {
        quick: { type: 'boolean', default: false },
        articles: { type: 'string' },
        duration: { type: 'string' },
        warmup: { type: 'string' },
        connections: { type: 'string' },
        'ingest-sample': { type: 'string' },
        'ingest-batch': { type: 'string' },
        'extract-articles': { type: 'string' },
        seed: { type: 'string' },
        keep: { type: 'boolean', default: false },
        scale: { type: 'boolean', default: false },
        sizes: { type: 'string' },
      },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const number = (key: string) => (values[key] === undefined ? undefined : Number(values[key]));
  const overrides = Object.fromEntries(
    Object.entries({
      articles: number('articles'),
      duration: number('duration'),
      warmup: number('warmup'),
      seed: number('seed'),
      ingestSample: number('ingest-sample'),
      ingestBatch: number('ingest-batch'),
      extractArticles: number('extract-articles'),
      connections: typeof values.connections === 'string' ? values.connections.split(',').map(Number) : undefined,
      keep: values.keep === true,
    }).filter(([, value]) => value !== undefined),
  );
  const invalid = Object.entries(overrides).some(
    ([, value]) => typeof value === 'number' && !(Number.isFinite(value) && value >= 0),
  );
  if (
    invalid ||
    (overrides.articles !== undefined && (overrides.articles as number) < 10) ||
    overrides.ingestBatch === 0
  ) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { benchOptions, formatTable, runBenchmark } = await import('../../benchmarks/run.ts');
  if (values.scale === true) {
    const sizes = typeof values.sizes === 'string' ? values.sizes.split(',').map(Number) : undefined;
    if (sizes && !sizes.every((size, i) => Number.isInteger(size) && size >= 10 && (i === 0 || size > sizes[i - 1]!))) {
      process.stderr.write(`--sizes takes increasing whole numbers of articles, at least 10\n${USAGE}\n`);
      return 2;
    }
    const { DEFAULT_SCALE_SIZES, formatScaleTable, runScaleBenchmark } = await import('../../benchmarks/scale.ts');
    const result = await runScaleBenchmark(benchOptions(false, overrides), sizes ?? DEFAULT_SCALE_SIZES);
    process.stdout.write(`${formatScaleTable(result)}\n${JSON.stringify(result)}\n`);
    return 0;
  }
  const result = await runBenchmark(benchOptions(values.quick === true, overrides));
  process.stdout.write(`${formatTable(result)}\n${JSON.stringify(result)}\n`);
  return 0;
}
