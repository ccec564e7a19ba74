import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extraction/extract-article.ts';
import { toGoldFormat } from '../../src/extraction/to-gold-format.ts';

const seedPath = fileURLToPath(new URL('../../../shared/gold/articles/00-seed.txt', import.meta.url));
const raw = readFileSync(seedPath, 'utf8');
const blank = raw.indexOf('\n\n');
const article = { headline: raw.slice(0, blank), body: raw.slice(blank + 2), publishedAt: '2024-10-17' };
const analysis = extractArticle(article);
const gold = toGoldFormat(analysis);
const direct = gold.statements.filter((s) => s.kind === 'DIRECT');

function directStartingWith(prefix: string) {
  const statement = direct.find((s) => s.text.startsWith(prefix));
  if (!statement) throw new Error(`no direct statement starting "${prefix}"`);
  return { speaker: statement.speaker, speakerRole: statement.speakerRole };
}

describe('seed article: direct quotes', () => {
  it('finds every direct quotation, the NATO summit declaration included', () => {
    // The quotation woven into "there were fears … that the NATO question “has the potential …”" is part of a
    // mixed statement, not one of its own.
    expect(direct).toHaveLength(14);
    expect(directStartingWith('on its irreversible path')).toEqual({ speaker: 'NATO', speakerRole: 'NATO leaders' });
  });

  it('attributes each direct quote to the right speaker in the right role', () => {
    const zelensky = { speaker: 'Volodymyr Zelensky', speakerRole: 'Ukrainian President' };
    expect(directStartingWith('It is important for us')).toEqual(zelensky);
    expect(directStartingWith('might come after the war')).toEqual(zelensky);
    const fears = gold.statements.find((s) => s.text.includes('has the potential of dragging'));
    expect(fears).toMatchObject({ ...zelensky, kind: 'MIXED' });
    expect(fears?.text).toBe(
      'there were fears in the United States that the NATO question “has the potential of dragging the U.S. in the war.”',
    );
    expect(directStartingWith('So there are certain red lines')).toEqual(zelensky);
    expect(directStartingWith('We are not at the point')).toEqual({
      speaker: 'Julianne Smith',
      speakerRole: 'U.S. Ambassador to NATO',
    });
    expect(directStartingWith('applaud when that day comes')).toEqual({
      speaker: 'Mark Rutte',
      speakerRole: 'Secretary General',
    });
    expect(directStartingWith('doesn’t mean that I here')).toEqual({
      speaker: 'Mark Rutte',
      speakerRole: 'Secretary General',
    });
    const kasciunas = { speaker: 'Laurynas Kasciunas', speakerRole: 'Lithuanian Defense Minister' };
    expect(directStartingWith('a real irreversibility')).toEqual(kasciunas);
    expect(directStartingWith('If you want to push Russians back')).toEqual(kasciunas);
  });

  it('keeps the two anonymous NATO officials apart', () => {
    const official = { speaker: 'a NATO official', speakerRole: null };
    const senior = { speaker: 'a senior NATO official', speakerRole: null };
    expect(directStartingWith('Right now, there’s discussions')).toEqual(official);
    expect(directStartingWith('Some decisions will not be taken')).toEqual(official);
    expect(directStartingWith('there’s a lot of ifs and buts')).toEqual(senior);
    expect(directStartingWith('If we do this')).toEqual(senior);
    expect(directStartingWith('and whatever line of demarcation')).toEqual(senior);
    expect(gold.actors.filter((a) => a.kind === 'ANONYMOUS' && /official/.test(a.name)).map((a) => a.name)).toEqual([
      'a NATO official',
      'a senior NATO official',
    ]);
  });

  it('joins a quote split by “he said” into one statement', () => {
    expect(direct.map((s) => s.text)).toContain(
      'So there are certain red lines, even in inviting Ukraine to NATO, but in my view this is not so ... If you really want Ukraine to be a member of NATO … words and actions should go together.',
    );
  });

  it('tags the statements about the NATO invitation with its topic', () => {
    const topicsOf = (prefix: string) =>
      analysis.statements.find((s) => s.text.startsWith(prefix))?.topics.map((t) => t.slug) ?? [];
    expect(topicsOf('It is important for us')).toContain('nato-invitation');
    expect(topicsOf('an invite to Ukraine would be')).toContain('nato-invitation');
    expect(topicsOf('there appeared to be greater momentum')).toContain('nato-invitation');
    expect(analysis.topics[0]?.slug).toBe('nato-invitation');
  });

  it('keeps offsets exact and leaves the credit line out', () => {
    for (const s of gold.statements.filter((x) => !x.text.includes(' ... ')))
      expect(article.body.slice(s.start, s.end)).toBe(s.text);
    expect(gold.actors.map((a) => a.name)).not.toContain('Beatriz Ríos');
  });
});
