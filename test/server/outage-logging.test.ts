// Issue 12, must-have 6 (second part): a database outage is logged as one event, not twice a
// request: a warning when it starts, one a window while it lasts (with the count of failed
// requests), an info line when requests are answered again; each failed request keeps its own
// info-level request line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../src/store/migrations/apply-migrations.ts';
import { createCluster, type Cluster } from '../support/pg-cluster.ts';
import { captureLogger, post, startHardenedServer, type HardenedServer } from '../hardening/support.ts';
import { createOutageLog } from '../../src/server/outage-log.ts';

const WARN = 40;
const READ = { query: '{ articles { totalCount } }' };

describe('logging a database outage', () => {
  let cluster: Cluster;
  let server: HardenedServer;

  beforeAll(async () => {
    cluster = await createCluster();
    await applyMigrations(cluster.url);
    server = await startHardenedServer({ seed: true }, { url: cluster.url, drop: async () => undefined });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await cluster?.destroy();
  }, 60_000);

  it('warns once when 100 requests fail, and says when the database answers again', async () => {
    expect((await post(server.url, READ)).status).toBe(200);
    await cluster.stop('fast');
    server.logLines.length = 0;
    for (let wave = 0; wave < 10; wave++) {
      const answers = await Promise.all(Array.from({ length: 10 }, () => post(server.url, READ)));
      expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(503));
    }
    const logs = server.logs();
    const warnings = logs.filter((line) => Number(line['level']) >= WARN);
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'DATABASE_UNAVAILABLE', msg: expect.stringMatching(/^Database unavailable/) }),
    ]);
    expect(logs.filter((line) => line['msg'] === 'POST /graphql 503').map((line) => line['level'])).toEqual(
      Array(100).fill(30),
    );

    await cluster.start();
    let answered = await post(server.url, READ);
    for (let tries = 0; answered.status !== 200 && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answered = await post(server.url, READ);
    }
    expect(answered.status).toBe(200);
    const recovered = server.logs().find((line) => String(line['msg']).startsWith('Database available again'));
    expect(recovered).toMatchObject({ level: 30, failedRequests: expect.any(Number) });
    expect(Number(recovered!['failedRequests'])).toBeGreaterThanOrEqual(100);
  }, 120_000);
});

describe('the outage log over time', () => {
  it('adds one line a window with the requests failed in it', () => {
    const lines: string[] = [];
    const log = captureLogger(lines);
    let clock = 0;
    const outage = createOutageLog(10_000, () => clock);
    for (; clock < 25_000; clock += 100) outage.failed(log, { message: 'connect ECONNREFUSED' });
    outage.answered(log);
    outage.answered(log);
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged.map((line) => [line['level'], line['msg']])).toEqual([
      [
        WARN,
        'Database unavailable: requests fail with DATABASE_UNAVAILABLE until it answers (logged again at most every 10 s)',
      ],
      [WARN, 'Database still unavailable: 100 requests failed in the last 10 s'],
      [WARN, 'Database still unavailable: 100 requests failed in the last 10 s'],
      [30, 'Database available again after 25 s; 250 requests failed meanwhile'],
    ]);
  });
});
