// A throw-away PostgreSQL cluster of the test's own (initdb into a temporary directory, pg_ctl on a
// free port), so a test can stop and start the database under a running server, or stream it to a
// replica (pg_basebackup -R). initdb refuses to run as root, so as root the cluster belongs to the
// postgres user.
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = process.env['PG_BIN'] ?? '/usr/lib/postgresql/15/bin';
const AS_ROOT = process.getuid?.() === 0;

export interface Cluster {
  url: string;
  port: number;
  start(): Promise<void>;
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  destroy(): Promise<void>;
  /** The server's log so far (with `log_statement=all`, every statement it ran). */
  log(): Promise<string>;
}

/** Server settings, as `-c name=value`. */
export type Settings = Record<string, string>;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const pg = (tool: string, args: string[]) =>
  AS_ROOT ? run('runuser', ['-u', 'postgres', '--', join(BIN, tool), ...args]) : run(join(BIN, tool), args);

async function clusterDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'news-cluster-'));
  await chmod(dir, 0o777);
  return dir;
}

async function serve(dir: string, data: string, settings: Settings): Promise<Cluster> {
  const port = await freePort();
  const extra = Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`);
  const options = [`-p ${port}`, `-k ${dir}`, '-c listen_addresses=127.0.0.1', '-c fsync=off', ...extra].join(' ');
  const logFile = join(dir, 'log');
  const cluster: Cluster = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: async () => {
      await pg('pg_ctl', ['-D', data, '-o', options, '-l', logFile, '-w', '-t', '60', 'start']);
    },
    stop: async (mode = 'fast') => {
      await pg('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']);
    },
    destroy: async () => {
      await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
    log: () => readFile(logFile, 'utf8'),
  };
  await cluster.start();
  return cluster;
}

export async function createCluster(settings: Settings = {}): Promise<Cluster> {
  const dir = await clusterDir();
  const data = join(dir, 'data');
  await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  return serve(dir, data, settings);
}

/** A hot standby of `primary`, streaming its changes (initdb's trust rules let it replicate). */
export async function createReplica(primary: Cluster, settings: Settings = {}): Promise<Cluster> {
  const dir = await clusterDir();
  const data = join(dir, 'data');
  await pg('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '-D',
    data,
    '-R',
    '-X',
    'stream',
  ]);
  return serve(dir, data, settings);
}
