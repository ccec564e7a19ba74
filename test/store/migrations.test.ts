import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, defaultMigrationsDir } from '../../src/store/migrations/apply-migrations.ts';
import { createMigration } from '../../src/store/migrations/create-migration.ts';
import { createEmptyTestDatabase, testServerUrl, type TestDatabase } from '../support/database.ts';

const schemaPath = fileURLToPath(new URL('../../prisma/schema.prisma', import.meta.url));
const committed = (await readdir(defaultMigrationsDir, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const databases: TestDatabase[] = [];
const tempDirs: string[] = [];

afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function emptyDatabase(): Promise<string> {
  const database = await createEmptyTestDatabase();
  databases.push(database);
  return database.url;
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-test-'));
  tempDirs.push(dir);
  return dir;
}

/** A copy of the committed migrations plus `extra` ({ directory name: SQL }). */
async function migrationsWith(extra: Record<string, string>): Promise<string> {
  const dir = path.join(await tempDir(), 'migrations');
  await cp(defaultMigrationsDir, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function fileChecksum(migrationsDir: string, name: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path.join(migrationsDir, name, 'migration.sql')))
    .digest('hex');
}

describe('applyMigrations on PostgreSQL', () => {
  it('applies the committed migrations to an empty database and records them as Prisma does', async () => {
    const url = await emptyDatabase();

    expect(await applyMigrations(url)).toEqual({ applied: committed, alreadyApplied: [] });

    const tables = await query<{ table_name: string }>(
      url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name COLLATE "C"`,
    );
    expect(tables.map((t) => t.table_name)).toEqual([
      'Actor',
      'ActorAlias',
      'ActorMention',
      'Article',
      'ArticleTopic',
      'Event',
      'EventMention',
      'EventParticipant',
      'Role',
      'Statement',
      'StatementTopic',
      'Topic',
      'TopicActivity',
      'TopicAlias',
      'TopicRoleCount',
      '_prisma_migrations',
    ]);
    const records = await query(
      url,
      `SELECT migration_name, checksum, finished_at >= started_at AS finished, rolled_back_at, logs, applied_steps_count,
              length(id) AS id_length
       FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(records).toEqual(
      await Promise.all(
        committed.map(async (name) => ({
          migration_name: name,
          checksum: await fileChecksum(defaultMigrationsDir, name),
          finished: true,
          rolled_back_at: null,
          logs: null,
          applied_steps_count: 1,
          id_length: 36,
        })),
      ),
    );
    const columns = await query(
      url,
      `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
       FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    const column = (name: string, type: string, length: number | null, nullable: string, initial: string | null) => ({
      column_name: name,
      data_type: type,
      character_maximum_length: length,
      is_nullable: nullable,
      column_default: initial,
    });
    expect(columns).toEqual([
      column('id', 'character varying', 36, 'NO', null),
      column('checksum', 'character varying', 64, 'NO', null),
      column('finished_at', 'timestamp with time zone', null, 'YES', null),
      column('migration_name', 'character varying', 255, 'NO', null),
      column('logs', 'text', null, 'YES', null),
      column('rolled_back_at', 'timestamp with time zone', null, 'YES', null),
      column('started_at', 'timestamp with time zone', null, 'NO', 'now()'),
      column('applied_steps_count', 'integer', null, 'NO', '0'),
    ]);

    expect(await applyMigrations(url)).toEqual({ applied: [], alreadyApplied: committed });
    expect(await query(url, 'SELECT count(*)::int AS n FROM _prisma_migrations')).toEqual([{ n: committed.length }]);
  });

  it('applies once when several processes migrate the same database at the same time', async () => {
    const url = await emptyDatabase();

    const results = await Promise.all([1, 2, 3, 4].map(() => applyMigrations(url)));

    const appliers = results.filter((result) => result.applied.length > 0);
    expect(appliers).toEqual([{ applied: committed, alreadyApplied: [] }]);
    expect(results.filter((result) => result.applied.length === 0)).toHaveLength(3);
    expect(await query(url, 'SELECT count(*)::int AS n FROM _prisma_migrations')).toEqual([{ n: committed.length }]);
  });

  it('refuses to run when an applied migration was changed afterwards', async () => {
    const url = await emptyDatabase();
    await applyMigrations(url);
    await query(url, 'UPDATE _prisma_migrations SET checksum = $1 WHERE migration_name = $2', [
      'f'.repeat(64),
      committed[0],
    ]);

    await expect(applyMigrations(url)).rejects.toThrow(
      `Migration ${committed[0]} was changed after it was applied: its migration.sql has checksum`,
    );
  });

  it('accepts a migration whose line endings changed since it was applied, as Prisma does', async () => {
    const url = await emptyDatabase();
    const migrationsDir = await migrationsWith({ '20990101000000_probe': 'CREATE TABLE "Probe" (id int);\n-- done\n' });
    await applyMigrations(url, { migrationsDir });
    await writeFile(
      path.join(migrationsDir, '20990101000000_probe', 'migration.sql'),
      'CREATE TABLE "Probe" (id int);\r\n-- done\r\n',
    );

    expect(await applyMigrations(url, { migrationsDir })).toEqual({
      applied: [],
      alreadyApplied: [...committed, '20990101000000_probe'],
    });
  });

  it('refuses to run while a migration is recorded as failed', async () => {
    const url = await emptyDatabase();
    await applyMigrations(url);
    await query(
      url,
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs) VALUES ($1, $2, $3, 'syntax error at "FROM"')`,
      ['00000000-0000-4000-8000-000000000000', 'a'.repeat(64), '20990101000000_half_done'],
    );

    await expect(applyMigrations(url)).rejects.toThrow(
      /^Migration 20990101000000_half_done started at \S+ and did not finish:\nsyntax error at "FROM"\n/,
    );
  });

  it('rolls a failing migration back, records nothing, and applies it once fixed', async () => {
    const url = await emptyDatabase();
    const broken = '20990101000000_broken';
    const migrationsDir = await migrationsWith({
      [broken]: 'CREATE TABLE "Probe" (id int);\nINSERT INTO "NoSuchTable" VALUES (1);\n',
    });

    await expect(applyMigrations(url, { migrationsDir })).rejects.toThrow(
      `Migration ${broken} failed and was rolled back: relation "NoSuchTable" does not exist (migration.sql line 2)`,
    );
    expect(await query(url, `SELECT to_regclass('"Probe"') AS probe`)).toEqual([{ probe: null }]);
    const recorded = await query<{ migration_name: string }>(url, 'SELECT migration_name FROM _prisma_migrations');
    expect(recorded.map((r) => r.migration_name)).toEqual(committed);

    await writeFile(path.join(migrationsDir, broken, 'migration.sql'), 'CREATE TABLE "Probe" (id int);\n');
    expect(await applyMigrations(url, { migrationsDir })).toEqual({ applied: [broken], alreadyApplied: committed });
  });

  it('sends each migration whole, so $$-quoted bodies with semicolons survive', async () => {
    const url = await emptyDatabase();
    const migrationsDir = await migrationsWith({
      '20990101000000_function': `CREATE FUNCTION add_probe(a int, b int) RETURNS int LANGUAGE plpgsql AS $$
DECLARE total int;
BEGIN
  total := a + b;
  RETURN total;
END;
$$;
`,
    });

    await applyMigrations(url, { migrationsDir });

    expect(await query(url, 'SELECT add_probe(2, 3) AS sum')).toEqual([{ sum: 5 }]);
  });
});

describe('createMigration', () => {
  it('writes an ALTER TABLE for a field added to the schema, and then finds nothing left to do', async () => {
    const dir = await tempDir();
    const changedSchema = path.join(dir, 'schema.prisma');
    const schema = await readFile(schemaPath, 'utf8');
    const withSubtitle = schema.replace(/^(\s*headline\s+String\n)/m, '$1  subtitle    String?\n');
    expect(withSubtitle).not.toBe(schema);
    await writeFile(changedSchema, withSubtitle);
    const migrationsDir = await migrationsWith({});
    const options = { schemaPath: changedSchema, migrationsDir, shadowServerUrl: testServerUrl };

    const created = await createMigration('Add articleSubtitle', options);

    expect(created?.sql).toBe('-- AlterTable\nALTER TABLE "Article" ADD COLUMN     "subtitle" TEXT;\n');
    const name = path.basename(created!.directory);
    expect(name).toMatch(/^\d{14}_add_article_subtitle$/);
    expect(path.dirname(created!.directory)).toBe(migrationsDir);
    expect(name > committed.at(-1)!).toBe(true);
    expect(await readFile(path.join(created!.directory, 'migration.sql'), 'utf8')).toBe(created!.sql);
    expect(await readFile(path.join(migrationsDir, 'migration_lock.toml'), 'utf8')).toBe(
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );

    expect(await createMigration('again', options)).toBeNull();

    const url = await emptyDatabase();
    expect(await applyMigrations(url, { migrationsDir })).toEqual({
      applied: [...committed, name],
      alreadyApplied: [],
    });
    const subtitle = await query(
      url,
      `SELECT data_type, is_nullable FROM information_schema.columns WHERE table_name = 'Article' AND column_name = 'subtitle'`,
    );
    expect(subtitle).toEqual([{ data_type: 'text', is_nullable: 'YES' }]);
  });

  it('finds the committed migrations in step with prisma/schema.prisma (on the default in-memory database)', async () => {
    const migrationsDir = await migrationsWith({});

    expect(await createMigration('drift', { migrationsDir })).toBeNull();
    expect((await readdir(migrationsDir)).sort()).toEqual(['migration_lock.toml', ...committed].sort());
  });
});
