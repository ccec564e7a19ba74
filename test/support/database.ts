// Databases for tests: each test file gets its own, on the PostgreSQL server in DATABASE_URL (or the
// local default), so files can run in parallel without seeing each other's rows.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { applyMigrations } from '../../src/store/migrations/apply-migrations.ts';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** The server the test databases live on. */
export const testServerUrl = process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';

/** A fresh database with the project's migrations applied. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const database = await createEmptyTestDatabase();
  try {
    await applyMigrations(database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}

/** A fresh database with nothing in it. */
export async function createEmptyTestDatabase(): Promise<TestDatabase> {
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // FORCE: a test that failed half-way may have left connections open.
    drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testServerUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
