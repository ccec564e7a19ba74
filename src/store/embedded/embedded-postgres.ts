// PostgreSQL without a server: PGlite (PostgreSQL compiled to wasm) keeps its files in a directory,
// and a wire-protocol server of ours lets pg and Prisma connect to it like to any server.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock.ts';
import { startWireServer } from './wire-server.ts';

export interface ServedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface ServeOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

// Pools open several connections; they take turns on PGlite's one session (shared-session.ts).
const MAX_CONNECTIONS = 100;

/** Opens (creating on first use) the database in `dataDir` and serves it on `host:port`. */
export async function startEmbeddedPostgres(options: ServeOptions & { dataDir: string }): Promise<ServedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const lock = await lockDataDir(dataDir);
  try {
    const served = await servePglite(await PGlite.create(dataDir), options);
    await lock.announce(served.url);
    return { url: served.url, stop: once(() => served.stop().finally(() => lock.release())) };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/** Serves an opened PGlite over TCP; stop() closes the server and then the database. */
export async function servePglite(db: PGlite, { host = '127.0.0.1', port = 0 }: ServeOptions): Promise<ServedDatabase> {
  let server;
  try {
    server = await startWireServer(db, { host, port, maxConnections: MAX_CONNECTIONS });
  } catch (error) {
    await db.close();
    throw error;
  }
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `postgresql://postgres:postgres@${urlHost}:${server.port}/postgres?sslmode=disable`,
    stop: once(async () => {
      await server.close();
      await db.close();
    }),
  };
}

function once(action: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= action());
}
