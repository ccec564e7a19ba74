// The HTTP server: GraphQL at /graphql (plain, or as an Apollo Federation subgraph), the GraphiQL
// playground on a browser's GET /graphql, the newsroom explorer at /explore, health at /healthz.
// Hardening lives here too: API keys for writers, request-size and batch limits answered before any
// parsing or database work, a clear retriable error while the database is down, structured logs with
// a request id per request.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { defaultMaxRequestBytes } from '../config.ts';
import { createContext, type Context } from '../graphql/context.ts';
import type { QueryLimits } from '../config.ts';
import { MAX_QUERY_TOKENS, queryCostPlugin, queryLimitRules } from '../graphql/query-limits.ts';
import { getFederatedSchema, getSchema } from '../graphql/schema.ts';
import { createLogger, loggerOf, requestLogger, type Logger } from '../logging/logger.ts';
import type { Database } from '../store/prisma-client.ts';
import type { ReadReplicas } from '../store/read-replicas.ts';
import { accessDenial, createKeyChecker, seesJobDetails, type AccessPolicy, type Credential } from './api-keys.ts';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './database-errors.ts';
import { healthHandler } from './health.ts';
import { DATABASE_UNAVAILABLE, maskInternalError } from './mask-internal-error.ts';
import { limitBatch } from './batch-limits.ts';
import { corsMiddleware, defaultCorsOrigins, type CorsOrigins } from './cors.ts';
import { graphQLErrorBody } from './error-body.ts';
import { createOutageLog, type OutageLog } from './outage-log.ts';
import { playgroundRouter } from './playground/router.ts';
import { explorerRouter } from '../explorer/server/router.ts';
import { acceptSimpleGetQueries } from './simple-get-queries.ts';
import { isRequestError } from './request-errors.ts';
import { unsupportedOperationsPlugin } from './unsupported-operations.ts';

export interface ServerOptions {
  db: Database;
  /** Streaming replicas for queries; mutations and their payloads read from the primary (`db`). */
  readReplicas?: ReadReplicas | null;
  port: number;
  host: string;
  maxArticleChars: number;
  production: boolean;
  queryLimits?: QueryLimits;
  /** Serve GraphiQL on a browser's GET /graphql; by default everywhere but in production. */
  playground?: boolean;
  /** Serve the newsroom explorer at /explore (and send `GET /` there); on by default. */
  explorer?: boolean;
  /** Serve the schema as an Apollo Federation v2 subgraph (`_service`, `_entities`, `@key`s). */
  federation?: boolean;
  /** With `federation`: the Node types other subgraphs own (see graphql/federation/relay-federation.ts). */
  federationForeignNodeTypes?: string[];
  /** Keys that may call mutations; none: mutations are open, except in production where they are refused. */
  apiKeys?: string[];
  /** Queries need a key too (needs `apiKeys`). */
  readRequiresKey?: boolean;
  /** Origins whose pages may call from a browser (see cors.ts); by default any local one, none in production. */
  corsOrigins?: CorsOrigins;
  /** Answer introspection; by default everywhere but in production. */
  introspection?: boolean;
  /** Most operations in one batched request; 1 (or unset) turns batching off. */
  maxBatchSize?: number;
  /** Largest request body in bytes; by default enough for the largest accepted article. */
  maxRequestBytes?: number;
  /** Where logs go; by default nowhere (the service passes its own). */
  logger?: Logger;
  /** How long close() waits for in-flight requests before cutting their connections. */
  shutdownGraceMs?: number;
}

const GRAPHQL_PATH = '/graphql';

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 100_000 };

export interface RunningServer {
  url: string;
  httpServer: Server;
  /** Stops taking requests, lets in-flight ones finish (up to the grace period), then stops. */
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = express();
  const httpServer = createServer(app);
  const logger = options.logger ?? createLogger({ level: 'silent' });
  const schema = options.federation ? await getFederatedSchema(options.federationForeignNodeTypes) : await getSchema();
  const limits = options.queryLimits ?? DEFAULT_QUERY_LIMITS;
  const maxBatchSize = options.maxBatchSize ?? 1;
  const policy: AccessPolicy = {
    apiKeys: options.apiKeys ?? [],
    readRequiresKey: options.readRequiresKey ?? false,
    openWithoutKeys: !options.production,
  };
  if (policy.readRequiresKey && policy.apiKeys.length === 0) {
    throw new Error('readRequiresKey needs at least one API key');
  }
  if (policy.apiKeys.length === 0) {
    logger.warn(
      policy.openWithoutKeys
        ? 'No API_KEYS configured: mutations (ingestion, curation) are open to anyone who can reach this server. Set API_KEYS before exposing it.'
        : 'No API_KEYS configured in production: every mutation will be refused. Set API_KEYS to allow ingestion and curation.',
    );
  }
  const keys = createKeyChecker(policy.apiKeys);

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: options.introspection ?? !options.production,
    includeStacktraceInErrorResponses: !options.production,
    // "Did you mean …?" would list field and type names to anyone probing a production schema.
    hideSchemaDetailsFromClientErrors: options.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: maxBatchSize > 1,
    // Signals are the service's to handle (see shutdown.ts): Apollo's own handler would kill the
    // process before the database connections are closed.
    stopOnTerminationSignals: false,
    logger,
    formatError: (formatted, error) => maskInternalError(formatted, error, options.production),
    // Indented JSON helps a person reading curl output in development; production sends it compact.
    ...(options.production ? { stringifyResult: (result) => JSON.stringify(result) } : {}),
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    validationRules: queryLimitRules(limits),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.shutdownGraceMs ?? 10_000 }),
      // Apollo's own landing page loads Apollo Sandbox from a CDN; the playground below replaces it.
      ApolloServerPluginLandingPageDisabled(),
      // The service sets no cache hints; Apollo's default plugin would walk every field looking for them.
      ApolloServerPluginCacheControlDisabled(),
      // Before the access check: a subscription is refused as unsupported, whatever the key.
      unsupportedOperationsPlugin(),
      accessPlugin(policy),
      mutationsReadThePrimary,
      queryCostPlugin(schema, limits.maxCost),
      errorLoggingPlugin(logger, createOutageLog()),
      // A subgraph would add per-field timing traces for Apollo's usage reporting; nothing reads them here.
      ...(options.federation ? [ApolloServerPluginInlineTraceDisabled()] : []),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // GraphQL answers are not cached by validators: hashing every response body for an ETag is wasted work.
  app.disable('etag');
  app.use(requestLogger(logger), (request, _response, next) => {
    loggerOf(request, logger).debug({ method: request.method, path: request.path }, 'request started');
    next();
  });
  app.use(GRAPHQL_PATH, corsMiddleware(options.corsOrigins ?? defaultCorsOrigins(options.production)));
  app.get('/healthz', healthHandler(options.db, { showReason: !options.production }));
  if (options.playground ?? !options.production) app.use(playgroundRouter(GRAPHQL_PATH));
  if (options.explorer ?? true) app.use(explorerRouter(GRAPHQL_PATH));
  const bodyLimit = options.maxRequestBytes ?? defaultMaxRequestBytes(options.maxArticleChars);
  app.use(
    GRAPHQL_PATH,
    checkCredential(keys),
    acceptSimpleGetQueries(),
    express.json({ limit: bodyLimit }),
    limitBatch(schema, maxBatchSize, limits.maxCost),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(options.db, {
          maxArticleChars: options.maxArticleChars,
          log: loggerOf(req, logger),
          credential: (req as { credential?: Credential }).credential,
          replica: options.readReplicas?.next(),
          seesJobDetails: seesJobDetails(policy, (req as { credential?: Credential }).credential),
        }),
    }),
  );
  app.use(GRAPHQL_PATH, requestErrorHandler(bodyLimit, logger));

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

/** A mutation reads its own writes: every read of the operation, payload included, goes to the primary. */
const mutationsReadThePrimary: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === 'mutation') contextValue.readFromPrimary();
      },
    };
  },
};

/** A key that does not match is refused at once; no key is decided per operation (accessPlugin). */
function checkCredential(keys: ReturnType<typeof createKeyChecker>): RequestHandler {
  return (request, response, next) => {
    const credential = keys.check(request.headers);
    if (credential.kind === 'invalid') {
      response
        .status(401)
        .set('www-authenticate', 'Bearer')
        .json(graphQLErrorBody(credential.reason, 'UNAUTHENTICATED'));
      return;
    }
    (request as { credential?: Credential }).credential = credential;
    next();
  };
}

/** Body-parser failures (too large, malformed JSON) answered as GraphQL errors in JSON, not HTML. */
function requestErrorHandler(bodyLimit: number, logger: Logger): ErrorRequestHandler {
  return (error, request, response, next) => {
    const failure = error as { type?: string; status?: number; message?: string };
    if (response.headersSent) return next(error);
    if (failure.type === 'entity.too.large') {
      response.status(413).json(
        graphQLErrorBody(`The request body is larger than the limit of ${bodyLimit} bytes.`, 'PAYLOAD_TOO_LARGE', {
          maxRequestBytes: bodyLimit,
        }),
      );
      return;
    }
    if (failure.type === 'entity.parse.failed' || failure.type === 'encoding.unsupported' || failure.status === 400) {
      response.status(400).json(graphQLErrorBody('The request body is not valid JSON.', 'BAD_REQUEST'));
      return;
    }
    loggerOf(request, logger).error({ err: safeError(error) }, 'Unexpected error before GraphQL');
    response.status(500).json(graphQLErrorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
  };
}

/** Mutations (and, when configured, queries) need a key; decided before anything runs. */
function accessPlugin(policy: AccessPolicy): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!operation) return;
          const denial = accessDenial(policy, contextValue.credential, operation.operation);
          if (denial) {
            throw new GraphQLError(denial.message, {
              extensions: { code: denial.code, http: { status: denial.status } },
            });
          }
        },
      };
    },
  };
}

/**
 * Logs each fault once, with the request id, and answers DATABASE_UNAVAILABLE with 503 and a
 * Retry-After header; an outage is logged as one (outage-log.ts), not once a request. Errors about
 * the request (bad query, bad key, limits) are only debug lines.
 */
function errorLoggingPlugin(fallback: Logger, outage: OutageLog): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          const log = contextValue.log ?? fallback;
          for (const error of errors) {
            const code = error.extensions?.['code'];
            const original = unwrapResolverError(error);
            if (isRequestError(error)) {
              log.debug({ code, operationName }, `Request error: ${error.message}`);
            } else if (isDatabaseUnavailable(original)) {
              outage.failed(log, safeError(original));
            } else {
              log.error(
                { operationName, path: error.path, err: safeError(original) },
                'Fault while answering a request',
              );
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.length === 0) outage.answered(contextValue.log ?? fallback);
          if (errors.some((error) => error.extensions?.['code'] === DATABASE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}

/**
 * An error as logged: its type, code, first line of message and stack frames. Whole messages are
 * left out because some (Prisma validation errors) quote the arguments, which can hold article text.
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error).slice(0, 200) };
  // Prisma's messages open with "Invalid `…` invocation:" and end with the reason.
  const lines = error.message.split('\n').filter((line) => line.trim() !== '');
  const reason = (error.constructor.name.startsWith('PrismaClient') ? lines.at(-1) : lines[0]) ?? '';
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 10);
  return {
    type: error.constructor.name,
    code: (error as { code?: unknown }).code,
    message: reason.trim().slice(0, 300),
    stack: frames.map((line) => line.trim()),
  };
}
