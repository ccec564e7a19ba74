// Issue 12, must-have 4: every forged or out-of-range read argument — cursors of another ordering,
// garbage cursors, NUL bytes, ids past PostgreSQL's integer range, strings far too long — is answered
// BAD_USER_INPUT naming the argument, never a 500, and leaves no error-level log line; %, _ and \ in
// text filters match literally.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startHardenedServer, type HardenedServer } from './support.ts';

const id = (type: string, n: number | string) => Buffer.from(`${type}:${n}`, 'utf8').toString('base64url');
const cursor = (parts: unknown) => Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
const OVER_INT = 2 ** 31 + 5;

let server: HardenedServer;
let dateCursor: string;

beforeAll(async () => {
  server = await startHardenedServer({ seed: true });
  const page = await post(server.url, {
    query: '{ statements(first: 1, orderBy: { field: DATE, direction: DESC }) { pageInfo { endCursor } } }',
  });
  dateCursor = (page.body.data as { statements: { pageInfo: { endCursor: string } } }).statements.pageInfo.endCursor;
});

afterAll(async () => {
  await server?.close();
});

/** [what, query, variables, the argument path the error names] */
const FORGED: [string, string, Record<string, unknown>, string[]][] = [
  [
    'a DATE cursor with RELEVANCE ordering',
    'query ($after: String) { statements(after: $after, filter: { search: "invitation" }, orderBy: { field: RELEVANCE, direction: DESC }) { totalCount } }',
    {},
    ['after'],
  ],
  ['a cursor that is not base64 JSON', '{ statements(after: "not-a-cursor!") { totalCount } }', {}, ['after']],
  [
    'a cursor of JSON garbage',
    'query ($c: String) { articles(before: $c) { totalCount } }',
    { c: cursor({ id: 'x' }) },
    ['before'],
  ],
  [
    'a cursor whose id is past the integer range',
    'query ($c: String) { actors(after: $c) { totalCount } }',
    { c: cursor(['actors', OVER_INT]) },
    ['after'],
  ],
  [
    'a cursor whose date is not a date',
    'query ($c: String) { events(after: $c, orderBy: { field: DATE, direction: ASC }) { totalCount } }',
    { c: cursor(['events-by-date', 'yesterday', 1]) },
    ['after'],
  ],
  [
    'a NUL byte in a name filter',
    'query ($n: String) { statements(filter: { speakerName: $n }) { totalCount } }',
    { n: 'Rut\u0000te' },
    ['filter', 'speakerName'],
  ],
  [
    'a NUL byte in a topic',
    'query ($t: String!) { statementsByRole(topic: $t) { role } }',
    { t: 'NATO\u0000' },
    ['topic'],
  ],
  [
    'a NUL byte in a search',
    'query ($s: String) { articles(filter: { search: $s }) { totalCount } }',
    { s: 'harbour\u0000' },
    ['filter', 'search'],
  ],
  [
    'a 1.1 MB filter string',
    'query ($s: String) { actors(filter: { country: $s }) { totalCount } }',
    { s: 'x'.repeat(1_100_000) },
    ['filter', 'country'],
  ],
  [
    'a 1.1 MB search string',
    'query ($s: String) { statements(filter: { search: $s }) { totalCount } }',
    { s: 'invitation '.repeat(100_000) },
    ['filter', 'search'],
  ],
];

describe('forged read arguments', () => {
  it.each(FORGED)('answer %s as BAD_USER_INPUT naming the argument', async (_what, query, variables, field) => {
    const answer = await post(server.url, {
      query: query.replace('$after', '$after').trim(),
      variables: { after: dateCursor, ...variables },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(answer.body.errors?.[0]?.extensions?.['field']).toEqual(field);
  });

  it('answers IDs past the integer range as unknown or bad input, never a fault', async () => {
    const node = await post(server.url, { query: `{ actor(id: "${id('Actor', OVER_INT)}") { name } }` });
    expect(node.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const filter = await post(server.url, {
      query: `{ statements(filter: { speakerId: "${id('Actor', OVER_INT)}" }) { totalCount } }`,
    });
    expect(filter.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const nodes = await post(server.url, { query: `{ nodes(ids: ["${id('Statement', OVER_INT)}"]) { id } }` });
    expect(nodes.body).toEqual({ data: { nodes: [null] } });
  });

  it('matches %, _ and \\ in text filters literally', async () => {
    const answer = await post(server.url, {
      query: `{
        bySource: articles(filter: { source: "%" }) { totalCount }
        byRole: statements(filter: { roleTitle: "_" }) { totalCount }
        bySpeaker: statements(filter: { speakerName: "%" }) { totalCount }
        byCountry: actors(filter: { country: "\\\\" }) { totalCount }
        byOrganization: actors(filter: { organization: "\\\\" }) { totalCount }
        byPlace: events(filter: { place: "%" }) { totalCount }
        all: articles { totalCount }
      }`,
    });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual({
      bySource: { totalCount: 0 },
      byRole: { totalCount: 0 },
      bySpeaker: { totalCount: 0 },
      byCountry: { totalCount: 0 },
      byOrganization: { totalCount: 0 },
      byPlace: { totalCount: 0 },
      all: { totalCount: 1 },
    });
  });

  it('logged none of it at error level', () => {
    expect(server.logs().filter((line) => Number(line['level']) >= 50)).toEqual([]);
  });
});
