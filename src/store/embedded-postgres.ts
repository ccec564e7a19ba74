// PostgreSQL without a server: PGlite (PostgreSQL compiled to wasm) keeps its files in a directory,
// and pglite-socket speaks the wire protocol so that pg and Prisma connect to it like to any server.
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface ServedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface ServeOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

// pglite-socket accepts a single connection unless told otherwise, while Prisma's and pg's pools open
// several. It queues every connection's queries onto PGlite's one session.
const MAX_CONNECTIONS = 100;

const LOCK_FILE = 'embedded-postgres.lock';

/** Opens (creating on first use) the database in `dataDir` and serves it on `host:port`. */
export async function startEmbeddedPostgres(options: ServeOptions & { dataDir: string }): Promise<ServedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const unlock = await lockDataDir(dataDir);
  try {
    const served = await servePglite(await PGlite.create(dataDir), options);
    return { url: served.url, stop: once(() => served.stop().finally(unlock)) };
  } catch (error) {
    await unlock();
    throw error;
  }
}

/** Serves an opened PGlite over TCP; stop() closes the server and then the database. */
export async function servePglite(db: PGlite, { host = '127.0.0.1', port = 0 }: ServeOptions): Promise<ServedDatabase> {
  const server = new PGLiteSocketServer({ db, host, port, maxConnections: MAX_CONNECTIONS });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  const connection = server.getServerConn();
  const actualPort = connection.slice(connection.lastIndexOf(':') + 1);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `postgresql://postgres:postgres@${urlHost}:${actualPort}/postgres?sslmode=disable`,
    stop: once(async () => {
      await server.stop();
      await db.close();
    }),
  };
}

/**
 * PGlite does not notice a second process opening its directory, and two writers would corrupt it,
 * so the directory holds a file naming the process that uses it. A file left by a process that has
 * died is taken over.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (;;) {
    if (await createFileWithContent(lockPath, String(process.pid))) {
      return () => rm(lockPath, { force: true });
    }
    const owner = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(owner) && isRunning(owner)) {
      const who = owner === process.pid ? 'this process' : `process ${owner}`;
      throw new Error(
        `The embedded database in ${dataDir} is already open in ${who}. Stop it first ` +
          `(or delete ${lockPath} if no process of this service uses that directory).`,
      );
    }
    await rm(lockPath, { force: true });
  }
}

/** Creates `file` with `content` in one step (a hard link), so readers never see it empty; false if it exists. */
async function createFileWithContent(file: string, content: string): Promise<boolean> {
  const draft = `${file}.${process.pid}.${Date.now()}`;
  await writeFile(draft, content);
  try {
    await link(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(draft, { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function once(action: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= action());
}
