// Issue 7, must-have 5: PostgreSQL stops under load and comes back. The server stays up, /healthz
// reports the outage, requests fail with a clear retriable error, no acknowledged ingest is lost,
// and the server serves again after the database returns, without a restart of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../src/store/migrations/apply-migrations.ts';
import { createCluster, type Cluster } from '../support/pg-cluster.ts';
import { INGEST, ingestPayload, post, sampleArticle, startHardenedServer, type HardenedServer } from './support.ts';

describe('a database outage under load', () => {
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

  it('keeps serving, reports the outage, fails retriably, loses nothing acknowledged, recovers', async () => {
    const acknowledged = new Set<string>();
    const failures: { status: number; code: unknown; retryable: unknown; retryAfter: string | null }[] = [];
    let phase: 'before' | 'down' | 'after' = 'before';
    const okByPhase = { before: 0, down: 0, after: 0 };
    let n = 0;
    let running = true;

    // Four clients, each alternating an ingest of a new article and a read, until told to stop.
    const client = async () => {
      while (running) {
        const article = sampleArticle(n++);
        const seen = phase;
        const ingest = await post(server.url, { query: INGEST, variables: { input: article } });
        const payload = ingestPayload(ingest);
        if (ingest.status === 200 && payload?.article) {
          acknowledged.add(article.url);
          okByPhase[seen] += 1;
        } else {
          const error = ingest.body.errors?.[0];
          failures.push({
            status: ingest.status,
            code: error?.extensions?.['code'],
            retryable: error?.extensions?.['retryable'],
            retryAfter: ingest.headers.get('retry-after'),
          });
        }
        const read = await post(server.url, { query: '{ articles(first: 1) { totalCount } }' });
        if (read.status !== 200) {
          const error = read.body.errors?.[0];
          failures.push({
            status: read.status,
            code: error?.extensions?.['code'],
            retryable: error?.extensions?.['retryable'],
            retryAfter: read.headers.get('retry-after'),
          });
        }
      }
    };
    const clients = Array.from({ length: 4 }, client);
    const waitFor = async (condition: () => boolean, what: string) => {
      for (let waited = 0; !condition(); waited += 50) {
        if (waited > 40_000) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };

    try {
      await waitFor(() => okByPhase.before >= 5, 'ingests before the outage');
      await cluster.stop('fast');
      phase = 'down';
      const failuresAtStop = failures.length;
      await waitFor(() => failures.length >= failuresAtStop + 8, 'requests to fail during the outage');

      const health = await fetch(`${server.base}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable', database: { status: 'down' } });

      const restarted = performance.now();
      await cluster.start();
      phase = 'after';
      await waitFor(() => okByPhase.after >= 5, 'ingests after the restart');
      const recoverySeconds = (performance.now() - restarted) / 1000;
      const healthAfter = await fetch(`${server.base}/healthz`);
      expect(healthAfter.status).toBe(200);

      running = false;
      await Promise.all(clients);

      // Every failure is the clear, retriable one (a request cut off mid-flight included).
      expect(failures.length).toBeGreaterThan(0);
      for (const failure of failures) {
        expect(failure).toEqual({ status: 503, code: 'DATABASE_UNAVAILABLE', retryable: true, retryAfter: '2' });
      }
      // Nothing acknowledged is lost.
      const stored = await server.db.article.findMany({
        where: { url: { in: [...acknowledged] } },
        select: { url: true },
      });
      expect(stored.length).toBe(acknowledged.size);
      // The fault is logged as an outage, not as a crash, with the request id.
      const outageLines = server.logs().filter((line) => line['code'] === 'DATABASE_UNAVAILABLE');
      expect(outageLines.length).toBeGreaterThan(0);
      expect(outageLines.every((line) => typeof line['requestId'] === 'string')).toBe(true);
      console.log(
        `outage: ${acknowledged.size} ingests acknowledged (${okByPhase.before} before, ${okByPhase.down} while stopping, ` +
          `${okByPhase.after} after), ${failures.length} requests failed with DATABASE_UNAVAILABLE, ` +
          `0 acknowledged lost, first success ${recoverySeconds.toFixed(1)} s after pg_ctl start returned`,
      );
    } finally {
      running = false;
      await Promise.all(clients);
    }
  }, 90_000);
});
