// Composition with a real gateway (issue 15, must-have 4): our subgraph, a newsroom's Relay-style
// "stories" subgraph with its own Node, node, nodes, PageInfo and connections, and an "annotations"
// subgraph adding a field to every Node through @interfaceObject, are composed by
// @apollo/composition (from the SDL each serves at `_service`) and served by @apollo/gateway. Queries
// through it join a story to our statements by role and back, page both subgraphs' connections, and
// fetch Nodes of either subgraph with `node(id:)`/`nodes(ids:)`. Nothing may leave this machine
// (vitest.config.ts sets APOLLO_TELEMETRY_DISABLED for the gateway's usage metrics).
import dns from 'node:dns';
import net from 'node:net';
import { composeServices, type CompositionResult } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/graphql-client.ts';
import { startNewsServer, type NewsServer } from '../support/news-server.ts';
import {
  startAnnotationsSubgraph,
  startStoriesSubgraph,
  storyId,
  type RunningSubgraph,
  type Story,
} from './stories-subgraph.ts';

async function serviceSdl(url: string): Promise<string> {
  const response = await postGraphQL<{ _service: { sdl: string } }>(url, '{ _service { sdl } }');
  if (!response.data) throw new Error(`No SDL from ${url}: ${JSON.stringify(response.errors)}`);
  return response.data._service.sdl;
}

/** Every host this process connects to, or looks up, while the supergraph runs. */
function recordConnections(): { hosts: Set<string>; stop(): void } {
  const hosts = new Set<string>();
  const connect = net.Socket.prototype.connect;
  const lookup = dns.lookup;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    // Node passes its own calls normalised, as one array of [options, callback].
    const [first] = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
    const options = (typeof first === 'object' && first !== null ? first : { host: args[1] }) as {
      host?: string;
      path?: string | null;
    };
    hosts.add(options.path ? `unix:${options.path}` : String(options.host ?? 'localhost'));
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
  dns.lookup = ((hostname: string, ...rest: unknown[]) => {
    hosts.add(hostname);
    return (lookup as (...a: unknown[]) => void)(hostname, ...rest);
  }) as typeof dns.lookup;
  return {
    hosts,
    stop() {
      net.Socket.prototype.connect = connect;
      dns.lookup = lookup;
    },
  };
}

const JOINED = /* GraphQL */ `
  query StoriesWithStatementsByRole {
    stories(first: 5) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
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
              pageInfo {
                hasNextPage
              }
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
  }
`;

interface Joined {
  stories: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: {
      title: string;
      article: { headline: string; source: string | null };
      topic: {
        slug: string;
        label: string;
        roleStatements: {
          role: string;
          count: number;
          statements: {
            pageInfo: { hasNextPage: boolean };
            nodes: { text: string; speaker: { name: string; stories: { title: string }[] } }[];
          };
        }[];
      };
      featuring: { name: string; roles: { title: string }[] }[];
    }[];
  };
}

const NODES = /* GraphQL */ `
  query Nodes($story: ID!, $article: ID!, $actor: ID!) {
    story: node(id: $story) {
      __typename
      id
      annotations
      ... on Story {
        title
        article {
          headline
        }
      }
    }
    article: node(id: $article) {
      __typename
      id
      annotations
      ... on Article {
        headline
      }
    }
    both: nodes(ids: [$story, $actor]) {
      __typename
      id
      ... on Story {
        title
      }
      ... on Actor {
        name
        stories {
          title
        }
      }
    }
  }
`;

describe('a Relay-style supergraph of this service, a stories subgraph and an annotations subgraph', () => {
  let news: NewsServer;
  let stories: RunningSubgraph;
  let annotations: RunningSubgraph;
  let composition: CompositionResult;
  let gatewayServer: ApolloServer | undefined;
  let gatewayUrl: string;
  let connections: ReturnType<typeof recordConnections>;
  let zelensky: { actorId: string; articleId: string; headline: string };

  beforeAll(async () => {
    connections = recordConnections();
    news = await startNewsServer({ federation: true, federationForeignNodeTypes: ['Story'] });
    const found = await postGraphQL<{
      topic: { id: string };
      statementsByRole: {
        statements: { nodes: { speaker: { id: string; name: string }; article: { id: string; headline: string } }[] };
      }[];
    }>(
      news.url,
      `{ topic(slug: "nato-invitation") { id }
         statementsByRole(topic: "nato-invitation") {
           statements(first: 100) { nodes { speaker { id name } article { id headline } } } } }`,
    );
    const statement = found
      .data!.statementsByRole.flatMap((group) => group.statements.nodes)
      .find((candidate) => candidate.speaker.name === 'Volodymyr Zelensky')!;
    zelensky = { actorId: statement.speaker.id, articleId: statement.article.id, headline: statement.article.headline };
    stories = await startStoriesSubgraph([
      {
        id: storyId(1),
        title: 'Kyiv presses for a NATO invitation',
        articleId: zelensky.articleId,
        topicId: found.data!.topic.id,
        actorIds: [zelensky.actorId],
      },
    ] satisfies Story[]);
    annotations = await startAnnotationsSubgraph({
      [storyId(1)]: ['lead story, Thursday'],
      [zelensky.articleId]: ['checked against the wire copy'],
    });

    composition = composeServices([
      { name: 'news', url: news.url, typeDefs: parse(await serviceSdl(news.url)) },
      { name: 'stories', url: stories.url, typeDefs: parse(await serviceSdl(stories.url)) },
      { name: 'annotations', url: annotations.url, typeDefs: parse(await serviceSdl(annotations.url)) },
    ]);
    if (composition.errors) {
      throw new Error(`Composition failed:\n${composition.errors.map((error) => error.message).join('\n')}`);
    }
    gatewayServer = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composition.supergraphSdl }) });
    gatewayUrl = (await startStandaloneServer(gatewayServer, { listen: { port: 0, host: '127.0.0.1' } })).url;
  });

  afterAll(async () => {
    await gatewayServer?.stop();
    await Promise.all([stories?.close(), annotations?.close()]);
    await news?.close();
    connections?.stop();
  });

  it('composes without errors', () => {
    expect(composition.errors).toBeUndefined();
    expect(composition.supergraphSdl).toMatch(/interface Node\s[^{]*@join__type\(graph: NEWS, key: "id"\)/);
  });

  it('joins a story to our article, our statements by role, and back to the stories of each speaker', async () => {
    const response = await postGraphQL<Joined>(gatewayUrl, JOINED);
    expect(response.errors).toBeUndefined();
    const { stories: page } = response.data!;
    expect(page.totalCount).toBe(1);
    expect(page.pageInfo.hasNextPage).toBe(false);
    const [story] = page.nodes;
    expect(story!.title).toBe('Kyiv presses for a NATO invitation');
    expect(story!.article.headline).toBe(zelensky.headline);
    expect(story!.topic.slug).toBe('nato-invitation');

    const president = story!.topic.roleStatements.find((group) => group.role === 'Ukrainian President');
    expect(president?.count).toBeGreaterThan(1);
    expect(president?.statements.pageInfo.hasNextPage).toBe(true);
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

  it('fetches any Node with node(id:) and nodes(ids:), whichever subgraph owns it', async () => {
    const response = await postGraphQL(gatewayUrl, NODES, {
      story: storyId(1),
      article: zelensky.articleId,
      actor: zelensky.actorId,
    });
    expect(response).toEqual({
      data: {
        story: {
          __typename: 'Story',
          id: storyId(1),
          annotations: ['lead story, Thursday'],
          title: 'Kyiv presses for a NATO invitation',
          article: { headline: zelensky.headline },
        },
        article: {
          __typename: 'Article',
          id: zelensky.articleId,
          annotations: ['checked against the wire copy'],
          headline: zelensky.headline,
        },
        both: [
          { __typename: 'Story', id: storyId(1), title: 'Kyiv presses for a NATO invitation' },
          {
            __typename: 'Actor',
            id: zelensky.actorId,
            name: 'Volodymyr Zelensky',
            stories: [{ title: 'Kyiv presses for a NATO invitation' }],
          },
        ],
      },
    });
  });

  it("has each subgraph's own node(id:) type the other's IDs, so the router may ask either", async () => {
    const query = 'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }';
    const ids = [storyId(1), zelensky.articleId, storyId(2)];
    const expected = {
      data: {
        nodes: [
          { __typename: 'Story', id: storyId(1) },
          { __typename: 'Article', id: zelensky.articleId },
          { __typename: 'Story', id: storyId(2) },
        ],
      },
    };
    expect(await postGraphQL(news.url, query, { ids })).toEqual(expected);
    // The stories subgraph knows its stories: the one it lacks is null there.
    expect(await postGraphQL(stories.url, query, { ids })).toEqual({
      data: { nodes: [expected.data.nodes[0], expected.data.nodes[1], null] },
    });
    // Our `Node` entity resolves what an @interfaceObject subgraph sends: our rows and foreign references.
    const entities = await postGraphQL(
      news.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Node { id } ... on Article { headline } } }',
      {
        r: [
          { __typename: 'Node', id: zelensky.articleId },
          { __typename: 'Node', id: storyId(1) },
        ],
      },
    );
    expect(entities).toEqual({
      data: {
        _entities: [
          { __typename: 'Article', id: zelensky.articleId, headline: zelensky.headline },
          { __typename: 'Story', id: storyId(1) },
        ],
      },
    });
  });

  it('opens no connection beyond this machine', () => {
    expect([...connections.hosts].filter((host) => !['127.0.0.1', 'localhost', '::1'].includes(host))).toEqual([]);
    expect(connections.hosts.size).toBeGreaterThan(0);
  });
});
