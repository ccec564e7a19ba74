import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { startEmbeddedPostgres } from '../../src/store/embedded/embedded-postgres.ts';
import { applyMigrations, defaultMigrationsDir } from '../../src/store/migrations/apply-migrations.ts';

const embeddedPostgresModule = fileURLToPath(new URL('../../src/store/embedded/embedded-postgres.ts', import.meta.url));
const committed = (await readdir(defaultMigrationsDir, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const tempDirs: string[] = [];

afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'embedded-postgres-test-'));
  tempDirs.push(dir);
  return dir;
}

/** Tries to open `dataDir` from a separate Node process; returns its exit status and error output. */
function openInAnotherProcess(dataDir: string): { status: number | null; stderr: string } {
  const script = `
    import { startEmbeddedPostgres } from ${JSON.stringify(embeddedPostgresModule)};
    try {
      const database = await startEmbeddedPostgres({ dataDir: process.argv[1] });
      await database.stop();
    } catch (error) {
      console.error(error.message);
      process.exitCode = 3;
    }`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script, dataDir], {
    encoding: 'utf8',
  });
  return { status: result.status, stderr: result.stderr };
}

describe('the embedded database', () => {
  it('takes migrations and keeps its data across stop and start', async () => {
    const dataDir = path.join(await tempDir(), 'not', 'yet', 'there');

    const first = await startEmbeddedPostgres({ dataDir });
    try {
      const port = Number(
        first.url.match(/^postgresql:\/\/postgres:postgres@127\.0\.0\.1:(\d+)\/postgres\?sslmode=disable$/)?.[1],
      );
      expect(port).toBeGreaterThan(0);
      expect(await applyMigrations(first.url)).toEqual({ applied: committed, alreadyApplied: [] });

      const pool = new pg.Pool({ connectionString: first.url, max: 4 });
      try {
        await pool.query(
          `INSERT INTO "Article" ("contentHash", headline, body, "extractorVersion") VALUES ('h1', 'Kept', 'Body', 'test')`,
        );
        // A pool's several connections are served side by side.
        const counts = await Promise.all(
          [1, 2, 3, 4, 5, 6, 7, 8].map(() => pool.query('SELECT count(*)::int AS n FROM "Article"')),
        );
        expect(counts.map((result) => result.rows[0].n)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
      } finally {
        await pool.end();
      }
    } finally {
      await first.stop();
    }

    const second = await openDatabase({ dataDir });
    try {
      expect(second.embedded).toBe(true);
      const client = new pg.Client({ connectionString: second.url });
      await client.connect();
      const rows = (await client.query('SELECT headline, body FROM "Article"')).rows;
      await client.end();
      expect(rows).toEqual([{ headline: 'Kept', body: 'Body' }]);
      expect(await applyMigrations(second.url)).toEqual({ applied: [], alreadyApplied: committed });
    } finally {
      await second.close();
    }
  });

  it('refuses a second opener of its directory, and takes over from an opener that died', async () => {
    const dataDir = await tempDir();
    const lockFile = path.join(dataDir, 'embedded-postgres.lock');

    const database = await startEmbeddedPostgres({ dataDir });
    try {
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(
        `The embedded database in ${dataDir} is already open in this process.`,
      );
      const other = openInAnotherProcess(dataDir);
      expect(other.stderr).toContain(`The embedded database in ${dataDir} is already open in process ${process.pid}.`);
      expect(other.status).toBe(3);
    } finally {
      await database.stop();
    }

    const exited = spawnSync(process.execPath, ['--eval', '']);
    await writeFile(lockFile, String(exited.pid));
    const reopened = await startEmbeddedPostgres({ dataDir });
    await reopened.stop();
    expect(await readdir(dataDir)).not.toContain('embedded-postgres.lock');
  });

  it('takes over a lock whose PID now names another process, as after a container restart', async () => {
    const dataDir = await tempDir();
    const lockFile = path.join(dataDir, 'embedded-postgres.lock');
    // In a fresh PID namespace the new server often gets the PID of the one killed before: this very
    // process's PID, or that of another live process, but never its start time.
    await writeFile(lockFile, JSON.stringify({ pid: process.pid, started: 'a process that started earlier' }));
    const reopened = await startEmbeddedPostgres({ dataDir });
    await reopened.stop();

    const unrelated = spawn('sleep', ['30']);
    try {
      await writeFile(lockFile, JSON.stringify({ pid: unrelated.pid, started: 'a process that started earlier' }));
      const again = await startEmbeddedPostgres({ dataDir });
      await again.stop();
    } finally {
      unrelated.kill();
    }
    expect(await readdir(dataDir)).not.toContain('embedded-postgres.lock');
  });

  it('is not started when DATABASE_URL is given', async () => {
    const database = await openDatabase({
      databaseUrl: 'postgresql://postgres@db.example:5432/news',
      dataDir: '/nonexistent',
    });

    expect(database).toMatchObject({ url: 'postgresql://postgres@db.example:5432/news', embedded: false });
    await database.close();
  });
});
