// PGlite does not notice a second process opening its directory, and two writers would corrupt it,
// so the directory holds a lock file naming the process that has it open and where it serves it.
// A process is named by its PID and its start time: after a container restart the new process often
// gets the dead one's PID, and only the start time tells them apart.
import { readFileSync } from 'node:fs';
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const LOCK_FILE = 'embedded-postgres.lock';

export interface LockOwner {
  pid: number;
  /** When the process started, as the system tells it (Linux: boot id and clock ticks); null where unknown. */
  started: string | null;
  /** Where the owner serves the database, once it does. */
  url?: string;
}

export interface DataDirLock {
  /** Records where the database is served, for other processes of the service to connect to. */
  announce(url: string): Promise<void>;
  release(): Promise<void>;
}

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    const who = owner.pid === process.pid ? 'this process' : `process ${owner.pid}`;
    super(
      `The embedded database in ${dataDir} is already open in ${who}. Stop it first, or set DATABASE_URL ` +
        `to use a PostgreSQL server.`,
    );
  }
}

// Directories this process holds, so that a lock naming this PID is told apart from a dead one's.
const heldHere = new Set<string>();

export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const lockPath = path.join(dataDir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, started: processStart(process.pid) };
  for (;;) {
    if (await createFileWithContent(lockPath, JSON.stringify(me))) break;
    const owner = await readLockOwner(dataDir);
    if (owner && isAlive(owner, dataDir)) throw new DataDirInUseError(dataDir, owner);
    // Held by a process that has died: take it over.
    await rm(lockPath, { force: true });
  }
  heldHere.add(dataDir);
  return {
    async announce(url) {
      const draft = `${lockPath}.${process.pid}.url`;
      await writeFile(draft, JSON.stringify({ ...me, url }));
      await rename(draft, lockPath);
    },
    async release() {
      heldHere.delete(dataDir);
      await rm(lockPath, { force: true });
    },
  };
}

async function readLockOwner(dataDir: string): Promise<LockOwner | null> {
  const text = await readFile(path.join(dataDir, LOCK_FILE), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    if (Number.isInteger(owner.pid)) return { pid: owner.pid!, started: owner.started ?? null, url: owner.url };
  } catch {
    // An older lock file holds a bare PID.
  }
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) ? { pid, started: null } : null;
}

function isAlive(owner: LockOwner, dataDir: string): boolean {
  if (owner.pid === process.pid) return heldHere.has(dataDir);
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return owner.started === null || owner.started === processStart(owner.pid);
}

/** Linux: the boot id and the process's start in clock ticks after boot; null elsewhere. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses; fields after it are plain.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return `${bootId}:${fields[19]}`;
  } catch {
    return null;
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
