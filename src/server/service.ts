// Starts the whole service: database (given or embedded), migrations, sample data, HTTP.
import type { Config } from '../config.ts';
import { loadSampleArticlesIfEmpty } from '../ingestion/sample-data.ts';
import { stopProducerQueues } from '../queue/ingestion-queue.ts';
import { createLogger, type Logger } from '../logging/logger.ts';
import { openDatabase } from '../store/database.ts';
import { applyMigrations } from '../store/migrations/apply-migrations.ts';
import { createPrismaClient } from '../store/prisma-client.ts';
import { openReadReplicas } from '../store/read-replicas.ts';
import { startServer, type RunningServer } from './create-server.ts';
import { waitForDatabase } from './wait-for-database.ts';

export interface RunningService {
  server: RunningServer;
  stop(): Promise<void>;
}

export interface ServiceOptions {
  /** Structured logs; by default JSON lines on stdout at LOG_LEVEL. */
  logger?: Logger;
}

export async function startService(
  config: Config,
  log?: (line: string) => void,
  options: ServiceOptions = {},
): Promise<RunningService> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  log ??= (line) => logger.info(line);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  log(
    database.embedded ? `Embedded PostgreSQL with its data in ${config.dataDir}` : 'Using the database at DATABASE_URL',
  );
  if (!database.embedded) await waitForDatabase(database.url, logger);
  const migrations = await applyMigrations(database.url);
  if (migrations.applied.length > 0) log(`Applied migrations: ${migrations.applied.join(', ')}`);

  const db = createPrismaClient(database.url);
  const readReplicas = openReadReplicas(config.readDatabaseUrls);
  if (readReplicas) log(`Queries read from ${config.readDatabaseUrls.length} replica(s) (READ_DATABASE_URL)`);
  try {
    if (config.loadSampleData) {
      const loaded = await loadSampleArticlesIfEmpty(db, { maxBodyChars: config.maxArticleChars });
      if (loaded > 0) log(`Loaded ${loaded} sample article(s) into the empty database`);
    }
    const server = await startServer({
      db,
      readReplicas,
      port: config.port,
      host: config.host,
      maxArticleChars: config.maxArticleChars,
      production: config.production,
      queryLimits: config.queryLimits,
      playground: config.playground,
      explorer: config.explorer,
      federation: config.federation,
      federationForeignNodeTypes: config.federationForeignNodeTypes,
      apiKeys: config.apiKeys,
      readRequiresKey: config.readRequiresKey,
      corsOrigins: config.corsOrigins,
      introspection: config.introspection,
      maxBatchSize: config.maxBatchSize,
      maxRequestBytes: config.maxRequestBytes,
      shutdownGraceMs: config.shutdownGraceMs,
      logger,
    });
    log(`GraphQL API ready at ${server.url}${config.federation ? ' (Apollo Federation subgraph)' : ''}`);
    return {
      server,
      async stop() {
        await server.close();
        // After the last request: an `ingestArticle(enqueue: true)` may have started a producer queue.
        await stopProducerQueues();
        await readReplicas?.close();
        await db.$disconnect();
        await database.close();
      },
    };
  } catch (error) {
    await readReplicas?.close();
    await db.$disconnect();
    await database.close();
    throw error;
  }
}
