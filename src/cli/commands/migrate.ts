import { readConfig } from '../../config.ts';
import { openCliDatabase } from '../open-cli-database.ts';
import { applyMigrations } from '../../store/migrations/apply-migrations.ts';

/** Applies pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR. */
export async function runMigrateCommand(argv: string[]): Promise<number> {
  if (argv.length > 0) {
    console.error('Usage: npm run cli -- migrate   (takes no arguments; set DATABASE_URL or DATA_DIR)');
    return 2;
  }
  const config = readConfig();
  const database = await openCliDatabase(config);
  try {
    const target = database.embedded
      ? `Embedded database in ${config.dataDir}`
      : `Database ${describeServer(database.url)}`;
    const { applied, alreadyApplied } = await applyMigrations(database.url);
    for (const name of applied) console.log(`Applied ${name}`);
    console.log(
      applied.length > 0
        ? `${target}: applied ${applied.length} migration(s), ${alreadyApplied.length} already applied.`
        : `${target}: up to date (${alreadyApplied.length} migration(s) already applied).`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

/** The server and database, without the credentials the URL may carry. */
function describeServer(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.host}${url.pathname}`;
}
