// Where the service keeps its data: the server named by DATABASE_URL, or else an embedded database.
import { DataDirInUseError } from './embedded/data-dir-lock.ts';
import { startEmbeddedPostgres } from './embedded/embedded-postgres.ts';

export interface OpenDatabase {
  url: string;
  /** True on the embedded database (no queue or worker can share it), whoever serves it. */
  embedded: boolean;
  /** The other process serving the embedded database this one joined (a running server), if any. */
  servedBy: number | null;
  /** Stops the database if this process serves it. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  /**
   * When another process of the service (a running server) has the embedded database open, connect to
   * it there instead of refusing: how the CLI ingests while the server runs.
   */
  joinRunning?: boolean;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenDatabase> {
  if (options.databaseUrl) {
    return { url: options.databaseUrl, embedded: false, servedBy: null, close: async () => {} };
  }
  try {
    const embedded = await startEmbeddedPostgres({ dataDir: options.dataDir });
    return { url: embedded.url, embedded: true, servedBy: null, close: embedded.stop };
  } catch (error) {
    const owner = error instanceof DataDirInUseError ? error.owner : null;
    if (options.joinRunning && owner?.url && owner.pid !== process.pid) {
      return { url: owner.url, embedded: true, servedBy: owner.pid, close: async () => {} };
    }
    throw error;
  }
}
