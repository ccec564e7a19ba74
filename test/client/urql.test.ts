// Issue 15, must-have 3: urql 6 with graphcache, set up as the README tells a frontend developer
// (src/client/caches/urql-client.ts), against a real server: queries go as GET with urql's defaults,
// pages merge forwards and backwards, a nested connection pages, and a curation mutation updates a
// watched query from the cache, with no warning printed and no request refused.
import { describe, expect, it } from 'vitest';
import { createUrqlClient } from '../../src/client/caches/urql-client.ts';
import {
  ActorStatementsDocument,
  ActorStatementsPageDocument,
  StatementReattributeDocument,
  StatementsByRoleDocument,
  StatementsPageDocument,
  type StatementsPageQuery,
} from '../../src/client/generated/operations.ts';
import { eventually, pageIds, statementIds, useClientTraffic } from './client-traffic.ts';

describe('urql with graphcache', () => {
  const traffic = useClientTraffic();
  const { sent } = traffic;
  const client = () => createUrqlClient(traffic.server.url, { fetch: traffic.fetch });

  it('runs the example operations as GET, keying every object it gets', async () => {
    const urql = client();
    sent.length = 0;
    const byRole = await urql.query(StatementsByRoleDocument, { topic: 'NATO invitation', first: 2 }).toPromise();
    expect(byRole.error).toBeUndefined();
    expect(byRole.data?.statementsByRole.length).toBeGreaterThan(1);
    const actor = await urql.query(ActorStatementsDocument, { name: 'Zelensky', first: 3 }).toPromise();
    expect(actor.data?.actors.nodes[0]?.name).toBe('Volodymyr Zelensky');
    expect(sent.map((request) => request.method)).toEqual(['GET', 'GET']);
  });

  it('merges pages forwards', async () => {
    const urql = client();
    const first = await urql.query(StatementsPageDocument, { first: 3 }).toPromise();
    const end = first.data!.statements.pageInfo.endCursor;
    const merged = await urql.query(StatementsPageDocument, { first: 3, after: end }).toPromise();
    expect(pageIds(merged.data)).toHaveLength(6);
    expect(pageIds(merged.data)).toEqual(await statementIds(traffic.server.url, { first: 6 }));
    expect(merged.data!.statements.pageInfo.hasNextPage).toBe(true);
  });

  it('merges pages backwards', async () => {
    const urql = client();
    const last = await urql.query(StatementsPageDocument, { last: 3 }).toPromise();
    expect(last.data!.statements.pageInfo.hasNextPage).toBe(false);
    const start = last.data!.statements.pageInfo.startCursor;
    const merged = await urql.query(StatementsPageDocument, { last: 3, before: start }).toPromise();
    expect(pageIds(merged.data)).toEqual(await statementIds(traffic.server.url, { last: 6 }));
  });

  it('pages a connection nested in a node', async () => {
    const urql = client();
    const actor = await urql.query(ActorStatementsDocument, { name: 'Zelensky', first: 1 }).toPromise();
    const id = actor.data!.actors.nodes[0]!.id;
    const page = await urql.query(ActorStatementsPageDocument, { id, first: 2 }).toPromise();
    const end = page.data!.actor!.statements.pageInfo.endCursor;
    const merged = await urql.query(ActorStatementsPageDocument, { id, first: 2, after: end }).toPromise();
    expect(merged.data!.actor!.statements.edges.map((edge) => edge.node.id)).toEqual(
      await statementIds(traffic.server.url, { first: 4, filter: { speakerId: id } }),
    );
  });

  it('updates a watched query from the mutation result, without asking again', async () => {
    const urql = client();
    const results: StatementsPageQuery[] = [];
    const watch = urql.query(StatementsPageDocument, { first: 3 }).subscribe((result) => {
      if (result.data) results.push(result.data);
    });
    try {
      const shown = await eventually(() => results[0]);
      const statement = shown.statements.edges[0]!.node;
      const other = await urql.query(ActorStatementsDocument, { name: 'Rutte', first: 1 }).toPromise();
      const rutte = other.data!.actors.nodes[0]!;
      expect(statement.speaker.id).not.toBe(rutte.id);

      sent.length = 0;
      const moved = await urql
        .mutation(StatementReattributeDocument, { input: { statementId: statement.id, speakerId: rutte.id } })
        .toPromise();
      expect(moved.data?.statementReattribute.userErrors).toEqual([]);
      const updated = await eventually(() =>
        results.find((result) => result.statements.edges[0]!.node.speaker.id === rutte.id),
      );
      expect(updated.statements.edges[0]!.node.speaker.name).toBe('Mark Rutte');
      expect(sent.map((request) => `${request.method} ${request.operationName}`)).toEqual([
        'POST StatementReattribute',
      ]);
    } finally {
      watch.unsubscribe();
    }
  });
});
