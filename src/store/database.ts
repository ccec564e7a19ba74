// Where the service keeps its data: the server named by DATABASE_URL, or else an embedded database.
import { startEmbeddedPostgres } from './embedded-postgres.ts';

export interface OpenDatabase {
  url: string;
  /** True when the database runs inside this process (and stops with close()). */
  embedded: boolean;
  close(): Promise<void>;
}

export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<OpenDatabase> {
  if (options.databaseUrl) {
    return { url: options.databaseUrl, embedded: false, close: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: options.dataDir });
  return { url: embedded.url, embedded: true, close: embedded.stop };
}
