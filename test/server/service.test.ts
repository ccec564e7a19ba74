// The README's serve command with DATABASE_URL unset: embedded PostgreSQL, migrations, sample data.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { startService } from '../../src/server/service.ts';
import { postGraphQL } from '../support/graphql-client.ts';
import { readmeExamples, rewriteReadmeAnswers } from '../support/readme.ts';

describe('the service on its embedded default database', () => {
  const directories: string[] = [];
  afterAll(async () => {
    for (const directory of directories) await rm(directory, { recursive: true, force: true });
  });

  it('serves the signature query from the sample article and keeps its data across restarts', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'news-service-'));
    directories.push(dataDir);
    const config = readConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir });
    expect(config.databaseUrl).toBeUndefined();
    const lines: string[] = [];

    const first = await startService(config, (line) => lines.push(line));
    try {
      const base = first.server.url.replace(/\/graphql$/, '');
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });

      const response = await postGraphQL<{ statementsByRole: { role: string; count: number }[] }>(
        first.server.url,
        'query { statementsByRole(topic: "NATO invitation") { role count } }',
      );
      const roles = response.data!.statementsByRole.map((group) => group.role);
      expect(roles).toEqual(
        expect.arrayContaining(['Ukrainian President', 'U.S. Ambassador to NATO', 'Lithuanian Defense Minister']),
      );

      const examples = await readmeExamples();
      expect(examples.length).toBeGreaterThanOrEqual(4);
      const answers = await Promise.all(examples.map((example) => postGraphQL(first.server.url, example.query)));
      if (process.env['UPDATE_README']) await rewriteReadmeAnswers(answers);
      else for (const [index, example] of examples.entries()) expect(answers[index]).toEqual(example.answer);
    } finally {
      await first.stop();
    }
    expect(lines.some((line) => line.startsWith('Loaded 1 sample article'))).toBe(true);

    lines.length = 0;
    const second = await startService(config, (line) => lines.push(line));
    try {
      const response = await postGraphQL<{ articles: { totalCount: number } }>(
        second.server.url,
        '{ articles { totalCount } }',
      );
      expect(response.data!.articles.totalCount).toBe(1);
    } finally {
      await second.stop();
    }
    expect(lines.some((line) => line.startsWith('Loaded'))).toBe(false);
    expect(lines.some((line) => line.startsWith('Applied migrations'))).toBe(false);
  });
});
