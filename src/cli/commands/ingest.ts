import { parseArgs } from 'node:util';
import { readConfig } from '../../config.ts';
import { readArticleFile } from '../../ingestion/article-file.ts';
import { ingestArticle } from '../../ingestion/ingest-article.ts';
import { openDatabase } from '../../store/database.ts';
import { applyMigrations } from '../../store/migrations/apply-migrations.ts';
import { createPrismaClient } from '../../store/prisma-client.ts';

/** Stores the articles in FILE...; exits non-zero when any file or article could not be stored. */
export async function runIngestCommand(argv: string[]): Promise<number> {
  const { positionals: files } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  if (files.length === 0) {
    console.error('Usage: npm run cli -- ingest FILE...');
    return 2;
  }
  const config = readConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const db = createPrismaClient(database.url);
  let failures = 0;
  try {
    await applyMigrations(database.url);
    for (const file of files) {
      let articles;
      try {
        articles = await readArticleFile(file);
      } catch (error) {
        console.error((error as Error).message);
        failures += 1;
        continue;
      }
      for (const [index, input] of articles.entries()) {
        const label = articles.length > 1 ? `${file}[${index}]` : file;
        const result = await ingestArticle(db, input, { maxBodyChars: config.maxArticleChars });
        if (result.userErrors.length > 0) {
          failures += 1;
          for (const error of result.userErrors) console.error(`${label}: ${error.field.join('.')}: ${error.message}`);
        } else {
          const counts = await db.statement.count({ where: { articleId: result.article!.id } });
          console.log(
            `${label}: ${result.created ? 'stored' : 'already stored'} article ${result.article!.id} (${counts} statements)`,
          );
        }
      }
    }
  } finally {
    await db.$disconnect();
    await database.close();
  }
  return failures > 0 ? 1 : 0;
}
