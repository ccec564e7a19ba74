// A server for hardening tests: its own database (migrated, optionally seeded), the SQL statements
// Prisma sends counted, and every log line kept for inspection.
import { Writable } from 'node:stream';
import { ingestArticle } from '../../src/ingestion/ingest-article.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server/create-server.ts';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { seedArticle } from '../support/articles.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

export interface HardenedServer {
  url: string;
  base: string;
  db: Database;
  sqlStatements: string[];
  logLines: string[];
  logs(): Record<string, unknown>[];
  close(): Promise<void>;
}

export type ExtraOptions = Partial<Omit<ServerOptions, 'db' | 'port' | 'host' | 'logger'>> & { seed?: boolean };

export function captureLogger(lines: string[]) {
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(
        ...String(chunk)
          .split('\n')
          .filter((line) => line !== ''),
      );
      done();
    },
  });
  return createLogger({ level: 'debug', destination });
}

export async function startHardenedServer(
  options: ExtraOptions = {},
  database?: TestDatabase,
): Promise<HardenedServer> {
  const own = database ?? (await createTestDatabase());
  const sqlStatements: string[] = [];
  const db = createPrismaClient(own.url, { onQuery: (sql) => sqlStatements.push(sql) });
  const maxArticleChars = options.maxArticleChars ?? 200_000;
  if (options.seed) {
    const result = await ingestArticle(db, await seedArticle(), { maxBodyChars: maxArticleChars });
    if (result.userErrors.length > 0) throw new Error(JSON.stringify(result.userErrors));
  }
  const logLines: string[] = [];
  let server: RunningServer;
  try {
    server = await startServer({
      production: false,
      ...options,
      maxArticleChars,
      db,
      port: 0,
      host: '127.0.0.1',
      logger: captureLogger(logLines),
    });
  } catch (error) {
    await db.$disconnect();
    if (!database) await own.drop();
    throw error;
  }
  sqlStatements.length = 0;
  return {
    url: server.url,
    base: server.url.replace(/\/graphql$/, ''),
    db,
    sqlStatements,
    logLines,
    logs: () => logLines.map((line) => JSON.parse(line) as Record<string, unknown>),
    async close() {
      await server.close();
      await db.$disconnect();
      if (!database) await own.drop();
    },
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  };
}

export async function post(url: string, payload: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof payload === 'string' || payload instanceof Uint8Array ? payload : JSON.stringify(payload),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text) as Answer['body'] };
}

export const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created article { id } userErrors { field message code } }
}`;

export interface IngestAnswer {
  created: boolean;
  article: { id: string } | null;
  userErrors: { field: string[]; message: string; code: string }[];
}

export function ingestPayload(answer: Answer): IngestAnswer | undefined {
  return (answer.body.data?.['ingestArticle'] ?? undefined) as IngestAnswer | undefined;
}

/** Row counts of the tables ingestion writes, to show a refused article left nothing behind. */
export async function rowCounts(db: Database): Promise<Record<string, number>> {
  const [articles, actors, statements, mentions, events, topics] = await Promise.all([
    db.article.count(),
    db.actor.count(),
    db.statement.count(),
    db.actorMention.count(),
    db.event.count(),
    db.articleTopic.count(),
  ]);
  return { articles, actors, statements, mentions, events, topics };
}

/** A plausible article, distinct per n. */
export function sampleArticle(n: number, speaker = 'Ingrid Halvorsen') {
  return {
    headline: `Council debates harbour plan, round ${n}`,
    body:
      `${speaker}, the city's harbour commissioner, said on Monday that the plan numbered ${n} would be ready within a year. ` +
      `"We have waited long enough," ${speaker.split(' ').at(-1)} told reporters in Bergen. ` +
      `Opposition councillor Tomas Berg said the cost of plan ${n} had not been explained.`,
    url: `https://news.example/harbour/${n}`,
    publishedAt: '2024-06-03T10:00:00Z',
  };
}
