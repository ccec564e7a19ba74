// Issue 7, must-have 1: bad input to ingestion, through the mutation and the CLI. Each gets a clear
// userErrors entry (or CLI message naming the file and problem), nothing is half-written, and the
// server stays up.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import {
  INGEST,
  ingestPayload,
  post,
  rowCounts,
  sampleArticle,
  startHardenedServer,
  type HardenedServer,
} from './support.ts';

const good = sampleArticle(1);
const MB = 1_000_000;
const nextYear = new Date(Date.now() + 400 * 24 * 3600 * 1000).toISOString();
const noPunctuation = 'the minister met the council and the talks went on '.repeat(MB / 50).slice(0, MB);

/** [name, input, field, code, message pattern] */
const CASES: [string, Record<string, unknown>, string, string, RegExp][] = [
  ['empty body', { ...good, body: '' }, 'body', 'REQUIRED', /Body must not be empty/],
  ['whitespace body', { ...good, body: ' \n\t  \u00a0 ' }, 'body', 'REQUIRED', /Body must not be empty/],
  ['empty headline', { ...good, headline: '   ' }, 'headline', 'REQUIRED', /Headline must not be empty/],
  ['body over the limit', { ...good, body: 'Word. '.repeat(40_000) }, 'body', 'TOO_LONG', /longer than 200000/],
  ['NUL bytes', { ...good, body: `${good.body}\u0000\u0001binary` }, 'body', 'INVALID', /not text: .*binary/],
  [
    'invalid UTF-8 (replacement character)',
    { ...good, body: `${good.body} \uFFFD\uFFFD` },
    'body',
    'INVALID',
    /not valid UTF-8/,
  ],
  ['lone surrogate', { ...good, body: `${good.body} \uD800 end.` }, 'body', 'INVALID', /not valid UTF-8/],
  [
    'HTML body',
    { ...good, body: `<div class="story"><p>${good.body}</p></div>` },
    'body',
    'INVALID',
    /looks like HTML/,
  ],
  ['HTML headline', { ...good, headline: '<h1>Harbour plan</h1>' }, 'headline', 'INVALID', /looks like HTML/],
  ['URL that is not a URL', { ...good, url: 'not a url' }, 'url', 'INVALID', /absolute http\(s\) URL/],
  ['javascript: URL', { ...good, url: 'javascript:alert(1)' }, 'url', 'INVALID', /absolute http\(s\) URL/],
  ['future date', { ...good, publishedAt: nextYear }, 'publishedAt', 'INVALID', /in the future/],
  ['1 MB without punctuation', { ...good, body: noPunctuation }, 'body', 'INVALID', /no sentence punctuation/],
  [
    '1 MB of quote marks',
    { ...good, body: '"\u201c\u201d\'\u00ab\u00bb'.repeat(MB / 6) },
    'body',
    'INVALID',
    /no words/,
  ],
  ['1 MB without a space', { ...good, body: 'a'.repeat(MB) }, 'body', 'INVALID', /without a space/],
];

describe('bad input to the ingestArticle mutation', () => {
  let server: HardenedServer;
  let large: HardenedServer;
  beforeAll(async () => {
    // `large` accepts 2 MB bodies, so 1 MB inputs reach the content checks, not just the length limit.
    [server, large] = await Promise.all([
      startHardenedServer({ seed: true }),
      startHardenedServer({ seed: true, maxArticleChars: 2 * MB }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([server?.close(), large?.close()]);
  });

  it.each(CASES)('answers %s with a userError and writes nothing', async (name, input, field, code, message) => {
    const target = name.startsWith('1 MB') ? large : server;
    const before = await rowCounts(target.db);
    const answer = await post(target.url, { query: INGEST, variables: { input } });
    expect(answer.status).toBe(200);
    const payload = ingestPayload(answer);
    expect(payload?.article).toBeNull();
    expect(payload?.userErrors).toEqual([{ field: ['input', field], code, message: expect.stringMatching(message) }]);
    expect(await rowCounts(target.db)).toEqual(before);
  });

  it.each([
    ['a missing headline', { headline: undefined }, /headline/],
    ['an unparsable date', { publishedAt: 'last Tuesday-ish' }, /publishedAt/],
  ])('answers %s as a bad request naming the field', async (_name, change, field) => {
    const before = await rowCounts(server.db);
    const answer = await post(server.url, { query: INGEST, variables: { input: { ...good, ...change } } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(answer.body.errors?.[0]?.message).toMatch(field);
    expect(await rowCounts(server.db)).toEqual(before);
  });

  it('still stores a good article and stays healthy afterwards', async () => {
    const answer = await post(server.url, { query: INGEST, variables: { input: good } });
    expect(ingestPayload(answer)?.created).toBe(true);
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
    expect((await fetch(`${large.base}/healthz`)).status).toBe(200);
  });
});

describe('bad input to the ingest command', () => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    dir = await mkdtemp(join(tmpdir(), 'bad-input-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await database.drop();
  });

  it('names each bad file and its problem, stores the good one, and exits 1', async () => {
    const files: Record<string, string | Buffer> = {
      'good.json': JSON.stringify(good),
      'empty.txt': '',
      'whitespace.txt': 'Headline only\n\n   \n',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'latin1.txt': Buffer.from('Caf\xe9 news\n\nThe caf\xe9 opened.', 'latin1'),
      'html.txt': `Harbour plan\n\n<p>${good.body}</p>`,
      'not-article.json': JSON.stringify({ name: 'config', version: 3 }),
      'number.json': '42',
      'broken.json': '{"headline": "x", ',
      'bad-url.json': JSON.stringify({ ...sampleArticle(2), url: 'htp//broken' }),
      'future.json': JSON.stringify({ ...sampleArticle(3), publishedAt: nextYear }),
      'bad-date.json': JSON.stringify({ ...sampleArticle(4), publishedAt: '31/31/2024' }),
      'quotes.txt': `Quotes\n\n${'"\u201c\u201d'.repeat(50_000)}`,
      'huge.txt': `No punctuation\n\n${noPunctuation}`,
    };
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    const result = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'ingest', '--progress', 'none', '--offline', dir],
      { env: { ...process.env, DATABASE_URL: database.url }, maxBuffer: 10 * MB },
    ).then(
      (ok) => ({ code: 0, stdout: ok.stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(result.code).toBe(1);
    const at = (name: string) => `  ${join(dir, name)}: `;
    const expected: [string, RegExp][] = [
      ['empty.txt', /is empty/],
      ['whitespace.txt', /body: Body must not be empty/],
      ['binary.txt', /is a binary file, not text/],
      ['latin1.txt', /is not UTF-8 text/],
      ['html.txt', /body: Body looks like HTML/],
      ['not-article.json', /is not an article: expected "headline" and "body", found keys "name", "version"/],
      ['number.json', /is not an article: expected an object .* found a number/],
      ['broken.json', /is not valid JSON/],
      ['bad-url.json', /url: URL must be an absolute http\(s\) URL/],
      ['future.json', /publishedAt: Publication date .* is in the future/],
      ['bad-date.json', /publishedAt: Publication date is not a valid date/],
      ['quotes.txt', /body: Body holds no words/],
      ['huge.txt', /body: Body is longer than 200000 characters \(it has \d+\)/],
    ];
    const lines = result.stdout.split('\n');
    for (const [name, pattern] of expected) {
      const line = lines.find((candidate) => candidate.startsWith(at(name)));
      expect(line, `a failure line for ${name} in\n${result.stdout}`).toMatch(pattern);
    }
    expect(result.stdout).toMatch(/1 stored, 0 already stored, 13 failed/);
  }, 120_000);
});
