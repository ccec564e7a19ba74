import { describe, expect, it } from 'vitest';
import { stanceOf, statementTopics, topicsForPhrase } from '../../src/extraction/topics.ts';

describe('topicsForPhrase', () => {
  it('maps slugs, labels and phrases of the taxonomy', () => {
    expect(topicsForPhrase('nato-invitation')).toEqual(['nato-invitation']);
    expect(topicsForPhrase('NATO invitation')).toEqual(['nato-invitation']);
    expect(topicsForPhrase('nato membership')).toEqual(['nato-invitation']);
    expect(topicsForPhrase('Victory Plan')).toEqual(['victory-plan']);
  });

  it('maps nothing for other phrases, even of its words (they are matched by meaning)', () => {
    expect(topicsForPhrase('')).toEqual([]);
    expect(topicsForPhrase('quantum knitting')).toEqual([]);
    expect(topicsForPhrase('energy strikes')).toEqual([]);
  });
});

describe('statement topics and stance', () => {
  it('tags from the statement and its sentence', () => {
    const topics = statementTopics(
      'it should happen this year',
      'Estonia backs a NATO invitation for Kyiv. Its minister said it should happen this year.',
    );
    expect(topics).toContainEqual({ slug: 'nato-invitation', stance: 'SUPPORTS' });
  });

  it('reads stance from simple cues, negation included', () => {
    expect(stanceOf('We strongly support the bid')).toBe('SUPPORTS');
    expect(stanceOf('We do not support the bid')).toBe('OPPOSES');
    expect(stanceOf('A decision is unlikely before spring')).toBe('OPPOSES');
    expect(stanceOf('The committee meets on Monday')).toBe('NEUTRAL');
  });
});
