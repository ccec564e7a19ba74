// Issue 15, must-have 3: Apollo Client 4 with relayStylePagination, set up as the README tells a
// frontend developer (src/client/caches/apollo-client.ts), against a real server: pages merge
// forwards and backwards through fetchMore, a nested connection pages, and a curation mutation
// updates a watched query from the normalised cache, with no warning printed and no request refused.
import type { ObservableQuery, OperationVariables } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createApolloClient } from '../../src/client/caches/apollo-client.ts';
import {
  ActorStatementsDocument,
  ActorStatementsPageDocument,
  StatementReattributeDocument,
  StatementsByRoleDocument,
  StatementsPageDocument,
} from '../../src/client/generated/operations.ts';
import { eventually, pageIds, statementIds, useClientTraffic } from './client-traffic.ts';

describe('Apollo Client with relayStylePagination', () => {
  const traffic = useClientTraffic();
  const { sent } = traffic;
  const client = () => createApolloClient(traffic.server.url, { fetch: traffic.fetch });

  /** Watches a query and keeps every complete result it delivers. */
  function watching<T, V extends OperationVariables>(query: ObservableQuery<T, V>) {
    const results: T[] = [];
    const subscription = query.subscribe((result) => {
      if (result.dataState === 'complete') results.push(result.data as T);
    });
    return { results, stop: () => subscription.unsubscribe() };
  }

  it('runs the example operations', async () => {
    const apollo = client();
    const byRole = await apollo.query({
      query: StatementsByRoleDocument,
      variables: { topic: 'NATO invitation', first: 2 },
    });
    expect(byRole.data?.statementsByRole.length).toBeGreaterThan(1);
    const actor = await apollo.query({ query: ActorStatementsDocument, variables: { name: 'Zelensky', first: 3 } });
    expect(actor.data?.actors.nodes[0]?.name).toBe('Volodymyr Zelensky');
  });

  it('merges pages forwards with fetchMore', async () => {
    const watch = apolloWatch(client(), { first: 3 });
    try {
      const first = await eventually(() => watch.results[0]);
      await watch.query.fetchMore({ variables: { after: first.statements.pageInfo.endCursor } });
      const merged = await eventually(() => watch.results.find((result) => pageIds(result).length === 6));
      expect(pageIds(merged)).toEqual(await statementIds(traffic.server.url, { first: 6 }));
      expect(merged.statements.pageInfo.hasNextPage).toBe(true);
    } finally {
      watch.stop();
    }
  });

  it('merges pages backwards with fetchMore', async () => {
    const watch = apolloWatch(client(), { last: 3 });
    try {
      const last = await eventually(() => watch.results[0]);
      await watch.query.fetchMore({ variables: { before: last.statements.pageInfo.startCursor } });
      const merged = await eventually(() => watch.results.find((result) => pageIds(result).length === 6));
      expect(pageIds(merged)).toEqual(await statementIds(traffic.server.url, { last: 6 }));
    } finally {
      watch.stop();
    }
  });

  it('pages a connection nested in a node', async () => {
    const apollo = client();
    const actor = await apollo.query({ query: ActorStatementsDocument, variables: { name: 'Zelensky', first: 1 } });
    const id = actor.data!.actors.nodes[0]!.id;
    const query = apollo.watchQuery({ query: ActorStatementsPageDocument, variables: { id, first: 2 } });
    const watch = watching(query);
    try {
      const page = await eventually(() => watch.results[0]);
      await query.fetchMore({ variables: { after: page.actor!.statements.pageInfo.endCursor } });
      const merged = await eventually(() =>
        watch.results.find((result) => result.actor!.statements.edges.length === 4),
      );
      expect(merged.actor!.statements.edges.map((edge) => edge.node.id)).toEqual(
        await statementIds(traffic.server.url, { first: 4, filter: { speakerId: id } }),
      );
    } finally {
      watch.stop();
    }
  });

  it('updates a watched query from the mutation result, without asking again', async () => {
    const apollo = client();
    const watch = apolloWatch(apollo, { first: 3 });
    try {
      const shown = await eventually(() => watch.results[0]);
      const statement = shown.statements.edges[0]!.node;
      const other = await apollo.query({ query: ActorStatementsDocument, variables: { name: 'Rutte', first: 1 } });
      const rutte = other.data!.actors.nodes[0]!;
      expect(statement.speaker.id).not.toBe(rutte.id);

      sent.length = 0;
      const moved = await apollo.mutate({
        mutation: StatementReattributeDocument,
        variables: { input: { statementId: statement.id, speakerId: rutte.id } },
      });
      expect(moved.data?.statementReattribute.userErrors).toEqual([]);
      const updated = await eventually(() =>
        watch.results.find((result) => result.statements.edges[0]!.node.speaker.id === rutte.id),
      );
      expect(updated.statements.edges[0]!.node.speaker.name).toBe('Mark Rutte');
      expect(sent.map((request) => `${request.method} ${request.operationName}`)).toEqual([
        'POST StatementReattribute',
      ]);
    } finally {
      watch.stop();
    }
  });

  function apolloWatch(apollo: ReturnType<typeof client>, variables: { first?: number; last?: number }) {
    const query = apollo.watchQuery({ query: StatementsPageDocument, variables });
    return { query, ...watching(query) };
  }
});
