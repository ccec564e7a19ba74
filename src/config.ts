// Configuration from the environment, read once and validated so that a typo fails at start,
// not on the first request.
import { z } from 'zod';
import type { QueryLimits } from './graphql/query-limits.ts';

const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().min(1).optional(),
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
  /** Serve the schema as an Apollo Federation v2 subgraph. */
  FEDERATION: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  production: boolean;
  maxArticleChars: number;
  loadSampleData: boolean;
  queryLimits: QueryLimits;
  playground: boolean;
  federation: boolean;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  const production = values.NODE_ENV === 'production';
  return {
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    dataDir: values.DATA_DIR,
    production,
    maxArticleChars: values.MAX_ARTICLE_CHARS,
    loadSampleData: values.LOAD_SAMPLE_DATA,
    queryLimits: {
      maxDepth: values.MAX_QUERY_DEPTH,
      maxAliases: values.MAX_QUERY_ALIASES,
      maxCost: values.MAX_QUERY_COST,
    },
    playground:
      values.PLAYGROUND === undefined ? !production : values.PLAYGROUND === 'true' || values.PLAYGROUND === '1',
    federation: values.FEDERATION,
  };
}
