// type-graphql reads decorator metadata through this polyfill; it must load before any GraphQL type.
import 'reflect-metadata';
// The command line: `tsx src/cli/main.ts <command> [...]`, run through the npm scripts.
// Commands load their modules on demand, so `extract` starts without GraphQL or the database.
const commands: Record<string, { run: (argv: string[]) => Promise<number>; usage: string }> = {
  serve: {
    run: async (argv) => (await import('./commands/serve.ts')).runServeCommand(argv),
    usage: 'serve                         migrate, load sample data into an empty database, serve GraphQL',
  },
  ingest: {
    run: async (argv) => (await import('./commands/ingest.ts')).runIngestCommand(argv),
    usage: 'ingest [--enqueue] PATH...     store articles from text, JSON, JSONL, HTML, RSS/Atom files and directories',
  },
  worker: {
    run: async (argv) => (await import('./commands/worker.ts')).runWorkerCommand(argv),
    usage: 'worker [--concurrency N]      take ingestion and re-analysis jobs from the queue (needs DATABASE_URL)',
  },
  reanalyse: {
    run: async (argv) => (await import('./commands/reanalyse.ts')).runReanalyseCommand(argv),
    usage: 'reanalyse [--since DATE]      re-extract stored articles through the queue, keeping curated corrections',
  },
  extract: {
    run: async (argv) => (await import('./commands/extract.ts')).runExtractCommand(argv),
    usage: 'extract [--json] [--meta META.json] FILE   print what the extractor finds, without storing',
  },
  eval: {
    run: async (argv) => (await import('./commands/eval.ts')).runEvalCommand(argv),
    usage:
      'eval [--check] [--errors] [--verbose] [--save D] [DIR]  score the extractor on a gold set with the project and shared scorers',
  },
  'eval:topics': {
    run: async (argv) => (await import('./commands/eval-topics.ts')).runEvalTopicsCommand(argv),
    usage: 'eval:topics [--errors] [--json] [DIR]  score topic queries through the API on a fresh database',
  },
  'bench:extract': {
    run: async (argv) => (await import('./commands/bench-extract.ts')).runBenchExtractCommand(argv),
    usage: 'bench:extract [--count N] [DIR]  articles per second of the extractor on one core',
  },
  bench: {
    run: async (argv) => (await import('./commands/bench.ts')).runBenchCommand(argv),
    usage:
      'bench [--quick] [--articles N]  extraction, ingestion and queries side by side with PostGraphile and raw SQL',
  },
  'bench:corpus': {
    run: async (argv) => (await import('./commands/bench-corpus.ts')).runBenchCorpusCommand(argv),
    usage: 'bench:corpus [--articles N] [--out FILE]  write the seeded benchmark corpus as JSON Lines',
  },
  'bench:explorer': {
    run: async (argv) => (await import('./commands/bench-explorer.ts')).runBenchExplorerCommand(argv),
    usage: 'bench:explorer [--runs N] [--topic PHRASE]  bundle sizes and the topic view draw time, in Chromium',
  },
  'bench:probes': {
    run: async (argv) => (await import('./commands/bench-probes.ts')).runBenchProbesCommand(argv),
    usage:
      'bench:probes  the hardening probes (concurrency, cost, forged input, leaks, lock, worker crash) on both databases',
  },
  'bench:reliability': {
    run: async (argv) => (await import('./commands/bench-reliability.ts')).runBenchReliabilityCommand(argv),
    usage:
      'bench:reliability [--duration S] [--connections N]  mixed reads and ingests under load; counts errors and lost ingests',
  },
  migrate: {
    run: async (argv) => (await import('./commands/migrate.ts')).runMigrateCommand(argv),
    usage: 'migrate                       apply pending migrations from prisma/migrations',
  },
  'migration:new': {
    run: async (argv) => (await import('./commands/migration-new.ts')).runMigrationNewCommand(argv),
    usage: 'migration:new NAME            write the next migration from changes to prisma/schema.prisma',
  },
  'print-schema': {
    run: async (argv) => (await import('./commands/print-schema.ts')).runPrintSchemaCommand(argv),
    usage: 'print-schema [FILE]           write the GraphQL SDL (default schema.graphql)',
  },
};

function usage(): string {
  return ['Usage: npm run cli -- <command> [options]', '', ...Object.values(commands).map((c) => `  ${c.usage}`)].join(
    '\n',
  );
}

const [name, ...argv] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  if (name && name !== '--help' && name !== 'help') console.error(`Unknown command "${name}".\n`);
  console.error(usage());
  process.exitCode = name === '--help' || name === 'help' ? 0 : 2;
} else {
  try {
    process.exitCode = await command.run(argv);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
