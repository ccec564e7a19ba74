// In production, faults reach clients without stack traces or internal messages; bad requests
// (here a missing variable) are still answered as such.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/logging/logger.ts';
import { startServer, type RunningServer } from '../../src/server/create-server.ts';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { createEmptyTestDatabase, type TestDatabase } from '../support/database.ts';
import { postGraphQL } from '../support/graphql-client.ts';

describe.each([true, false])('errors with production=%s', (production) => {
  let database: TestDatabase;
  let db: Database;
  let server: RunningServer;
  const logLines: string[] = [];
  beforeAll(async () => {
    // A database without the project's tables: every query is a fault. (An unreachable database
    // is not a fault but DATABASE_UNAVAILABLE: test/hardening/database-outage.test.ts.)
    database = await createEmptyTestDatabase();
    db = createPrismaClient(database.url);
    const destination = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ level: 'info', destination });
    server = await startServer({ db, port: 0, host: '127.0.0.1', maxArticleChars: 1000, production, logger });
  });
  afterAll(async () => {
    await server.close();
    await db.$disconnect();
    await database.drop();
  });

  it(production ? 'hides the fault' : 'shows the fault to developers', async () => {
    logLines.length = 0;
    const response = await postGraphQL(server.url, '{ articles { totalCount } }');
    const logged = logLines.filter((line) => JSON.parse(line).level === 50).length;
    const error = response.errors![0]!;
    expect(error.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    if (production) {
      expect(error.message).toBe('Internal server error');
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(logged).toBeGreaterThan(0);
    } else {
      expect(error.message).not.toBe('Internal server error');
      expect(error.extensions?.['stacktrace']).toBeDefined();
    }
  });

  it('answers a missing variable as a bad request, not a fault', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query ($topic: String!) { statementsByRole(topic: $topic) { role } }' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]!.message).toMatch(/\$topic/);
  });
});
