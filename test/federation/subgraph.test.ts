// The service as an Apollo Federation v2 subgraph: `_service { sdl }` carries the `@key`s, and
// `_entities` resolves references through the request's DataLoaders.
import type { GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { buildFederatedSchema } from '../../src/graphql/federation/build-subgraph-schema.ts';
import { getSchema } from '../../src/graphql/schema.ts';
import { postGraphQL } from '../support/graphql-client.ts';
import { startNewsServer, type NewsServer } from '../support/news-server.ts';

interface Entity {
  __typename: string;
  id?: string;
  headline?: string;
  name?: string;
  text?: string;
  description?: string;
  slug?: string;
  label?: string;
}

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Article {
        id
        headline
      }
      ... on Actor {
        id
        name
      }
      ... on Statement {
        id
        text
        speaker {
          name
        }
      }
      ... on Event {
        id
        description
      }
      ... on Topic {
        id
        slug
        label
      }
    }
  }
`;

describe('the federated subgraph', () => {
  let subgraph: NewsServer;
  beforeAll(async () => {
    subgraph = await startNewsServer({ federation: true });
  });
  afterAll(async () => {
    await subgraph?.close();
  });

  it('prints its SDL with the federation link and an @key on every entity', async () => {
    const response = await postGraphQL<{ _service: { sdl: string } }>(subgraph.url, '{ _service { sdl } }');
    expect(response.errors).toBeUndefined();
    const sdl = response.data!._service.sdl;
    expect(sdl).toMatch(
      /@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+", import: \["@key", "@shareable"\]\)/,
    );
    for (const type of ['Article', 'Actor', 'Role', 'Statement', 'Event']) {
      expect(sdl).toMatch(new RegExp(`type ${type} implements Node @key\\(fields: "id"\\) \\{`));
    }
    // Relay conventions another Relay-style subgraph shares (issue 15): Node is an entity
    // interface, node/nodes and PageInfo are shareable.
    expect(sdl).toMatch(/interface Node @key\(fields: "id"\) \{/);
    expect(sdl).toMatch(/type PageInfo @shareable \{/);
    expect(sdl).toMatch(/\n\s+node\([^)]*\): Node @shareable\n/);
    expect(sdl).toMatch(/\n\s+nodes\([^)]*\): \[Node\]! @shareable\n/);
    expect(sdl).toMatch(/type Topic implements Node @key\(fields: "id"\) @key\(fields: "slug"\) \{/);
    // The rest of the schema is the plain one: the signature query is there.
    expect(sdl).toContain('statementsByRole(');
  });

  it('resolves references of every entity type, batching each type into one SQL statement', async () => {
    const ids = await postGraphQL<{
      articles: { nodes: { id: string }[] };
      actors: { nodes: { id: string; name: string }[] };
      statements: { nodes: { id: string }[] };
      events: { nodes: { id: string }[] };
      topics: { nodes: { id: string; slug: string }[] };
    }>(
      subgraph.url,
      `{ articles(first: 3) { nodes { id } } actors(first: 3) { nodes { id name } }
         statements(first: 4) { nodes { id } } events(first: 2) { nodes { id } }
         topics(first: 2) { nodes { id slug } } }`,
    );
    expect(ids.errors).toBeUndefined();
    const data = ids.data!;
    expect(data.articles.nodes).toHaveLength(3);
    expect(data.statements.nodes).toHaveLength(4);
    const [topicById, topicBySlug] = data.topics.nodes;
    const representations = [
      ...data.articles.nodes.map(({ id }) => ({ __typename: 'Article', id })),
      ...data.actors.nodes.map(({ id }) => ({ __typename: 'Actor', id })),
      ...data.statements.nodes.map(({ id }) => ({ __typename: 'Statement', id })),
      ...data.events.nodes.map(({ id }) => ({ __typename: 'Event', id })),
      { __typename: 'Topic', id: topicById!.id },
      { __typename: 'Topic', slug: topicBySlug!.slug },
      // Not ours, or gone: null, not an error.
      { __typename: 'Article', id: data.actors.nodes[0]!.id },
      { __typename: 'Topic', slug: 'no-such-topic' },
    ];

    subgraph.sqlStatements.length = 0;
    const response = await postGraphQL<{ _entities: (Entity | null)[] }>(subgraph.url, ENTITIES, { representations });
    expect(response.errors).toBeUndefined();
    const entities = response.data!._entities;
    expect(entities).toHaveLength(representations.length);
    entities.slice(0, -2).forEach((entity, index) => {
      const representation = representations[index]!;
      expect(entity?.__typename).toBe(representation.__typename);
      if ('id' in representation) expect(entity?.id).toBe(representation.id);
      else expect(entity?.slug).toBe(representation.slug);
    });
    expect(entities.slice(-2)).toEqual([null, null]);
    expect(entities.slice(3, 6).map((actor) => actor?.name)).toEqual(data.actors.nodes.map(({ name }) => name));

    // One statement per loader: articles, actors, statements, events, topics by id, topics by slug,
    // and the statements' speakers (actors again, a second round of the same loader).
    const selects = subgraph.sqlStatements.filter((sql) => /^\s*SELECT/i.test(sql));
    expect(selects.length, selects.join('\n')).toBeLessThanOrEqual(7);
  });
});

describe('the plain server', () => {
  let plain: NewsServer;
  beforeAll(async () => {
    plain = await startNewsServer();
  });
  afterAll(async () => {
    await plain?.close();
  });

  it('has no federation fields', async () => {
    const response = await postGraphQL(plain.url, '{ _service { sdl } }');
    expect(response.errors?.[0]?.message).toMatch(/Cannot query field "_service"/);
  });
});

describe('foreign Node types', () => {
  it('are read from FEDERATION_FOREIGN_NODE_TYPES and checked before they become stubs', async () => {
    expect(readConfig({ FEDERATION_FOREIGN_NODE_TYPES: 'Story, Desk' }).federationForeignNodeTypes).toEqual([
      'Story',
      'Desk',
    ]);
    const plain = await getSchema();
    expect(() => buildFederatedSchema(plain, { foreignNodeTypes: ['Article'] })).toThrow(
      /"Article" is a type of this subgraph/,
    );
    expect(() => buildFederatedSchema(plain, { foreignNodeTypes: ['Story desk'] })).toThrow(/not a GraphQL type name/);
    const federated = buildFederatedSchema(plain, { foreignNodeTypes: ['Story'] });
    expect(Object.keys((federated.getType('Story') as GraphQLObjectType).getFields())).toEqual(['id']);
  });
});
