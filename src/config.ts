// Configuration from the environment, read once and validated so that a typo fails at start,
// not on the first request.
import { z } from 'zod';

/** A comma-separated list, its entries trimmed, empty ones dropped. */
function commaList(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().min(1).optional(),
  /** Read replicas of DATABASE_URL's primary, comma-separated: queries read from them, mutations from the primary. */
  READ_DATABASE_URL: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((url) => url.trim())
        .filter((url) => url.length > 0),
    ),
  DATA_DIR: z.string().min(1).default('./.data'),
  NODE_ENV: z.string().default('development'),
  /** Largest article body accepted, in characters. */
  MAX_ARTICLE_CHARS: z.coerce.number().int().positive().default(200_000),
  /** Query limits: nesting depth, aliases, and cost (the number of nodes a query could return). */
  MAX_QUERY_DEPTH: z.coerce.number().int().positive().default(12),
  MAX_QUERY_ALIASES: z.coerce.number().int().positive().default(30),
  MAX_QUERY_COST: z.coerce.number().int().positive().default(100_000),
  /** Load the seed article into an empty database on start. */
  LOAD_SAMPLE_DATA: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((value) => value === 'true' || value === '1'),
  /** Serve GraphiQL on a browser's GET /graphql; unset: on unless NODE_ENV=production. */
  PLAYGROUND: z.enum(['true', 'false', '1', '0']).optional(),
  /** Serve the newsroom explorer at /explore; unset: on (it only reads what the API serves anyone). */
  EXPLORER: z.enum(['true', 'false', '1', '0']).optional(),
  /** Serve the schema as an Apollo Federation v2 subgraph. */
  FEDERATION: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  /**
   * With FEDERATION: the Node types of the other subgraphs in the supergraph, comma-separated
   * (`Story,Desk`); declared here as key-only stubs so that `Node` stays one entity interface.
   */
  FEDERATION_FOREIGN_NODE_TYPES: z
    .string()
    .optional()
    .transform((value) => commaList(value ?? '')),
  /** Keys that may call mutations (and reads, with READ_REQUIRES_KEY), comma-separated; sent as a bearer token. */
  API_KEYS: z
    .string()
    .optional()
    .transform((value) => commaList(value ?? ''))
    .refine((keys) => keys.every((key) => key.length >= 16), {
      message: 'every API key must be at least 16 characters',
    }),
  /**
   * Origins whose pages may call the API from a browser, comma-separated (`https://app.example`,
   * `https://*.example`, or `*`); unset: any localhost origin in development, none in production.
   */
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((value) => (value === undefined ? undefined : commaList(value)))
    .refine((origins) => (origins ?? []).every((origin) => /^(\*|https?:\/\/[^\s/]+\/?)$/.test(origin)), {
      message: 'each origin must be * or scheme://host[:port], e.g. https://newsroom.example',
    }),
  /** Queries need a key too. */
  READ_REQUIRES_KEY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  /** Answer introspection queries; unset: on unless NODE_ENV=production. */
  INTROSPECTION: z.enum(['true', 'false', '1', '0']).optional(),
  /** Most operations in one batched request (a JSON array); 1 turns batching off. */
  MAX_BATCH_SIZE: z.coerce.number().int().positive().max(100).default(10),
  /** Largest request body, in bytes; unset: enough for an article of MAX_ARTICLE_CHARS escaped as JSON. */
  MAX_REQUEST_BYTES: z.coerce.number().int().positive().optional(),
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How long SIGTERM waits for in-flight requests before closing their connections, in ms. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
});

/** Limits on what one GraphQL request may ask for: nesting depth, aliases, and cost in nodes. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** Streaming replicas that queries read from (empty: everything reads from the primary). */
  readDatabaseUrls: string[];
  dataDir: string;
  production: boolean;
  maxArticleChars: number;
  loadSampleData: boolean;
  queryLimits: QueryLimits;
  playground: boolean;
  explorer: boolean;
  federation: boolean;
  /** Other subgraphs' Node types (with `federation`). */
  federationForeignNodeTypes: string[];
  /** Who may write (and read, when `readRequiresKey`). Empty: see `Security and operations` in the README. */
  apiKeys: string[];
  readRequiresKey: boolean;
  /** Origins allowed to call from a browser; undefined: the default for the environment. */
  corsOrigins: string[] | undefined;
  introspection: boolean;
  maxBatchSize: number;
  maxRequestBytes: number;
  logLevel: LogLevel;
  shutdownGraceMs: number;
};

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** An article body of the largest accepted size, escaped as JSON (up to 6 bytes a character), must fit. */
export function defaultMaxRequestBytes(maxArticleChars: number): number {
  return Math.max(1_000_000, maxArticleChars * 6);
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  const production = values.NODE_ENV === 'production';
  if (values.READ_DATABASE_URL.length > 0 && !values.DATABASE_URL) {
    throw new Error('Invalid configuration: READ_DATABASE_URL needs DATABASE_URL, the primary its replicas follow');
  }
  if (values.READ_REQUIRES_KEY && values.API_KEYS.length === 0) {
    throw new Error('Invalid configuration: READ_REQUIRES_KEY needs at least one key in API_KEYS');
  }
  const flag = (value: string | undefined, unset: boolean) =>
    value === undefined ? unset : value === 'true' || value === '1';
  return {
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    readDatabaseUrls: values.READ_DATABASE_URL,
    dataDir: values.DATA_DIR,
    production,
    maxArticleChars: values.MAX_ARTICLE_CHARS,
    loadSampleData: values.LOAD_SAMPLE_DATA,
    queryLimits: {
      maxDepth: values.MAX_QUERY_DEPTH,
      maxAliases: values.MAX_QUERY_ALIASES,
      maxCost: values.MAX_QUERY_COST,
    },
    playground: flag(values.PLAYGROUND, !production),
    explorer: flag(values.EXPLORER, true),
    federation: values.FEDERATION,
    federationForeignNodeTypes: values.FEDERATION_FOREIGN_NODE_TYPES,
    apiKeys: values.API_KEYS,
    readRequiresKey: values.READ_REQUIRES_KEY,
    corsOrigins: values.CORS_ORIGINS,
    introspection: flag(values.INTROSPECTION, !production),
    maxBatchSize: values.MAX_BATCH_SIZE,
    maxRequestBytes: values.MAX_REQUEST_BYTES ?? defaultMaxRequestBytes(values.MAX_ARTICLE_CHARS),
    logLevel: values.LOG_LEVEL,
    shutdownGraceMs: values.SHUTDOWN_GRACE_MS,
  };
}
