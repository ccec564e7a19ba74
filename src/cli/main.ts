// The command line: `tsx src/cli/main.ts <command> [...]`, run through the npm scripts.
import { runExtractCommand } from './commands/extract.ts';
import { runIngestCommand } from './commands/ingest.ts';
import { runMigrateCommand } from './commands/migrate.ts';
import { runMigrationNewCommand } from './commands/migration-new.ts';
import { runPrintSchemaCommand } from './commands/print-schema.ts';
import { runServeCommand } from './commands/serve.ts';

const commands: Record<string, { run: (argv: string[]) => Promise<number>; usage: string }> = {
  serve: { run: runServeCommand, usage: 'serve                         migrate, load sample data into an empty database, serve GraphQL' },
  ingest: { run: runIngestCommand, usage: 'ingest FILE...                store articles (.txt: headline, blank line, body; .json: article or array)' },
  extract: { run: runExtractCommand, usage: 'extract [--json] [--meta META.json] FILE   print what the extractor finds, without storing' },
  migrate: { run: runMigrateCommand, usage: 'migrate                       apply pending migrations from prisma/migrations' },
  'migration:new': { run: runMigrationNewCommand, usage: 'migration:new NAME            write the next migration from changes to prisma/schema.prisma' },
  'print-schema': { run: runPrintSchemaCommand, usage: 'print-schema [FILE]           write the GraphQL SDL (default schema.graphql)' },
};

function usage(): string {
  return ['Usage: npm run cli -- <command> [options]', '', ...Object.values(commands).map((c) => `  ${c.usage}`)].join('\n');
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
