// Curation mutations over real HTTP: each changes what it says, loses nothing, and answers bad
// input with userErrors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingestion/ingest-article.ts';
import { postGraphQL } from '../support/graphql-client.ts';
import { startNewsServer, type NewsServer } from '../support/news-server.ts';

describe('curation', () => {
  let server: NewsServer;
  const run = async (document: string, variables: Record<string, unknown> = {}) => {
    const response = await postGraphQL<Record<string, any>>(server.url, document, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!;
  };
  const actorNamed = async (name: string) => {
    const data = await run(
      'query ($name: String!) { actors(filter: { name: $name }) { nodes { id name roles { id title } } } }',
      { name },
    );
    return data.actors.nodes[0];
  };

  beforeAll(async () => {
    server = await startNewsServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('re-attributes a statement to another speaker and role', async () => {
    const { statements } = await run(
      '{ statements(filter: { speakerName: "Reyes", kind: INDIRECT }) { nodes { id } } }',
    );
    const okafor = await actorNamed('Okafor');
    const data = await run(
      `mutation ($input: StatementReattributeInput!) {
        statementReattribute(input: $input) { statement { speaker { name } speakerRole } userErrors { field code } }
      }`,
      { input: { statementId: statements.nodes[0].id, speakerId: okafor.id, roleId: okafor.roles[0].id } },
    );
    expect(data.statementReattribute).toEqual({
      statement: { speaker: { name: 'Maria Okafor' }, speakerRole: 'Judge' },
      userErrors: [],
    });
    const stored = await server.db.statement.findFirstOrThrow({
      where: { speaker: { name: 'Maria Okafor' }, kind: 'INDIRECT' },
    });
    expect(stored.curated).toBe(true);
  });

  it('refuses a role that belongs to someone else, and IDs that are not IDs', async () => {
    const { statements } = await run('{ statements(filter: { speakerName: "Nair" }) { nodes { id } } }');
    const nair = await actorNamed('Nair');
    const okafor = await actorNamed('Okafor');
    const data = await run(
      `mutation ($input: StatementReattributeInput!) { statementReattribute(input: $input) { statement { id } userErrors { field message code } } }`,
      { input: { statementId: statements.nodes[0].id, speakerId: nair.id, roleId: okafor.roles[0].id } },
    );
    expect(data.statementReattribute.userErrors).toEqual([
      {
        field: ['input', 'roleId'],
        message: 'The role belongs to another actor than the new speaker',
        code: 'INVALID',
      },
    ]);
    const bad = await run(
      `mutation { statementReattribute(input: { statementId: "nonsense", speakerId: "nonsense" }) { userErrors { field code } } }`,
    );
    expect(bad.statementReattribute.userErrors).toEqual([
      { field: ['input', 'statementId'], code: 'INVALID' },
      { field: ['input', 'speakerId'], code: 'INVALID' },
    ]);
  });

  it('merges two actors without losing a statement, and later articles use the merged name', async () => {
    const reyes = await actorNamed('Daniel Reyes');
    const nair = await actorNamed('Priya Nair');
    const before = await server.db.statement.count();
    const spokenBoth = await server.db.statement.count({
      where: { speakerId: { in: [reyes.id, nair.id].map(decode) } },
    });
    const data = await run(
      `mutation ($input: ActorMergeInput!) {
        actorMerge(input: $input) { actor { name aliases roles { title } statements { totalCount } } userErrors { field } }
      }`,
      { input: { sourceId: reyes.id, targetId: nair.id } },
    );
    expect(data.actorMerge.userErrors).toEqual([]);
    expect(data.actorMerge.actor.name).toBe('Priya Nair');
    expect(data.actorMerge.actor.aliases).toContain('Daniel Reyes');
    expect(data.actorMerge.actor.roles.map((r: any) => r.title)).toEqual(
      expect.arrayContaining(['Chief Executive', 'Airport Spokesperson']),
    );
    expect(data.actorMerge.actor.statements.totalCount).toBe(spokenBoth);
    expect(await server.db.statement.count()).toBe(before);
    const gone = await run('query ($id: ID!) { node(id: $id) { id } }', { id: reyes.id });
    expect(gone.node).toBeNull();

    // A later article naming the merged actor lands on the target.
    await ingestArticle(
      server.db,
      {
        headline: 'Airport appeal filed',
        body: '“We have filed our appeal,” Daniel Reyes said on Monday.',
        publishedAt: '2024-09-20',
      },
      { maxBodyChars: 10_000 },
    );
    const merged = await actorNamed('Priya Nair');
    const after = await run('query ($id: ID!) { node(id: $id) { ... on Actor { statements { totalCount } } } }', {
      id: merged.id,
    });
    expect(after.node.statements.totalCount).toBe(spokenBoth + 1);
    expect(await server.db.actor.count({ where: { normalizedName: 'daniel reyes' } })).toBe(0);
  });

  it('adds aliases and Wikidata ids, refusing bad and duplicate ids', async () => {
    const pevkur = await actorNamed('Pevkur');
    const rutte = await actorNamed('Mark Rutte');
    const mutation = `mutation ($alias: ActorAliasAddInput!, $qid: ActorWikidataIdSetInput!) {
      actorAliasAdd(input: $alias) { actor { aliases } userErrors { field code } }
      actorWikidataIdSet(input: $qid) { actor { wikidataId } userErrors { field message } }
    }`;
    const first = await run(mutation, {
      alias: { actorId: pevkur.id, alias: 'Estonia’s defence chief' },
      qid: { actorId: pevkur.id, wikidataId: 'q3785430' },
    });
    expect(first.actorAliasAdd).toEqual({
      actor: { aliases: expect.arrayContaining(['Estonia’s defence chief']) },
      userErrors: [],
    });
    expect(first.actorWikidataIdSet).toEqual({ actor: { wikidataId: 'Q3785430' }, userErrors: [] });

    const taken = await run(mutation, {
      alias: { actorId: rutte.id, alias: '  ' },
      qid: { actorId: rutte.id, wikidataId: 'Q3785430' },
    });
    expect(taken.actorAliasAdd.userErrors).toEqual([{ field: ['input', 'alias'], code: 'REQUIRED' }]);
    expect(taken.actorWikidataIdSet.userErrors[0].message).toMatch(/Q3785430 already identifies "Hanno Pevkur"/);
    const malformed = await run(mutation, {
      alias: { actorId: rutte.id, alias: 'Rutte' },
      qid: { actorId: rutte.id, wikidataId: 'Rutte' },
    });
    expect(malformed.actorWikidataIdSet.userErrors[0].message).toMatch(/is not a Wikidata item id/);
  });

  it('corrects a role', async () => {
    const becker = (await server.db.role.findMany({ where: { title: { contains: 'Officer' } } }))[0];
    expect(becker).toBeDefined();
    const roleId = Buffer.from(`Role:${becker!.id}`).toString('base64url');
    const data = await run(
      `mutation ($input: RoleUpdateInput!) { roleUpdate(input: $input) { role { title kind organization } userErrors { field } } }`,
      { input: { roleId, title: 'Chief Financial Officer', kind: 'EXECUTIVE', organization: 'Solara Semiconductors' } },
    );
    expect(data.roleUpdate).toEqual({
      role: { title: 'Chief Financial Officer', kind: 'EXECUTIVE', organization: 'Solara Semiconductors' },
      userErrors: [],
    });
    expect((await server.db.role.findUniqueOrThrow({ where: { id: becker!.id } })).curated).toBe(true);
  });

  it('deletes an article with what only it supports, keeping shared actors', async () => {
    const { articles } = await run('{ articles(filter: { source: "Sports Desk" }) { nodes { id } } }');
    const petrovaBefore = await server.db.actor.count({ where: { name: 'Elena Petrova' } });
    expect(petrovaBefore).toBe(1);
    const data = await run(
      `mutation ($input: ArticleDeleteInput!) { articleDelete(input: $input) { deletedArticleId deletedActorCount deletedEventCount userErrors { field } } }`,
      { input: { articleId: articles.nodes[0].id } },
    );
    expect(data.articleDelete.deletedArticleId).toBe(articles.nodes[0].id);
    expect(data.articleDelete.deletedActorCount).toBeGreaterThanOrEqual(2);
    expect(await server.db.actor.count({ where: { name: 'Elena Petrova' } })).toBe(0);
    expect(await server.db.actor.count({ where: { name: 'Mark Rutte' } })).toBe(1);
    const again = await run(
      `mutation ($input: ArticleDeleteInput!) { articleDelete(input: $input) { deletedArticleId userErrors { field code } } }`,
      { input: { articleId: articles.nodes[0].id } },
    );
    expect(again.articleDelete).toEqual({
      deletedArticleId: null,
      userErrors: [{ field: ['input', 'articleId'], code: 'NOT_FOUND' }],
    });
  });
});

function decode(globalId: string): number {
  return Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);
}
