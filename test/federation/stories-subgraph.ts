// A newsroom's Relay-style subgraph for the composition test, written as another team would: its own
// `Node` (an entity interface, Federation 2.3), `node`, `nodes`, `PageInfo` and connections. Its
// `Story` references our `Article`, `Topic` and actors, and it adds `stories` to our `Actor`. Like
// ours, it declares the other subgraph's Node types as key-only stubs, and its `node` answers their
// IDs with references. A third subgraph adds `annotations` to every Node through `@interfaceObject`.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { parse } from 'graphql';

export interface Story {
  /** The story's own global ID ("Story:n" in base64url, the Relay convention both subgraphs follow). */
  id: string;
  title: string;
  /** Global IDs of our article, topic and the actors the story features. */
  articleId: string;
  topicId: string;
  actorIds: string[];
}

export function storyId(n: number): string {
  return Buffer.from(`Story:${n}`).toString('base64url');
}

/** The news service's Node types, which this subgraph declares as stubs. */
const NEWS_NODE_TYPES = ['Article', 'Actor', 'Role', 'Statement', 'Event', 'Topic'];

export const STORIES_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@shareable"])

  type Query {
    node(id: ID!): Node @shareable
    nodes(ids: [ID!]!): [Node]! @shareable
    stories(first: Int, after: String): StoryConnection!
  }

  interface Node @key(fields: "id") {
    id: ID!
  }

  type PageInfo @shareable {
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
    endCursor: String
  }

  type StoryConnection {
    edges: [StoryEdge!]!
    nodes: [Story!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type StoryEdge {
    cursor: String!
    node: Story!
  }

  "A newsroom's story, built on the news service's articles."
  type Story implements Node @key(fields: "id") {
    id: ID!
    title: String!
    article: Article!
    topic: Topic!
    featuring: [Actor!]!
  }

  type Article implements Node @key(fields: "id") {
    id: ID!
  }
  type Actor implements Node @key(fields: "id") {
    id: ID!
    "The newsroom's stories that feature this actor."
    stories: [Story!]!
  }
  type Role implements Node @key(fields: "id") {
    id: ID!
  }
  type Statement implements Node @key(fields: "id") {
    id: ID!
  }
  type Event implements Node @key(fields: "id") {
    id: ID!
  }
  type Topic implements Node @key(fields: "id") {
    id: ID!
  }
`;

export const ANNOTATIONS_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@interfaceObject"])

  type Query {
    annotated: [Node!]!
  }

  "Any Node of the supergraph, whichever subgraph owns it."
  type Node @key(fields: "id") @interfaceObject {
    id: ID!
    "Editors' notes on this node."
    annotations: [String!]!
  }
`;

export interface RunningSubgraph {
  url: string;
  close(): Promise<void>;
}

async function serve(typeDefs: string, resolvers: GraphQLResolverMap<unknown>): Promise<RunningSubgraph> {
  const schema = buildSubgraphSchema([{ typeDefs: parse(typeDefs), resolvers }]);
  const server = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, close: () => server.stop() };
}

function typeNamedBy(id: string): string {
  return Buffer.from(id, 'base64url').toString('utf8').split(':')[0]!;
}

export function startStoriesSubgraph(stories: Story[]): Promise<RunningSubgraph> {
  const node = (id: string) => {
    const type = typeNamedBy(id);
    if (type === 'Story') return stories.find((story) => story.id === id) ?? null;
    return NEWS_NODE_TYPES.includes(type) ? { __typename: type, id } : null;
  };
  const cursor = (index: number) => Buffer.from(String(index)).toString('base64url');
  return serve(STORIES_SDL, {
    Query: {
      node: (_: unknown, { id }: { id: string }) => node(id),
      nodes: (_: unknown, { ids }: { ids: string[] }) => ids.map(node),
      stories: (_: unknown, { first = 20, after }: { first?: number; after?: string }) => {
        const start = after ? Number(Buffer.from(after, 'base64url').toString()) + 1 : 0;
        const page = stories.slice(start, start + first);
        return {
          edges: page.map((story, i) => ({ cursor: cursor(start + i), node: story })),
          nodes: page,
          totalCount: stories.length,
          pageInfo: {
            hasNextPage: start + page.length < stories.length,
            hasPreviousPage: start > 0,
            startCursor: page.length > 0 ? cursor(start) : null,
            endCursor: page.length > 0 ? cursor(start + page.length - 1) : null,
          },
        };
      },
    },
    Node: {
      __resolveType: (value: { __typename?: string }) => value.__typename ?? 'Story',
    },
    Story: {
      __resolveReference: ({ id }: { id: string }) => stories.find((story) => story.id === id) ?? null,
      article: (story: Story) => ({ id: story.articleId }),
      topic: (story: Story) => ({ id: story.topicId }),
      featuring: (story: Story) => story.actorIds.map((id) => ({ id })),
    },
    Actor: {
      stories: ({ id }: { id: string }) => stories.filter((story) => story.actorIds.includes(id)),
    },
  });
}

/** Editors' notes by global ID, on anyone's Nodes. */
export function startAnnotationsSubgraph(notes: Record<string, string[]>): Promise<RunningSubgraph> {
  return serve(ANNOTATIONS_SDL, {
    Query: { annotated: () => Object.keys(notes).map((id) => ({ id })) },
    Node: {
      __resolveReference: ({ id }: { id: string }) => ({ id }),
      annotations: ({ id }: { id: string }) => notes[id] ?? [],
    },
  });
}
