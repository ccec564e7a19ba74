// A newsroom's second subgraph for the composition test: its `Story` references our `Article` by id
// and our `Topic` by slug, and it adds `stories` to our `Actor`.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

export interface Story {
  id: string;
  title: string;
  /** Global IDs of our article and of the actors the story features; our topic's slug. */
  articleId: string;
  topicSlug: string;
  actorIds: string[];
}

export const STORIES_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])

  type Query {
    stories: [Story!]!
  }

  "A newsroom's story, built on the news service's articles."
  type Story @key(fields: "id") {
    id: ID!
    title: String!
    article: Article!
    topic: Topic!
    featuring: [Actor!]!
  }

  type Article @key(fields: "id", resolvable: false) {
    id: ID!
  }

  type Topic @key(fields: "slug", resolvable: false) {
    slug: String!
  }

  type Actor @key(fields: "id") {
    id: ID!
    "The newsroom's stories that feature this actor."
    stories: [Story!]!
  }
`;

export interface RunningSubgraph {
  url: string;
  close(): Promise<void>;
}

export async function startStoriesSubgraph(stories: Story[]): Promise<RunningSubgraph> {
  const schema = buildSubgraphSchema([
    {
      typeDefs: parse(STORIES_SDL),
      resolvers: {
        Query: { stories: () => stories },
        Story: {
          __resolveReference: ({ id }: { id: string }) => stories.find((story) => story.id === id) ?? null,
          article: (story: Story) => ({ id: story.articleId }),
          topic: (story: Story) => ({ slug: story.topicSlug }),
          featuring: (story: Story) => story.actorIds.map((id) => ({ id })),
        },
        Actor: {
          stories: ({ id }: { id: string }) => stories.filter((story) => story.actorIds.includes(id)),
        },
      },
    },
  ]);
  const server = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, close: () => server.stop() };
}
