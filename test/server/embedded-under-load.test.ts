// The embedded default database is what a new user meets first: under concurrent reads and ingests,
// and after idling, every request must get its own right answer, as on PostgreSQL.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { startService, type RunningService } from '../../src/server/service.ts';
import { fixtureArticles } from '../support/fixture-articles.ts';
import { postGraphQL } from '../support/graphql-client.ts';

let dataDir: string;
let service: RunningService;
let url: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'embedded-under-load-'));
  service = await startService(readConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
  url = service.server.url;
});

afterAll(async () => {
  await service?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

interface Named {
  id: string;
  name: string;
}
interface Topic {
  slug: string;
  label: string;
}

async function knownActorsAndTopics(): Promise<{ actors: Named[]; topics: Topic[] }> {
  const answer = await postGraphQL<{ actors: { nodes: Named[] }; topics: { nodes: Topic[] } }>(
    url,
    '{ actors(first: 50) { nodes { id name } } topics(first: 50) { nodes { slug label } } }',
  );
  return { actors: answer.data!.actors.nodes, topics: answer.data!.topics.nodes };
}

/** Runs `tasks` with `concurrency` of them in flight at once. */
async function runConcurrently(tasks: (() => Promise<void>)[], concurrency: number): Promise<void> {
  const queue = [...tasks];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let task = queue.shift(); task; task = queue.shift()) await task();
    }),
  );
}

describe('the embedded database behind the API', () => {
  it('answers 8 concurrent clients reading while others ingest, each with its own data', async () => {
    const { actors, topics } = await knownActorsAndTopics();
    expect(actors.length).toBeGreaterThan(5);
    expect(topics.length).toBeGreaterThan(3);
    const wrong: string[] = [];
    const reads = Array.from({ length: 400 }, (_, i) => async () => {
      if (i % 2 === 0) {
        const actor = actors[i % actors.length]!;
        const answer = await postGraphQL<{ actor: { name: string } | null }>(
          url,
          `{ actor(id: "${actor.id}") { name } }`,
        );
        if (answer.data?.actor?.name !== actor.name) wrong.push(`actor ${actor.name}: ${JSON.stringify(answer)}`);
      } else {
        const topic = topics[i % topics.length]!;
        const answer = await postGraphQL<{ topic: { label: string } | null }>(
          url,
          `{ topic(slug: "${topic.slug}") { label } }`,
        );
        if (answer.data?.topic?.label !== topic.label) wrong.push(`topic ${topic.slug}: ${JSON.stringify(answer)}`);
      }
    });
    const ingests = fixtureArticles.map((article) => async () => {
      const answer = await postGraphQL<{
        ingestArticle: { article: { headline: string } | null; userErrors: unknown[] };
      }>(
        url,
        'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { article { headline } userErrors { message } } }',
        { input: article },
      );
      if (answer.data?.ingestArticle.article?.headline !== article.headline) {
        wrong.push(`ingest ${article.headline}: ${JSON.stringify(answer)}`);
      }
    });
    // Interleave the ingests among the reads.
    const tasks = reads.flatMap((read, i) => (i % 40 === 0 && ingests.length > 0 ? [read, ingests.shift()!] : [read]));
    await runConcurrently([...tasks, ...ingests], 8);
    expect(wrong).toEqual([]);

    const stored = await postGraphQL<{ articles: { totalCount: number } }>(url, '{ articles { totalCount } }');
    expect(stored.data!.articles.totalCount).toBe(1 + fixtureArticles.length);
  });

  it('answers after its connections have idled out and been replaced', async () => {
    const { actors } = await knownActorsAndTopics();
    // The pool closes connections idle for 10 s; the next ones must prepare their statements afresh.
    await sleep(11_000);
    const answers = await Promise.all(
      actors.map((actor) =>
        postGraphQL<{ actor: { name: string } | null }>(
          url,
          `{ actor(id: "${actor.id}") { name statements(first: 2) { totalCount } } }`,
        ),
      ),
    );
    expect(answers.map((answer) => answer.errors ?? answer.data?.actor?.name)).toEqual(
      actors.map((actor) => actor.name),
    );
  });
});
