// Composition with a real gateway: our subgraph and a newsroom's "stories" subgraph are composed by
// @apollo/composition (from the SDL each serves at `_service`), and @apollo/gateway serves the
// supergraph over HTTP. A query through it joins a story to our statements by role and back.
import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/graphql-client.ts';
import type { NewsServer } from '../support/news-server.ts';
import { startNewsServer } from '../support/news-server.ts';
import { startStoriesSubgraph, type RunningSubgraph, type Story } from './stories-subgraph.ts';

async function serviceSdl(url: string): Promise<string> {
  const response = await postGraphQL<{ _service: { sdl: string } }>(url, '{ _service { sdl } }');
  if (!response.data) throw new Error(`No SDL from ${url}: ${JSON.stringify(response.errors)}`);
  return response.data._service.sdl;
}

const JOINED = /* GraphQL */ `
  query StoriesWithStatementsByRole {
    stories {
      title
      article {
        headline
        source
      }
      topic {
        slug
        label
        roleStatements {
          role
          count
          statements(first: 1) {
            nodes {
              text
              speaker {
                name
                stories {
                  title
                }
              }
            }
          }
        }
      }
      featuring {
        name
        roles {
          title
        }
      }
    }
  }
`;

interface Joined {
  stories: {
    title: string;
    article: { headline: string; source: string | null };
    topic: {
      slug: string;
      label: string;
      roleStatements: {
        role: string;
        count: number;
        statements: { nodes: { text: string; speaker: { name: string; stories: { title: string }[] } }[] };
      }[];
    };
    featuring: { name: string; roles: { title: string }[] }[];
  }[];
}

describe('a supergraph of this service and a stories subgraph', () => {
  let news: NewsServer;
  let stories: RunningSubgraph;
  let gatewayServer: ApolloServer | undefined;
  let gatewayUrl: string;
  let seedHeadline: string;

  beforeAll(async () => {
    news = await startNewsServer({ federation: true });
    const found = await postGraphQL<{
      statementsByRole: {
        statements: { nodes: { speaker: { id: string; name: string }; article: { id: string; headline: string } }[] };
      }[];
    }>(
      news.url,
      `{ statementsByRole(topic: "nato-invitation") {
           statements(first: 100) { nodes { speaker { id name } article { id headline } } } } }`,
    );
    const statements = found.data!.statementsByRole.flatMap((group) => group.statements.nodes);
    const zelensky = statements.find((statement) => statement.speaker.name === 'Volodymyr Zelensky')!;
    seedHeadline = zelensky.article.headline;
    stories = await startStoriesSubgraph([
      {
        id: 'story-1',
        title: 'Kyiv presses for a NATO invitation',
        articleId: zelensky.article.id,
        topicSlug: 'nato-invitation',
        actorIds: [zelensky.speaker.id],
      },
    ] satisfies Story[]);

    const composition = composeServices([
      { name: 'news', url: news.url, typeDefs: parse(await serviceSdl(news.url)) },
      { name: 'stories', url: stories.url, typeDefs: parse(await serviceSdl(stories.url)) },
    ]);
    if (composition.errors) {
      throw new Error(`Composition failed:\n${composition.errors.map((error) => error.message).join('\n')}`);
    }
    gatewayServer = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composition.supergraphSdl }) });
    gatewayUrl = (await startStandaloneServer(gatewayServer, { listen: { port: 0, host: '127.0.0.1' } })).url;
  });

  afterAll(async () => {
    await gatewayServer?.stop();
    await stories?.close();
    await news?.close();
  });

  it('joins a story to our article, our statements by role, and back to the stories of each speaker', async () => {
    const response = await postGraphQL<Joined>(gatewayUrl, JOINED);
    expect(response.errors).toBeUndefined();
    const [story] = response.data!.stories;
    expect(story!.title).toBe('Kyiv presses for a NATO invitation');
    expect(story!.article.headline).toBe(seedHeadline);
    expect(story!.topic.slug).toBe('nato-invitation');

    const president = story!.topic.roleStatements.find((group) => group.role === 'Ukrainian President');
    expect(president?.count).toBeGreaterThan(0);
    const [statement] = president!.statements.nodes;
    expect(statement!.speaker.name).toBe('Volodymyr Zelensky');
    // Actor.stories comes from the stories subgraph: the planner went back there for our actor.
    expect(statement!.speaker.stories.map(({ title }) => title)).toEqual(['Kyiv presses for a NATO invitation']);

    const otherGroup = story!.topic.roleStatements.find((group) => group.role !== 'Ukrainian President');
    expect(otherGroup?.statements.nodes[0]?.speaker.stories).toEqual([]);

    expect(story!.featuring).toEqual([
      expect.objectContaining({
        name: 'Volodymyr Zelensky',
        roles: expect.arrayContaining([{ title: 'Ukrainian President' }]),
      }),
    ]);
  });
});
