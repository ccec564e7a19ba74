// The probes of issue 12, as a bounded, repeatable script: each tries what an attacker or an unlucky
// operator would and counts what went wrong — wrong answers, faults (5xx or INTERNAL_SERVER_ERROR),
// requests that ran when they should have been refused, leaks, lost or duplicated writes.
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ask, isFault, type Answer, type ProbeTarget } from './probe-target.ts';

export interface ProbeRow {
  probe: string;
  attempts: number;
  /** Answers that were wrong, leaked, or ran when they should have been refused. */
  wrong: number;
  faults: number;
  note: string;
}

const gid = (type: string, n: number | string) => Buffer.from(`${type}:${n}`).toString('base64url');
const cursor = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');

/** Runs `tasks` with `concurrency` in flight. */
async function inParallel(tasks: (() => Promise<void>)[], concurrency: number): Promise<void> {
  const queue = [...tasks];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let task = queue.shift(); task; task = queue.shift()) await task();
    }),
  );
}

type Known = { actors: { id: string; name: string }[]; topics: { slug: string; label: string }[] };

async function known(target: ProbeTarget): Promise<Known> {
  const answer = await ask(target, {
    query: '{ actors(first: 60) { nodes { id name } } topics(first: 30) { nodes { slug label } } }',
  });
  const data = answer.body.data as { actors: { nodes: Known['actors'] }; topics: { nodes: Known['topics'] } };
  return { actors: data.actors.nodes, topics: data.topics.nodes };
}

/** 8 clients reading what is known to be there while others ingest; then again after the pool idled out. */
export async function concurrentReadsAndIngests(target: ProbeTarget): Promise<ProbeRow[]> {
  const { actors, topics } = await known(target);
  let wrong = 0;
  let faults = 0;
  const read = (i: number) => async () => {
    const actor = actors[i % actors.length]!;
    const topic = topics[i % topics.length]!;
    const answer =
      i % 2 === 0
        ? await ask(target, { query: `{ actor(id: "${actor.id}") { name } }` })
        : await ask(target, { query: `{ topic(slug: "${topic.slug}") { label } }` });
    if (isFault(answer)) faults += 1;
    const data = answer.body.data as { actor?: { name: string }; topic?: { label: string } } | undefined;
    if ((i % 2 === 0 ? data?.actor?.name : data?.topic?.label) !== (i % 2 === 0 ? actor.name : topic.label)) wrong += 1;
  };
  const ingest = (i: number) => async () => {
    const answer = await ask(
      target,
      {
        query: 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { article { headline } } }',
        variables: {
          input: {
            headline: `Probe story ${i} ${Date.now()}`,
            body: `The harbour master, Ana Lind, said on Monday that berth ${i} would reopen. "We are ready," Lind said. ${'The council met again. '.repeat(300)}`,
          },
        },
      },
      { key: true },
    );
    if (isFault(answer)) faults += 1;
    if (
      (answer.body.data as { ingestArticle?: { article?: { headline: string } } })?.ingestArticle?.article?.headline ===
      undefined
    )
      wrong += 1;
  };
  const tasks = Array.from({ length: 1000 }, (_, i) => (i % 25 === 0 ? ingest(i) : read(i)));
  await inParallel(tasks, 8);
  const rows: ProbeRow[] = [
    { probe: 'reads and ingests, 8 concurrent', attempts: tasks.length, wrong, faults, note: '1 ingest per 24 reads' },
  ];

  // The pool closes connections idle for 10 s; the next ones must prepare their statements afresh.
  await sleep(11_000);
  let idleWrong = 0;
  let idleFaults = 0;
  await inParallel(
    actors.slice(0, 40).map((actor) => async () => {
      const answer = await ask(target, {
        query: `{ actor(id: "${actor.id}") { name statements(first: 2) { totalCount } } }`,
      });
      if (isFault(answer)) idleFaults += 1;
      if ((answer.body.data as { actor?: { name: string } })?.actor?.name !== actor.name) idleWrong += 1;
    }),
    8,
  );
  rows.push({
    probe: 'reads after 11 s idle',
    attempts: Math.min(40, actors.length),
    wrong: idleWrong,
    faults: idleFaults,
    note: '',
  });
  return rows;
}

/** Queries that would return millions of nodes through lists and aliases must be refused before running. */
export async function costLimit(target: ProbeTarget): Promise<ProbeRow> {
  const ids = Array.from({ length: 100 }, (_, i) => `"${gid('Actor', i + 1)}"`).join(', ');
  const nested = `nodes(ids: [${ids}]) { ... on Actor { statements(first: 100) { nodes { speaker { statements(first: 100) { nodes { text } } } } } } }`;
  const attacks = [
    { query: `{ ${Array.from({ length: 9 }, (_, i) => `a${i}: ${nested}`).join(' ')} }` },
    {
      query:
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Actor { statements(first: 50) { nodes { text } } } } }',
      variables: { r: Array.from({ length: 20_000 }, (_, i) => ({ __typename: 'Actor', id: gid('Actor', i + 1) })) },
    },
    {
      query: `{ statements(first: 100) { nodes { speaker { statements(first: 100) { nodes { speaker { statements(first: 100) { nodes { text } } } } } } } } }`,
    },
  ];
  let ran = 0;
  let faults = 0;
  const costs: number[] = [];
  for (const attack of attacks) {
    const answer = await ask(target, attack);
    if (isFault(answer)) faults += 1;
    const error = answer.body.errors?.[0];
    if (error?.extensions?.['code'] === 'QUERY_TOO_COMPLEX') costs.push(Number(error.extensions['cost']));
    else ran += 1;
  }
  return {
    probe: 'cost limit through lists and aliases',
    attempts: attacks.length,
    wrong: ran,
    faults,
    note: `estimated costs ${costs.join(', ')}`,
  };
}

/** Forged arguments of every kind, on every text filter and paging argument. */
export async function forgedInputs(target: ProbeTarget): Promise<ProbeRow> {
  const over = 2 ** 31 + 7;
  const texts = [
    '%',
    '_',
    '\\',
    '\'; DROP TABLE "Article"; --',
    'a\u0000b',
    'x'.repeat(1_100_000),
    '\uFFFF\uD800',
    '(((((',
    '"unclosed',
    '<script>',
  ];
  const textFields: [string, string][] = [
    ['statements', 'speakerName'],
    ['statements', 'roleTitle'],
    ['statements', 'organizationOrCountry'],
    ['statements', 'search'],
    ['statements', 'topic'],
    ['articles', 'source'],
    ['articles', 'search'],
    ['actors', 'name'],
    ['actors', 'roleTitle'],
    ['actors', 'organization'],
    ['actors', 'country'],
    ['events', 'place'],
    ['events', 'participantName'],
  ];
  const cases: unknown[] = [];
  for (const [connection, field] of textFields) {
    for (const text of texts)
      cases.push({
        query: `query ($v: String) { ${connection}(filter: { ${field}: $v }) { totalCount } }`,
        variables: { v: text },
      });
  }
  const cursors = [
    'garbage',
    cursor({ id: 'x' }),
    cursor(['statements', over]),
    cursor(['statements-by-date', 'not a date', 1]),
    cursor(['events-by-date', null, -1]),
    cursor([]),
  ];
  for (const connection of ['statements', 'articles', 'actors', 'events', 'topics']) {
    for (const value of cursors) {
      cases.push({ query: `query ($c: String) { ${connection}(after: $c) { totalCount } }`, variables: { c: value } });
      cases.push({
        query: `query ($c: String) { ${connection}(before: $c, last: 2) { totalCount } }`,
        variables: { c: value },
      });
    }
  }
  for (const type of ['Actor', 'Article', 'Statement', 'Event', 'Topic', 'Role']) {
    for (const n of [over, -1, 0, '1e9', 'NaN']) cases.push({ query: `{ node(id: "${gid(type, n)}") { id } }` });
  }
  cases.push({
    query: `{ statements(filter: { speakerId: "${gid('Actor', over)}", articleId: "${gid('Article', over)}" }) { totalCount } }`,
  });
  cases.push(
    { query: '{ statements(first: -5) { totalCount } }' },
    { query: '{ statements(first: 1000000) { totalCount } }' },
  );
  cases.push({
    query:
      '{ statements(filter: { search: "x" }, orderBy: { field: RELEVANCE, direction: DESC }, after: "' +
      cursor(['statements', 5]) +
      '") { totalCount } }',
  });
  let faults = 0;
  let wrong = 0;
  for (const payload of cases) {
    const answer: Answer = await ask(target, payload);
    if (isFault(answer)) faults += 1;
    // A forged argument is answered as bad input, or (for text) as a literal match of nothing.
    const code = answer.body.errors?.[0]?.extensions?.['code'];
    if (
      answer.body.errors &&
      !['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX'].includes(String(code))
    )
      wrong += 1;
  }
  return {
    probe: 'forged inputs (cursors, NUL, ids past 2^31, 1.1 MB strings)',
    attempts: cases.length,
    wrong,
    faults,
    note: 'wrong: an error other than BAD_USER_INPUT',
  };
}

/** %, _ and \ in text filters match literally: none of these may match everything. */
export async function likeWildcards(target: ProbeTarget): Promise<ProbeRow> {
  const filters = [
    'articles(filter: { source: "%" })',
    'articles(filter: { source: "_" })',
    'statements(filter: { roleTitle: "%" })',
    'statements(filter: { roleTitle: "_" })',
    'statements(filter: { speakerName: "%" })',
    'actors(filter: { name: "_" })',
    'actors(filter: { roleTitle: "%" })',
    'actors(filter: { country: "\\\\" })',
    'events(filter: { place: "%" })',
  ];
  let wrong = 0;
  let faults = 0;
  for (const filter of filters) {
    const answer = await ask(target, { query: `{ ${filter} { totalCount } }` });
    if (isFault(answer)) faults += 1;
    const count = Object.values(answer.body.data ?? {})[0] as { totalCount: number } | undefined;
    if (count?.totalCount !== 0) wrong += 1;
  }
  return {
    probe: 'LIKE wildcards in text filters',
    attempts: filters.length,
    wrong,
    faults,
    note: 'wrong: a wildcard matched',
  };
}

/** Requests built to break the edge: a fragment chain, an APQ hash that lies, `_entities` of no entity. */
export async function edgeCases(target: ProbeTarget): Promise<ProbeRow> {
  const chain = (depth: number) =>
    [
      'query Chain { ...F0 }',
      ...Array.from({ length: depth }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`),
      `fragment F${depth} on Query { __typename }`,
    ].join('\n');
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  const cases = [
    { query: chain(20_000) },
    {
      query: '{ articles { totalCount } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: sha('{ other }') } },
    },
    {
      query: 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
      variables: { r: [{ __typename: 'Mutation', id: '1' }] },
    },
    { query: 'query A { __typename }', operationName: 'B' },
    { query: 'subscription { articles { totalCount } }' },
  ];
  let faults = 0;
  for (const payload of cases) if (isFault(await ask(target, payload))) faults += 1;
  return {
    probe: 'fragment chain, lying APQ hash, _entities of Mutation, unknown operation, subscription',
    attempts: cases.length,
    wrong: 0,
    faults,
    note: '',
  };
}

/** What production may not reveal without a key. */
export async function productionLeaks(target: ProbeTarget): Promise<ProbeRow> {
  let wrong = 0;
  const notes: string[] = [];
  const typo = await ask(target, { query: '{ statemnts { totalCount } }' });
  if (/Did you mean/.test(JSON.stringify(typo.body))) ((wrong += 1), notes.push('field suggestions'));
  const jobs = await ask(target, { query: '{ ingestionJobs { nodes { label headline url error } } }' });
  const shown = (
    (jobs.body.data as { ingestionJobs?: { nodes: Record<string, unknown>[] } })?.ingestionJobs?.nodes ?? []
  ).some((job) => job['label'] !== null || job['headline'] !== null || job['url'] !== null || job['error'] !== null);
  if (shown) ((wrong += 1), notes.push('job details'));
  const health = await (await fetch(`${target.base}/healthz`)).text();
  if (/error|ECONN|password|postgres:\/\//i.test(health)) ((wrong += 1), notes.push('health text'));
  return {
    probe: 'production: suggestions, job details, /healthz text',
    attempts: 3,
    wrong,
    faults: isFault(typo) || isFault(jobs) ? 1 : 0,
    note: notes.join(', '),
  };
}
