// Our service in subgraph mode over a fresh test database holding the seed and fixture articles,
// with the SQL statements Prisma sends counted (like test/support/news-server.ts, with FEDERATION on).
import { ingestArticle } from '../../src/ingestion/ingest-article.ts';
import { startServer, type RunningServer } from '../../src/server/create-server.ts';
import { createPrismaClient } from '../../src/store/prisma-client.ts';
import { seedArticle } from '../support/articles.ts';
import { createTestDatabase } from '../support/database.ts';
import { fixtureArticles } from '../support/fixture-articles.ts';
import type { NewsServer } from '../support/news-server.ts';

export async function startNewsSubgraph(): Promise<NewsServer> {
  const database = await createTestDatabase();
  const sqlStatements: string[] = [];
  const db = createPrismaClient(database.url, { onQuery: (sql) => sqlStatements.push(sql) });
  let server: RunningServer;
  try {
    for (const article of [await seedArticle(), ...fixtureArticles]) {
      const result = await ingestArticle(db, article, { maxBodyChars: 200_000 });
      if (result.userErrors.length > 0) throw new Error(JSON.stringify(result.userErrors));
    }
    server = await startServer({
      db,
      port: 0,
      host: '127.0.0.1',
      maxArticleChars: 200_000,
      production: false,
      federation: true,
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
