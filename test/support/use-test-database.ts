// A fresh migrated database and a Prisma client on it for the tests of one file, dropped after them.
import { afterAll, beforeAll } from 'vitest';
import { createPrismaClient, type Database, type PrismaClientOptions } from '../../src/store/prisma-client.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export function useTestDatabase(options: PrismaClientOptions = {}): { readonly db: Database; readonly url: string } {
  let database: TestDatabase | undefined;
  let db: Database | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = createPrismaClient(database.url, options);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });
  return {
    get db() {
      return db!;
    },
    get url() {
      return database!.url;
    },
  };
}
