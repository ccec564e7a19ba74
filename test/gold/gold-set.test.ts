// Checks the hand-annotated gold sets for consistency, this folder's (development) and test/heldout's (never read for
// rule writing): every article has its metadata, gold and queries, every name a statement or event uses is an
// actor, every statement text is found in its article, and every topic query agrees with the gold statements it
// points at.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Actor {
  name: string;
  kind: string;
  roles: string[];
  aliases: string[];
}
interface Statement {
  speaker: string;
  speakerRole: string | null;
  kind: string;
  text: string;
  cue: string;
}
interface GoldEvent {
  type: string;
  description: string;
  participants: string[];
  location: string | null;
  when: string | null;
}
interface Gold {
  actors: Actor[];
  statements: Statement[];
  events: GoldEvent[];
}
interface Query {
  topic: string;
  statements: number[];
  texts: string[];
  roles: Record<string, number[]>;
  stance: Record<string, string>;
}
interface Meta {
  url: string | null;
  source: string;
  publishedAt: string;
  headline: string;
}

const here = dirname(fileURLToPath(import.meta.url));
/** Each set: its folder, how many articles it holds at least, and how many of each domain. */
const SETS = [
  { set: 'development', folder: here, minArticles: 109, minPerDomain: 4 },
  { set: 'held-out', folder: join(here, '..', 'heldout'), minArticles: 46, minPerDomain: 1 },
];

const ACTOR_KINDS = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'ANONYMOUS'];
const STATEMENT_KINDS = ['DIRECT', 'INDIRECT', 'MIXED'];
const EVENT_TYPES = [
  'VISIT',
  'SUMMIT',
  'MEETING',
  'ATTACK',
  'STATEMENT_ISSUED',
  'VOTE',
  'AGREEMENT',
  'COURT_RULING',
  'OTHER',
];
const STANCES = ['SUPPORTS', 'OPPOSES', 'NEUTRAL', 'MIXED'];

/** Typographic and straight quotes compare equal, and any run of whitespace is one space. */
const fold = (text: string): string =>
  text
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** The role groups a query must list: speakerRole → statement indices, "no role" for null, case ignored. */
function roleGroups(statements: Statement[], indices: number[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const index of indices) {
    const role = statements[index]?.speakerRole;
    const key = role == null ? 'no role' : role.toLowerCase();
    groups.set(
      key,
      [...(groups.get(key) ?? []), index].sort((a, b) => a - b),
    );
  }
  return groups;
}

describe.each(SETS)('the $set set', ({ folder, minArticles, minPerDomain }) => {
  const readJson = <T>(...path: string[]): T => JSON.parse(readFileSync(join(folder, ...path), 'utf8')) as T;
  const names = readdirSync(join(folder, 'articles'))
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -'.txt'.length))
    .sort();

  it(`holds at least ${minArticles} articles, at least ${minPerDomain} in each of the eight domains`, () => {
    expect(names.length).toBeGreaterThanOrEqual(minArticles);
    const sources = readFileSync(join(folder, 'SOURCES.md'), 'utf8');
    const domains = new Map<string, number>();
    for (const row of sources.matchAll(/^\| `\d+-[a-z0-9-]+` *\|(?:[^|]*\|){4} ([a-z ]+?) *\|/gm)) {
      const domain = row[1] ?? '';
      domains.set(domain, (domains.get(domain) ?? 0) + 1);
    }
    const expected = [
      'business',
      'science and health',
      'sport',
      'crime and courts',
      'culture',
      'technology',
      'international',
      'local',
    ];
    for (const domain of domains.keys()) expect(expected).toContain(domain);
    for (const domain of expected) expect(domains.get(domain), domain).toBeGreaterThanOrEqual(minPerDomain);
  });

  it('lists every article, and only those, in SOURCES.md', () => {
    const sources = readFileSync(join(folder, 'SOURCES.md'), 'utf8');
    const listed = [...sources.matchAll(/^\| `(\d+-[a-z0-9-]+)` *\|/gm)].map((match) => match[1]).sort();
    expect(listed).toEqual(names);
  });

  describe.each(names)('%s', (name) => {
    const article = readFileSync(join(folder, 'articles', `${name}.txt`), 'utf8');
    const [headline, blank, ...bodyLines] = article.split('\n');
    const body = fold(bodyLines.join('\n'));
    const meta = readJson<Meta>('articles', `${name}.meta.json`);
    const gold = readJson<Gold>('gold', `${name}.json`);
    const { queries } = readJson<{ queries: Query[] }>('queries', `${name}.json`);
    const actorNames = new Set(gold.actors.map((actor) => actor.name));

    it('has a headline line, a blank line and metadata that agrees with them', () => {
      expect(blank).toBe('');
      expect(meta.headline).toBe(headline);
      expect(meta.source).not.toBe('');
      expect(meta.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (meta.url !== null) expect(meta.url).toMatch(/^https:\/\//);
    });

    it('gives every actor a known kind and a distinct name', () => {
      expect(actorNames.size).toBe(gold.actors.length);
      for (const actor of gold.actors) expect(ACTOR_KINDS).toContain(actor.kind);
    });

    it('attributes every statement to an actor, with a known kind', () => {
      expect(gold.statements.length).toBeGreaterThan(0);
      for (const statement of gold.statements) {
        expect(actorNames, statement.text).toContain(statement.speaker);
        expect(STATEMENT_KINDS).toContain(statement.kind);
      }
    });

    it('finds every statement text in the article body, parts joined by " ... " one by one', () => {
      for (const statement of gold.statements) {
        for (const part of statement.text.split(' ... ')) {
          expect(body, `${statement.speaker}: ${part}`).toContain(fold(part));
        }
      }
    });

    it('names only actors as event participants, with known event types', () => {
      for (const event of gold.events) {
        expect(EVENT_TYPES).toContain(event.type);
        for (const participant of event.participants) expect(actorNames, event.description).toContain(participant);
      }
    });

    it('has 2 to 4 queries whose statements, texts, role groups and stances agree with the gold', () => {
      expect(queries.length).toBeGreaterThanOrEqual(2);
      expect(queries.length).toBeLessThanOrEqual(4);
      for (const query of queries) {
        expect(query.statements.length, query.topic).toBeGreaterThan(0);
        for (const index of query.statements) {
          expect(index, query.topic).toBeGreaterThanOrEqual(0);
          expect(index, query.topic).toBeLessThan(gold.statements.length);
        }
        expect(query.texts).toEqual(query.statements.map((index) => gold.statements[index]?.text));
        const listedGroups = new Map(
          Object.entries(query.roles).map(([role, indices]) => [
            role.toLowerCase(),
            [...indices].sort((a, b) => a - b),
          ]),
        );
        expect(listedGroups).toEqual(roleGroups(gold.statements, query.statements));
        expect(
          Object.keys(query.stance)
            .map(Number)
            .sort((a, b) => a - b),
        ).toEqual([...query.statements].sort((a, b) => a - b));
        for (const stance of Object.values(query.stance)) expect(STANCES).toContain(stance);
      }
    });
  });
});
