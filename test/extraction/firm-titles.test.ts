import { describe, expect, it } from 'vitest';
import { normalizeRole } from '../../src/extraction/roles.ts';
import { extractArticle } from '../../src/extraction/extract-article.ts';

function actorsOf(body: string) {
  return extractArticle({ headline: 'Story', body, publishedAt: '2024-10-17' }).actors;
}

describe("a firm opening an executive's title", () => {
  it('is the organisation of the role', () => {
    expect(normalizeRole('Harbor Foods chief executive').organization).toBe('Harbor Foods');
    expect(normalizeRole('Silver Pine founder').organization).toBe('Silver Pine');
    expect(normalizeRole('then-Harbor Foods CEO').organization).toBe('Harbor Foods');
    expect(normalizeRole('ACME chairman').organization).toBe('ACME');
  });

  it('is not read from words that place the title in time, a country, or a lone word opening the sentence', () => {
    expect(normalizeRole('Former Chief Executive').organization).toBeNull();
    expect(normalizeRole('Campaign chair').organization).toBeNull();
    expect(normalizeRole('British chief executive').organization).toBeNull();
    expect(normalizeRole('Interim Harbor Foods Chair').organization).toBeNull();
  });

  it('is not read for the titles of those who serve a person', () => {
    expect(normalizeRole('Kowal Spokeswoman').organization).toBeNull();
  });

  it('is no person of the story', () => {
    const actors = actorsOf('Harbor Foods chief executive Maria Lopez said the chain would open ten shops.');
    expect(actors.map((a) => a.name)).toEqual(['Maria Lopez']);
    expect(actors[0]!.roles[0]).toMatchObject({ title: 'Harbor Foods Chief Executive', organization: 'Harbor Foods' });
  });
});

describe('a leader or president of a body', () => {
  it('is an official, not a head of state, when a body and no country is named before the title', () => {
    expect(normalizeRole('Labour leader').kind).toBe('OFFICIAL');
    expect(normalizeRole('NAACP president').kind).toBe('OFFICIAL');
    expect(normalizeRole('former NAACP president').kind).toBe('OFFICIAL');
  });

  it('stays a head of state with a country, or with words of tenure or rank only', () => {
    expect(normalizeRole('North Korean leader')).toMatchObject({ kind: 'HEAD_OF_STATE', country: 'North Korea' });
    expect(normalizeRole('Sri Lankan President')).toMatchObject({ kind: 'HEAD_OF_STATE', country: 'Sri Lanka' });
    expect(normalizeRole('former President').kind).toBe('HEAD_OF_STATE');
    expect(normalizeRole('two-term president').kind).toBe('HEAD_OF_STATE');
  });
});
