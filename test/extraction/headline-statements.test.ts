import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extraction/extract-article.ts';
import type { Analysis, ExtractedStatement } from '../../src/extraction/types.ts';

const BODY = [
  'Harbour commissioner Ann Vale met fishermen in Port Erin on Monday.',
  '“The pier will be rebuilt before winter,” Vale said after the meeting.',
  'The Harbour Trust and Portugal have offered boats for the works.',
].join('\n');

function analyse(headline: string, body = BODY): Analysis {
  return extractArticle({ headline, body, publishedAt: '2025-03-10' });
}

function headlineStatements(analysis: Analysis): ExtractedStatement[] {
  return analysis.statements.filter((s) => s.section === 'HEADLINE');
}

/** The one headline statement, with its speaker's name and its text read back from the headline by its offsets. */
function headlineStatement(headline: string, body = BODY) {
  const analysis = analyse(headline, body);
  const found = headlineStatements(analysis);
  expect(found).toHaveLength(1);
  const statement = found[0] as ExtractedStatement;
  const speaker = analysis.actors.find((a) => a.ref === statement.speakerRef)?.name;
  return { ...statement, speaker, sliced: headline.slice(statement.start, statement.end) };
}

describe('statements made in the headline', () => {
  it('reads "Name: what was said" with offsets into the headline', () => {
    const statement = headlineStatement('Ann Vale: Fishing fees will not rise this year');
    expect(statement).toMatchObject({
      speaker: 'Ann Vale',
      kind: 'INDIRECT',
      cue: ':',
      text: 'Fishing fees will not rise this year',
      sliced: 'Fishing fees will not rise this year',
      section: 'HEADLINE',
    });
  });

  it('finds the body’s actor from a surname or a title before the name', () => {
    expect(headlineStatement('Vale: Pier repairs start in May').speaker).toBe('Ann Vale');
    expect(headlineStatement('Commissioner Vale: Pier repairs start in May').speaker).toBe('Ann Vale');
  });

  it('reads a quotation filling the content as direct, one inside it as mixed', () => {
    expect(headlineStatement('Vale: ‘We will rebuild the pier.’')).toMatchObject({
      kind: 'DIRECT',
      text: 'We will rebuild the pier.',
    });
    expect(headlineStatement('Vale: Pier plan is ‘the only way’ for the town')).toMatchObject({
      kind: 'MIXED',
      text: 'Pier plan is ‘the only way’ for the town',
    });
  });

  it('reads a speaker addressing someone before the colon ("Vale to fishermen: …")', () => {
    expect(headlineStatement('Vale to fishermen: The pier will be ready by winter')).toMatchObject({
      speaker: 'Ann Vale',
      text: 'The pier will be ready by winter',
    });
  });

  it('reads "Name says …" and a title-case "Name Warns …"', () => {
    expect(headlineStatement('Vale says harbour fees will rise')).toMatchObject({
      speaker: 'Ann Vale',
      cue: 'says',
      text: 'harbour fees will rise',
    });
    expect(headlineStatement('Ann Vale Warns Of Storm Damage To The Pier')).toMatchObject({
      speaker: 'Ann Vale',
      cue: 'Warns Of',
      text: 'Storm Damage To The Pier',
    });
  });

  it('reads a speaker after a description or an opening phrase, and reports joined to the first', () => {
    expect(headlineStatement('Former harbour chief Vale says the pier is unsafe').speaker).toBe('Ann Vale');
    expect(headlineStatement('After the storm, Vale urges calm in Port Erin')).toMatchObject({
      speaker: 'Ann Vale',
      text: 'calm in Port Erin',
    });
    const joined = headlineStatements(analyse('Vale warns of storm damage, urges calm'));
    expect(joined.map((s) => [s.cue, s.text])).toEqual([
      ['warns of', 'storm damage'],
      ['urges', 'calm'],
    ]);
  });

  it('reads past an adverb before the verb, and takes the verb’s preposition into the cue', () => {
    expect(headlineStatement('Ann Vale Finally Says Pier Will Reopen')).toMatchObject({
      speaker: 'Ann Vale',
      cue: 'Says',
      text: 'Pier Will Reopen',
    });
    expect(headlineStatement('Vale calls for a new sea wall')).toMatchObject({
      cue: 'calls for',
      text: 'a new sea wall',
    });
  });

  it('reads a setting between the speaker and the colon ("Vale at the forum: …")', () => {
    expect(headlineStatement('Vale at harbour forum: Fees will not rise')).toMatchObject({
      speaker: 'Ann Vale',
      text: 'Fees will not rise',
    });
  });

  it('reads "what was said, Name says"', () => {
    expect(headlineStatement('Harbour fees will rise next year, Vale says')).toMatchObject({
      speaker: 'Ann Vale',
      text: 'Harbour fees will rise next year',
    });
    expect(headlineStatement('Pier is ‘our first duty,’ Vale tells fishermen')).toMatchObject({
      speaker: 'Ann Vale',
      cue: 'tells',
      kind: 'MIXED',
    });
  });

  it('reads past a kicker before the speaker ("EXCLUSIVE – Vale: …"), and a body opening with "The"', () => {
    expect(headlineStatement('EXCLUSIVE – Vale: The pier will reopen in spring').speaker).toBe('Ann Vale');
    expect(headlineStatement('The Latest: Vale says the pier will reopen').speaker).toBe('Ann Vale');
    expect(headlineStatement('The Harbour Trust says its boats are ready').speaker).toMatch(/Harbour Trust/);
  });

  it('reads no statement from a label, a kicker or a place before a colon', () => {
    for (const headline of [
      'Analysis: Fishing fees will not rise this year',
      'Reports: New pier to open in spring',
      'Live: Storm reaches Port Erin',
      'Watch: Vale opens the new pier',
      'Portugal: Two ferries collide near the harbour',
    ])
      expect(headlineStatements(analyse(headline)), headline).toEqual([]);
  });

  it('reads what a poll or a study found from a headline opening on it and a colon, said by the body’s poll', () => {
    const body = 'A new Harbour Trust poll found most fishermen back the pier.\nVale welcomed the result on Monday.';
    const found = headlineStatement('Poll: Most fishermen back the new pier', body);
    expect(found.speaker).toBe('a new Harbour Trust poll');
    expect(found.text).toBe('Most fishermen back the new pier');
    expect(found.kind).toBe('INDIRECT');
    // The body names no poll: the headline's kicker has no one to speak for.
    expect(headlineStatements(analyse('Poll: Most fishermen back the new pier'))).toEqual([]);
    expect(headlineStatements(analyse('Port Erin Poll Results Are In', body))).toEqual([]);
  });

  it('reads no statement for a speaker the body never names, nor for a headline without a report', () => {
    expect(headlineStatements(analyse('Senator Bo Crane: Fishing fees will not rise'))).toEqual([]);
    expect(headlineStatements(analyse('Ann Vale opens the new pier in Port Erin'))).toEqual([]);
    // A place after a preposition is no speaker: the fishermen speak, and the body names none of them.
    expect(headlineStatements(analyse('Fishermen in Portugal say the pier is unsafe'))).toEqual([]);
  });

  it('keeps the body’s statements in the body, and a headline repeating one beside it', () => {
    const analysis = analyse('Vale: ‘The pier will be rebuilt before winter’');
    expect(analysis.statements.map((s) => [s.section, s.text])).toEqual([
      ['BODY', 'The pier will be rebuilt before winter'],
      ['HEADLINE', 'The pier will be rebuilt before winter'],
    ]);
  });
});
