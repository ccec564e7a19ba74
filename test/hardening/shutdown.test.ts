// Issue 7, must-have 5 (last part): on SIGTERM the service stops taking requests, finishes the ones
// in flight, closes the database and exits 0.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/store/prisma-client.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { INGEST, ingestPayload, post } from './support.ts';

describe('SIGTERM', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('finishes the request in flight, then exits 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: database.url,
        PORT: '0',
        HOST: '127.0.0.1',
        LOAD_SAMPLE_DATA: 'false',
        LOG_LEVEL: 'debug',
        API_KEYS: 'k-shutdown-0123456789abcdef',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    const lines = createInterface({ input: child.stdout! });
    let onLine: (line: Record<string, unknown>) => void = () => undefined;
    lines.on('line', (text) => {
      try {
        onLine(JSON.parse(text) as Record<string, unknown>);
      } catch {
        // not a log line
      }
    });
    const waitForLine = (match: (line: Record<string, unknown>) => boolean) =>
      new Promise<Record<string, unknown>>((resolve) => {
        onLine = (line) => {
          if (match(line)) resolve(line);
        };
      });
    try {
      const ready = await waitForLine((line) => /GraphQL API ready at/.test(String(line['msg'])));
      const url = /at (\S+)/.exec(String(ready['msg']))![1]!;
      // An article long enough that its analysis is still running when the signal arrives.
      const paragraph =
        'Ingrid Halvorsen, the harbour commissioner, said on Monday that the plan would be ready within a year. ' +
        '"We have waited long enough," Halvorsen told reporters in Bergen after talks with the council. ';
      const input = {
        headline: 'Harbour plan under pressure',
        body: paragraph.repeat(800),
        url: 'https://news.example/shutdown',
      };
      const started = waitForLine((line) => line['msg'] === 'request started');
      const inFlight = post(
        url,
        { query: INGEST, variables: { input } },
        { authorization: 'Bearer k-shutdown-0123456789abcdef' },
      );
      await started;
      child.kill('SIGTERM');
      const answer = await inFlight;
      expect(answer.status).toBe(200);
      expect(ingestPayload(answer)?.created).toBe(true);
      expect(await exited).toEqual({ code: 0, signal: null });
      const db = createPrismaClient(database.url);
      try {
        expect(await db.article.count({ where: { url: input.url } })).toBe(1);
      } finally {
        await db.$disconnect();
      }
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 120_000);
});
