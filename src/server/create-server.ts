// The HTTP server: GraphQL at /graphql (plain, or as an Apollo Federation subgraph), the GraphiQL
// playground on a browser's GET /graphql, health at /healthz.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import express from 'express';
import { createContext, type Context } from '../graphql/context.ts';
import { queryCostPlugin, queryLimitRules, type QueryLimits } from '../graphql/query-limits.ts';
import { getFederatedSchema, getSchema } from '../graphql/schema.ts';
import type { Database } from '../store/prisma-client.ts';
import { healthHandler } from './health.ts';
import { maskInternalError } from './mask-internal-error.ts';
import { playgroundRouter } from './playground/router.ts';

export interface ServerOptions {
  db: Database;
  port: number;
  host: string;
  maxArticleChars: number;
  production: boolean;
  queryLimits?: QueryLimits;
  /** Serve GraphiQL on a browser's GET /graphql; by default everywhere but in production. */
  playground?: boolean;
  /** Serve the schema as an Apollo Federation v2 subgraph (`_service`, `_entities`, `@key`s). */
  federation?: boolean;
}

const GRAPHQL_PATH = '/graphql';

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 100_000 };

export interface RunningServer {
  url: string;
  httpServer: Server;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = express();
  const httpServer = createServer(app);
  const schema = options.federation ? await getFederatedSchema() : await getSchema();
  const limits = options.queryLimits ?? DEFAULT_QUERY_LIMITS;
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
    formatError: (formatted, error) => maskInternalError(formatted, error, options.production),
    validationRules: queryLimitRules(limits),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's own landing page loads Apollo Sandbox from a CDN; the playground below replaces it.
      ApolloServerPluginLandingPageDisabled(),
      queryCostPlugin(schema, limits.maxCost),
      // A subgraph would add per-field timing traces for Apollo's usage reporting; nothing reads them here.
      ...(options.federation ? [ApolloServerPluginInlineTraceDisabled()] : []),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', healthHandler(options.db));
  if (options.playground ?? !options.production) app.use(playgroundRouter(GRAPHQL_PATH));
  // An article body of the largest accepted size, escaped as JSON, must fit in a request.
  const bodyLimit = Math.max(1_000_000, options.maxArticleChars * 6);
  app.use(
    GRAPHQL_PATH,
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
    url: `http://${host}:${port}${GRAPHQL_PATH}`,
    httpServer,
    close: () => apollo.stop(),
  };
}
