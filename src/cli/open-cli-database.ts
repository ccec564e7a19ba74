// The database a CLI command works on: DATABASE_URL's, or the embedded one — also while the server
// has it open, through the server's own connection point, so that `ingest` works beside `npm start`.
import type { Config } from '../config.ts';
import { openDatabase, type OpenDatabase } from '../store/database.ts';

export async function openCliDatabase(config: Config): Promise<OpenDatabase> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, joinRunning: true });
  if (database.servedBy !== null) {
    console.error(
      `Using the embedded database in ${config.dataDir} through the server running as process ${database.servedBy}.`,
    );
  }
  return database;
}
