// A server over a fresh test database holding the seed article and the fixture articles, with the
// SQL statements Prisma sends counted, for tests that query over real HTTP (as a plain server, or
// as a federation subgraph).
import { afterAll, beforeAll } from 'vitest';
import { ingestArticle } from '../../src/ingestion/ingest-article.ts';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server/create-server.ts';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { seedArticle } from './articles.ts';
import { createTestDatabase } from './database.ts';
import { fixtureArticles } from './fixture-articles.ts';

export interface NewsServer {
  url: string;
  db: Database;
  /** SQL statements sent since the last reset. */
  sqlStatements: string[];
  close(): Promise<void>;
}

export type NewsServerOptions = Pick<ServerOptions, 'federation' | 'federationForeignNodeTypes' | 'apiKeys'>;

export async function startNewsServer(options: NewsServerOptions = {}): Promise<NewsServer> {
  const database = await createTestDatabase();
  const sqlStatements: string[] = [];
  const db = createPrismaClient(database.url, { onQuery: (sql) => sqlStatements.push(sql) });
  for (const article of [await seedArticle(), ...fixtureArticles]) {
    const result = await ingestArticle(db, article, { maxBodyChars: 200_000 });
    if (result.userErrors.length > 0) throw new Error(JSON.stringify(result.userErrors));
  }
  let server: RunningServer;
  try {
    server = await startServer({
      db,
      port: 0,
      host: '127.0.0.1',
      maxArticleChars: 200_000,
      production: false,
      federation: options.federation ?? false,
      federationForeignNodeTypes: options.federationForeignNodeTypes,
      apiKeys: options.apiKeys,
    });
  } catch (error) {
    await db.$disconnect();
    await database.drop();
    throw error;
  }
  sqlStatements.length = 0;
  return {
    url: server.url,
    db,
    sqlStatements,
    async close() {
      await server.close();
      await db.$disconnect();
      await database.drop();
    },
  };
}

/** A news server for the tests of one `describe`, started before them and closed after. */
export function useNewsServer(options: NewsServerOptions = {}): { readonly server: NewsServer } {
  let server: NewsServer | undefined;
  beforeAll(async () => {
    server = await startNewsServer(options);
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get server() {
      return server!;
    },
  };
}
