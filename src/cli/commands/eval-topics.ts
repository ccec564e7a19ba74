// `eval:topics [--json] [--errors] [--keep] [DIR]`: ingests a gold directory (articles/, gold/, queries/)
// into a fresh database on the PostgreSQL of DATABASE_URL (or the local default), serves the API over
// real HTTP, asks every query of DIR/queries as `statementsByRole(topic:)`, and scores the answers
// (src/evaluation/topic-score.ts): topic precision, recall and F1 per query and overall, the share of
// queries answered without error, and stance accuracy.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { readGoldSet } from '../../evaluation/gold-set.ts';
import {
  readTopicQueries,
  scoreTopicQuery,
  summarise,
  type QueryScore,
  type ReturnedStatement,
  type TopicSummary,
} from '../../evaluation/topic-score.ts';
import { ingestArticles } from '../../ingestion/ingest-articles.ts';
import { createLogger } from '../../logging/logger.ts';
import { startServer } from '../../server/create-server.ts';
import { applyMigrations } from '../../store/migrations/apply-migrations.ts';
import { createPrismaClient } from '../../store/prisma-client.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const USAGE = 'usage: eval:topics [--json] [--errors] [--keep] [DIR]   (DIR: default ../shared/gold)';
const PAGE = 100;

const BY_ROLE = `query ($topic: String!) { statementsByRole(topic: $topic) {
  role count statements(first: ${PAGE}) { pageInfo { hasNextPage } nodes { text stance } } } }`;
const ALL_ON_TOPIC = `query ($topic: String!, $after: String) {
  statements(filter: { topic: $topic }, first: ${PAGE}, after: $after) {
    pageInfo { hasNextPage endCursor } nodes { text stance } } }`;
const OF_ARTICLE = `query ($article: ID!, $after: String) {
  statements(filter: { articleId: $article }, first: ${PAGE}, after: $after) {
    pageInfo { hasNextPage endCursor } nodes { text } } }`;

interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: T[];
}

async function ask<T>(url: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return body.data;
}

/** Every page of a statements connection. */
async function allPages<T>(url: string, query: string, variables: Record<string, unknown>): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  do {
    const { statements }: { statements: Page<T> } = await ask(url, query, { ...variables, after });
    nodes.push(...statements.nodes);
    after = statements.pageInfo.hasNextPage ? (statements.pageInfo.endCursor ?? null) : null;
  } while (after);
  return nodes;
}

/** The statements the signature query answers a phrase with (all of them, past its groups' first pages). */
async function answer(url: string, topic: string): Promise<ReturnedStatement[]> {
  const { statementsByRole } = await ask<{ statementsByRole: { statements: Page<ReturnedStatement> }[] }>(
    url,
    BY_ROLE,
    { topic },
  );
  if (statementsByRole.every((group) => !group.statements.pageInfo.hasNextPage)) {
    return statementsByRole.flatMap((group) => group.statements.nodes);
  }
  return allPages<ReturnedStatement>(url, ALL_ON_TOPIC, { topic });
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const fmt = (n: number) => n.toFixed(3);

const STANCES = ['SUPPORTS', 'OPPOSES', 'NEUTRAL', 'MIXED', 'UNCLEAR', 'none'];

/** Gold stance per row, returned stance per column: where the stance judge goes wrong. */
function confusionLines(confusion: Record<string, Record<string, number>>): string[] {
  const columns = STANCES.filter((stance) => Object.values(confusion).some((row) => row[stance]));
  const cell = (text: string | number) => String(text).padStart(9);
  return [
    `  ${'gold \\ returned'.padEnd(16)}${columns.map(cell).join('')}`,
    ...STANCES.filter((stance) => confusion[stance]).map(
      (stance) => `  ${stance.padEnd(16)}${columns.map((column) => cell(confusion[stance]![column] ?? 0)).join('')}`,
    ),
  ];
}

function summaryLines(summary: TopicSummary): string {
  return [
    `queries answered without error: ${summary.answered}/${summary.queries} (${fmt(summary.answeredShare)})`,
    `topic precision ${fmt(summary.precision)}  recall ${fmt(summary.recall)}  F1 ${fmt(summary.f1)}  ` +
      `(mean per-query F1 ${fmt(summary.meanQueryF1)})`,
    `stance accuracy ${fmt(summary.stanceAccuracy)} over ${summary.stanceJudged} matched statements`,
    ...confusionLines(summary.stanceConfusion),
    `extraction ceiling: ${fmt(summary.extractionCeiling)} of gold on-topic statements were extracted at all; ` +
      `recall within reach ${fmt(summary.recallWithinReach)}`,
  ].join('\n');
}

export async function runEvalTopicsCommand(argv: string[]): Promise<number> {
  let values: { json?: boolean; errors?: boolean; keep?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv.filter((a) => a !== '--'),
      allowPositionals: true,
      options: { json: { type: 'boolean' }, errors: { type: 'boolean' }, keep: { type: 'boolean' } },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (positionals.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const dir = resolve(REPO_ROOT, positionals[0] ?? '../shared/gold');
  const [articles, queries] = await Promise.all([readGoldSet(dir), readTopicQueries(dir)]);

  const serverUrl = process.env['DATABASE_URL'] || 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = `eval_topics_${Date.now()}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const db = createPrismaClient(url.toString());
  try {
    await applyMigrations(url.toString());
    const results = await ingestArticles(
      db,
      articles.map(({ article }) => ({ ...article, source: 'gold' })),
      { maxBodyChars: 200_000 },
    );
    const articleIds = new Map(articles.map(({ name: article }, i) => [article, results[i]!.article!.id]));
    const server = await startServer({
      db,
      port: 0,
      host: '127.0.0.1',
      maxArticleChars: 200_000,
      production: false,
      logger: createLogger({ level: 'silent' }),
    });
    const rows: { article: string; topic: string; score: QueryScore; error: string | null }[] = [];
    try {
      for (const { name: article, queries: asked, goldTexts } of queries) {
        const id = articleIds.get(article);
        const extracted =
          id === undefined
            ? []
            : (
                await allPages<{ text: string }>(server.url, OF_ARTICLE, {
                  article: Buffer.from(`Article:${id}`).toString('base64url'),
                })
              ).map((statement) => statement.text);
        for (const query of asked) {
          let returned: ReturnedStatement[] = [];
          let error: string | null = null;
          try {
            returned = await answer(server.url, query.topic);
          } catch (failure) {
            error = (failure as Error).message;
          }
          rows.push({
            article,
            topic: query.topic,
            score: scoreTopicQuery(query, goldTexts, returned, extracted),
            error,
          });
        }
      }
    } finally {
      await server.close();
    }
    const summary = summarise(
      rows.map((row) => row.score),
      rows.filter((row) => row.error === null).length,
    );
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ dir, summary, queries: rows })}\n`);
    } else {
      process.stdout.write(`${rows.length} queries on ${articles.length} articles from ${dir}\n\n`);
      process.stdout.write(`${'query'.padEnd(64)}   gold  found   P      R      F1     stance\n`);
      for (const { topic, score, error } of rows) {
        const c = score.counts;
        const stance = c.stanceJudged ? `${c.stanceRight}/${c.stanceJudged}` : '-';
        process.stdout.write(
          `${topic.slice(0, 64).padEnd(64)} ${String(c.gold).padStart(6)} ${String(c.returned).padStart(6)} ` +
            `${fmt(score.precision)}  ${fmt(score.recall)}  ${fmt(score.f1)}  ${stance}${error ? `  ERROR ${error}` : ''}\n`,
        );
        if (values.errors) {
          for (const text of score.missed) process.stdout.write(`    MISSED   ${text.slice(0, 110)}\n`);
          for (const text of score.spurious) process.stdout.write(`    SPURIOUS ${text.slice(0, 110)}\n`);
          for (const { text, expected, returned } of score.stances)
            if (returned !== expected)
              process.stdout.write(`    STANCE   ${expected} returned ${returned ?? 'none'}: ${text.slice(0, 90)}\n`);
        }
      }
      process.stdout.write(`\n${summaryLines(summary)}\n`);
    }
    return summary.answered === summary.queries ? 0 : 1;
  } finally {
    await db.$disconnect();
    if (!values.keep) await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    else process.stderr.write(`kept database ${url.toString()}\n`);
  }
}
