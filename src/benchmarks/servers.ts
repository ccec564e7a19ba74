// The three servers the query benchmark compares, each started in its own child process (see
// child.ts) so that none shares an event loop with the load generator or with another server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { SESSION_OPTIONS } from '../store/session-settings.ts';
import { SHAPES, type ShapeParams } from './shapes.ts';

export type ServerKind = 'ours' | 'postgraphile' | 'rawSql';

export interface StartedServer {
  url: string;
  /** SQL statements sent to PostgreSQL since start, when the server counts them. */
  sqlStatements(): number;
  close(): Promise<void>;
}

/**
 * A pg pool whose clients count the statements they send. Its sessions are set as our service sets its
 * own (no parallel plans), so that all three servers meet the same database.
 */
function countingPool(connectionString: string, max: number): { pool: pg.Pool; count: () => number } {
  let count = 0;
  const pool = new pg.Pool({ connectionString, max, options: SESSION_OPTIONS });
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      count += 1;
      return query(...args);
    };
  });
  return { pool, count: () => count };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Our service, in production mode, as `npm start` runs it. */
export async function startOurServer(databaseUrl: string, options: { countSql: boolean }): Promise<StartedServer> {
  const { createPrismaClient } = await import('../store/prisma-client.ts');
  const { startServer } = await import('../server/create-server.ts');
  let count = 0;
  const db = createPrismaClient(databaseUrl, options.countSql ? { onQuery: () => (count += 1) } : {});
  const server = await startServer({ db, port: 0, host: '127.0.0.1', maxArticleChars: 200_000, production: true });
  return {
    url: server.url,
    sqlStatements: () => count,
    async close() {
      await server.close();
      await db.$disconnect();
    },
  };
}

/** PostGraphile 5 (Amber preset, simplified inflection, connection filter with relations) over the same tables. */
export async function startPostgraphileServer(databaseUrl: string): Promise<StartedServer> {
  const { postgraphile } = await import('postgraphile');
  const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
  const { makePgService } = await import('postgraphile/adaptors/pg');
  const { grafserv } = await import('postgraphile/grafserv/node');
  const { PostGraphileConnectionFilterPreset } = await import('postgraphile-plugin-connection-filter');
  const { PgSimplifyInflectionPreset } = await import('@graphile/simplify-inflection');
  const { pool, count } = countingPool(databaseUrl, 10);
  const preset: GraphileConfig.Preset = {
    extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset, PostGraphileConnectionFilterPreset],
    // Amber lets clients filter only on indexed columns; our API filters on `Statement.kind`, which has
    // no index, so PostGraphile gets the same freedom.
    disablePlugins: ['PgIndexBehaviorsPlugin'],
    pgServices: [makePgService({ pool, schemas: ['public'] })],
    schema: { connectionFilterRelations: true },
    grafserv: { graphiql: false, watch: false },
    grafast: { explain: false },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const httpServer = createServer();
  serv.addTo(httpServer);
  await pgl.getSchema();
  const port = await listen(httpServer, 0);
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    sqlStatements: count,
    async close() {
      httpServer.close();
      await serv.release();
      await pool.end();
    },
  };
}

/** A minimal HTTP server: POST /<shape> runs that shape's one SQL statement and sends its JSON. */
export async function startRawSqlServer(databaseUrl: string, params: ShapeParams): Promise<StartedServer> {
  const { pool, count } = countingPool(databaseUrl, 10);
  const statements = new Map(SHAPES.map((shape) => [`/${shape.name}`, { name: shape.name, ...shape.rawSql(params) }]));
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    for await (const _chunk of request); // the body carries nothing the floor needs
    const statement = statements.get(request.url ?? '');
    if (!statement) {
      response.writeHead(404).end();
      return;
    }
    try {
      const result = await pool.query<{ body: string }>(statement);
      response.writeHead(200, { 'content-type': 'application/json' }).end(result.rows[0]?.body ?? 'null');
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  };
  const httpServer = createServer((request, response) => void handle(request, response));
  const port = await listen(httpServer, 0);
  return {
    url: `http://127.0.0.1:${port}`,
    sqlStatements: count,
    async close() {
      httpServer.close();
      await pool.end();
    },
  };
}
