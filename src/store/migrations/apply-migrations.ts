// Applies prisma/migrations the way `prisma migrate deploy` does, without Prisma's downloaded engine,
// and keeps the history in Prisma's own `_prisma_migrations` table so that the Prisma CLI, where it
// can run, takes the history for its own.
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const defaultMigrationsDir = fileURLToPath(new URL('../../../prisma/migrations', import.meta.url));

export interface Migration {
  /** The directory name, e.g. `20250101120000_init`. */
  name: string;
  script: string;
  /** sha256 of migration.sql, in hex, as Prisma records it. */
  checksum: string;
}

interface MigrationRecord {
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

// The key Prisma's schema engine locks, so that this runner and the Prisma CLI also exclude each other.
const MIGRATION_LOCK_KEY = 72707369;

// Prisma's own DDL for the table (schema engine, PostgreSQL flavour).
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

export async function applyMigrations(
  databaseUrl: string,
  options: { migrationsDir?: string } = {},
): Promise<{ applied: string[]; alreadyApplied: string[] }> {
  const migrations = await readMigrations(options.migrationsDir ?? defaultMigrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const records = await readHistory(client);
    failOnFailedMigrations(records);
    const applied: string[] = [];
    const alreadyApplied: string[] = [];
    for (const migration of migrations) {
      const record = records.find((r) => r.migration_name === migration.name && r.rolled_back_at === null);
      if (record) {
        failOnEditedMigration(migration, record);
        alreadyApplied.push(migration.name);
      } else if (await applyMigration(client, migration)) {
        applied.push(migration.name);
      } else {
        alreadyApplied.push(migration.name);
      }
    }
    return { applied, alreadyApplied };
  } finally {
    // Ending the session releases the advisory lock.
    await client.end();
  }
}

/** The migrations in `migrationsDir`, in the order Prisma applies them; none when the directory is missing. */
export async function readMigrations(migrationsDir: string): Promise<Migration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(migrationsDir, name, 'migration.sql');
      const bytes = await readFile(file).catch((error: Error) => {
        throw new Error(`Migration ${name} has no readable migration.sql: ${error.message}`, { cause: error });
      });
      return { name, script: bytes.toString('utf8'), checksum: sha256(bytes) };
    }),
  );
}

async function readHistory(client: pg.Client): Promise<MigrationRecord[]> {
  const result = await client.query<MigrationRecord>(
    `SELECT migration_name, checksum, started_at, finished_at, rolled_back_at, logs
     FROM _prisma_migrations ORDER BY started_at`,
  );
  return result.rows;
}

/** Like Prisma, refuses to go on while a migration is recorded as started and neither finished nor rolled back. */
function failOnFailedMigrations(records: MigrationRecord[]): void {
  const failed = records.filter((r) => r.finished_at === null && r.rolled_back_at === null);
  if (failed.length === 0) return;
  const details = failed.map(
    (r) =>
      `Migration ${r.migration_name} started at ${r.started_at.toISOString()} and did not finish` +
      (r.logs?.trim() ? `:\n${r.logs.trim()}` : '.'),
  );
  const names = failed.map((r) => `'${r.migration_name}'`).join(', ');
  throw new Error(
    `${details.join('\n')}\nRepair the database by hand, then mark the migration rolled back so that it is ` +
      `applied again: UPDATE _prisma_migrations SET rolled_back_at = now() WHERE finished_at IS NULL AND ` +
      `migration_name IN (${names}); (or \`prisma migrate resolve --rolled-back <name>\`).`,
  );
}

function failOnEditedMigration(migration: Migration, record: MigrationRecord): void {
  if (matchesChecksum(migration.script, record.checksum)) return;
  throw new Error(
    `Migration ${migration.name} was changed after it was applied: its migration.sql has checksum ` +
      `${migration.checksum}, but _prisma_migrations recorded ${record.checksum}. ` +
      `Restore the applied file and put the change in a new migration.`,
  );
}

/** Prisma accepts a script whose line endings git converted since it was applied. */
function matchesChecksum(script: string, checksum: string): boolean {
  const variants = [script, script.replaceAll('\r\n', '\n'), script.replaceAll('\n', '\r\n')];
  return variants.some((variant) => sha256(variant) === checksum);
}

/**
 * Runs one migration and records it in one transaction, so a failure leaves neither changes nor a
 * record behind. Returns false when another connection applied it meanwhile.
 */
async function applyMigration(client: pg.Client, migration: Migration): Promise<boolean> {
  await client.query('BEGIN');
  try {
    // The embedded database serves every connection from one session, where the advisory lock does
    // not exclude anyone; its transactions do run one at a time, so looking again here is enough.
    const recorded = await client.query(
      'SELECT 1 FROM _prisma_migrations WHERE migration_name = $1 AND rolled_back_at IS NULL',
      [migration.name],
    );
    if (recorded.rowCount) {
      await client.query('ROLLBACK');
      return false;
    }
    // Without parameters pg sends the file as one simple query, which keeps `$$` bodies and
    // semicolons inside them intact.
    await client.query(migration.script);
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query('COMMIT');
    return true;
  } catch (error) {
    // A lost connection has rolled back already; its error is not the one to report.
    await client.query('ROLLBACK').catch(() => {});
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${describeSqlError(error, migration)}`, {
      cause: error,
    });
  }
}

function describeSqlError(error: unknown, migration: Migration): string {
  if (!(error instanceof Error)) return String(error);
  const position = Number((error as { position?: string }).position);
  if (!position) return error.message;
  const line = migration.script.slice(0, position - 1).split('\n').length;
  return `${error.message} (migration.sql line ${line})`;
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
