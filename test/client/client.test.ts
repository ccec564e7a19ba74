// The typed client operations: each generated document is run against a real server through the
// example client, and its result checked against the type codegen generated for it (at run time,
// by walking the operation over the schema; at compile time, by the assertions tsc checks).
import { readFile } from 'node:fs/promises';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { SCHEMA_FILE } from '../../src/cli/commands/print-schema.ts';
import {
  ActorStatementsDocument,
  IngestArticleDocument,
  StatementsByRoleDocument,
  type ActorStatementsQuery,
  type IngestArticleMutation,
  type StatementsByRoleQuery,
} from '../../src/client/generated/operations.ts';
import { createNewsClient, type NewsClient } from '../../src/client/news-client.ts';
import { startNewsServer, type NewsServer } from '../support/news-server.ts';
import { resultProblems } from './result-shape.ts';

describe('the typed client operations', () => {
  let server: NewsServer;
  let news: NewsClient;
  let schema: ReturnType<typeof buildSchema>;

  beforeAll(async () => {
    server = await startNewsServer();
    news = createNewsClient(server.url);
    // The committed SDL codegen generated the types from (test/graphql/codegen.test.ts keeps it current).
    schema = buildSchema(await readFile(SCHEMA_FILE, 'utf8'));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('StatementsByRole: the signature query', async () => {
    const result = await news.statementsByRole({ topic: 'NATO invitation', first: 2 });
    expectTypeOf(result).toEqualTypeOf<StatementsByRoleQuery>();
    expect(resultProblems(schema, StatementsByRoleDocument, result)).toEqual([]);
    const president = result.statementsByRole.find((group) => group.role === 'Ukrainian President');
    expect(president?.roleKind).toBe('HEAD_OF_STATE');
    expect(president?.statements.nodes[0]?.speaker.name).toBe('Volodymyr Zelensky');
  });

  it('ActorStatements: an actor with roles and statements', async () => {
    const result = await news.actorStatements({ name: 'Zelensky', first: 3 });
    expectTypeOf(result).toEqualTypeOf<ActorStatementsQuery>();
    expect(resultProblems(schema, ActorStatementsDocument, result)).toEqual([]);
    const [zelensky] = result.actors.nodes;
    expect(zelensky?.name).toBe('Volodymyr Zelensky');
    expect(zelensky?.kind).toBe('PERSON');
    expect(zelensky?.statements.nodes.length).toBeGreaterThan(0);
  });

  it('IngestArticle: a new article, then its user errors', async () => {
    const created = await news.ingestArticle({
      input: {
        headline: 'Minister backs the plan',
        body: '"We will support the plan," the Estonian Foreign Minister Margus Tsahkna said on Tuesday.',
        source: 'Typed client test',
        publishedAt: '2024-10-15T09:00:00Z',
      },
    });
    expectTypeOf(created).toEqualTypeOf<IngestArticleMutation>();
    expect(resultProblems(schema, IngestArticleDocument, created)).toEqual([]);
    expect(created.ingestArticle.userErrors).toEqual([]);
    expect(created.ingestArticle.article?.headline).toBe('Minister backs the plan');

    const rejected = await news.ingestArticle({ input: { headline: '', body: '' } });
    expect(resultProblems(schema, IngestArticleDocument, rejected)).toEqual([]);
    expect(rejected.ingestArticle.article).toBeNull();
    expect(rejected.ingestArticle.userErrors.length).toBeGreaterThan(0);
  });

  it('the checker catches a result that does not fit the type', () => {
    const wrong = { statementsByRole: [{ role: null, roleKind: 'KING', count: 1.5, statements: { nodes: [] } }] };
    expect(resultProblems(schema, StatementsByRoleDocument, wrong)).toEqual([
      'StatementsByRole.statementsByRole[0].role: null in a non-null field',
      'StatementsByRole.statementsByRole[0].roleKind: "KING" is not a RoleKind',
      'StatementsByRole.statementsByRole[0].count: 1.5 is not a Int',
    ]);
  });
});
