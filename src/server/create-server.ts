// The HTTP server: GraphQL at /graphql, health at /healthz.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import { createContext, type Context } from '../graphql/context.ts';
import { queryCostPlugin, queryLimitRules, type QueryLimits } from '../graphql/query-limits.ts';
import { getSchema } from '../graphql/schema.ts';
import type { Database } from '../store/prisma-client.ts';
import { healthHandler } from './health.ts';

export interface ServerOptions {
  db: Database;
  port: number;
  host: string;
  maxArticleChars: number;
  production: boolean;
  queryLimits?: QueryLimits;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 100_000 };

export interface RunningServer {
  url: string;
  httpServer: Server;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = express();
  const httpServer = createServer(app);
  const schema = await getSchema();
  const limits = options.queryLimits ?? DEFAULT_QUERY_LIMITS;
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
    validationRules: queryLimitRules(limits),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), queryCostPlugin(schema, limits.maxCost)],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', healthHandler(options.db));
  // An article body of the largest accepted size, escaped as JSON, must fit in a request.
  const bodyLimit = Math.max(1_000_000, options.maxArticleChars * 6);
  app.use(
    '/graphql',
    express.json({ limit: bodyLimit }),
    expressMiddleware(apollo, {
      context: async () => createContext(options.db, { maxArticleChars: options.maxArticleChars }),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    url: `http://${host}:${port}/graphql`,
    httpServer,
    close: () => apollo.stop(),
  };
}
