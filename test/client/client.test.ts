// The typed client operations: each generated document is run against a real server through the
// example client, and its result checked against the type codegen generated for it (at run time,
// by walking the operation over the schema; at compile time, by the assertions tsc checks).
import { readFile } from 'node:fs/promises';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { SCHEMA_FILE } from '../../src/cli/commands/print-schema.ts';
import {
  ActorStatementsDocument,
  ActorStatementsPageDocument,
  IngestArticleDocument,
  StatementReattributeDocument,
  StatementsByRoleDocument,
  StatementsPageDocument,
  type ActorStatementsPageQuery,
  type ActorStatementsQuery,
  type IngestArticleMutation,
  type StatementReattributeMutation,
  type StatementsByRoleQuery,
  type StatementsPageQuery,
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

  it('StatementsPage: a page forwards, the next one after its end cursor, and one backwards', async () => {
    const first = await news.statementsPage({ first: 2 });
    expectTypeOf(first).toEqualTypeOf<StatementsPageQuery>();
    expect(resultProblems(schema, StatementsPageDocument, first)).toEqual([]);
    const next = await news.statementsPage({ first: 2, after: first.statements.pageInfo.endCursor });
    expect(resultProblems(schema, StatementsPageDocument, next)).toEqual([]);
    const both = await news.statementsPage({ first: 4 });
    expect([...first.statements.edges, ...next.statements.edges].map((edge) => edge.node.id)).toEqual(
      both.statements.edges.map((edge) => edge.node.id),
    );
    const back = await news.statementsPage({ last: 2, before: next.statements.pageInfo.startCursor });
    expect(back.statements.edges.map((edge) => edge.node.id)).toEqual(first.statements.edges.map((e) => e.node.id));
  });

  it('ActorStatementsPage: a nested page', async () => {
    const { actors } = await news.actorStatements({ name: 'Zelensky', first: 1 });
    const result = await news.actorStatementsPage({ id: actors.nodes[0]!.id, first: 2 });
    expectTypeOf(result).toEqualTypeOf<ActorStatementsPageQuery>();
    expect(resultProblems(schema, ActorStatementsPageDocument, result)).toEqual([]);
    expect(result.actor?.statements.edges).toHaveLength(2);
    expect(result.actor?.statements.pageInfo.hasNextPage).toBe(true);
  });

  it('StatementReattribute: a curation mutation, and its user errors', async () => {
    const { statements } = await news.statementsPage({ first: 1, filter: { speakerName: 'Rutte' } });
    const statement = statements.edges[0]!.node;
    const { actors } = await news.actorStatements({ name: 'Zelensky', first: 1 });
    const zelensky = actors.nodes[0]!;
    const moved = await news.statementReattribute({ input: { statementId: statement.id, speakerId: zelensky.id } });
    expectTypeOf(moved).toEqualTypeOf<StatementReattributeMutation>();
    expect(resultProblems(schema, StatementReattributeDocument, moved)).toEqual([]);
    expect(moved.statementReattribute.statement?.speaker).toEqual({ id: zelensky.id, name: 'Volodymyr Zelensky' });
    // Back to its speaker, so the other tests see the graph as it was.
    await news.statementReattribute({ input: { statementId: statement.id, speakerId: statement.speaker.id } });
    const refused = await news.statementReattribute({ input: { statementId: statement.id, speakerId: 'nope' } });
    expect(refused.statementReattribute.userErrors.map((error) => error.field)).toEqual([['input', 'speakerId']]);
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
