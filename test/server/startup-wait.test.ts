// Issue 12, must-have 6 (last part): started before its database, the server (and a worker) waits
// for it with backoff, logging each try, and serves once it is up, instead of exiting at once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCluster, type Cluster } from '../support/pg-cluster.ts';
import { exitsWithin, startCli, type Cli } from '../support/cli.ts';

describe('starting before the database', () => {
  let cluster: Cluster;
  const running: Cli[] = [];
  beforeAll(async () => {
    cluster = await createCluster();
    await cluster.stop('fast');
  }, 120_000);
  afterEach(() => {
    for (const cli of running.splice(0)) if (cli.child.exitCode === null) cli.child.kill('SIGKILL');
  });
  afterAll(async () => {
    await cluster?.destroy();
  }, 60_000);

  const env = () => ({
    DATABASE_URL: cluster.url,
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    PORT: '0',
    HOST: '127.0.0.1',
    LOAD_SAMPLE_DATA: 'false',
  });

  it('the server waits, logging each try with a growing delay, then serves', async () => {
    const server = startCli(['serve'], env());
    running.push(server);
    await server.line(/try 3: /);
    await cluster.start();
    const ready = JSON.parse(await server.line(/GraphQL API ready at/)) as { msg: string };
    const tries = server.output
      .map((line) => JSON.parse(line) as { level: number; msg: string })
      .filter((line) => line.msg.startsWith('Database not reachable yet'));
    expect(tries.slice(0, 3).map((line) => [line.level, line.msg])).toEqual([
      [40, 'Database not reachable yet (try 1: ECONNREFUSED); trying again in 0.5 s'],
      [40, 'Database not reachable yet (try 2: ECONNREFUSED); trying again in 1 s'],
      [40, 'Database not reachable yet (try 3: ECONNREFUSED); trying again in 2 s'],
    ]);
    const url = /at (\S+)/.exec(ready.msg)![1]!;
    const health = await fetch(url.replace(/\/graphql$/, '/healthz'));
    expect(health.status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await exitsWithin(server, 15_000)).toEqual({ code: 0, signal: null });
  }, 120_000);

  it('a worker waits too', async () => {
    await cluster.stop('fast');
    const worker = startCli(['worker', '--concurrency', '1'], env());
    running.push(worker);
    await worker.line(/^Database not reachable yet \(try 2: ECONNREFUSED\)/);
    await cluster.start();
    await worker.line(/^worker \d+ started/);
    worker.child.kill('SIGTERM');
    expect(await exitsWithin(worker, 30_000)).toEqual({ code: 0, signal: null });
  }, 120_000);
});
