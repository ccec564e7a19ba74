import { describe, expect, it } from 'vitest';
import { nameKey, tokenF1, wordTokens } from '../../src/evaluation/normalize.ts';
import {
  addCounts,
  greedyMatch,
  metricsOf,
  missedBars,
  scoreArticle,
  type GoldLike,
} from '../../src/evaluation/score.ts';

const gold: GoldLike = {
  actors: [
    { name: 'Ana Pérez', kind: 'PERSON', roles: ['Finance Minister'], aliases: ['Pérez'] },
    { name: 'a bank official', kind: 'ANONYMOUS', roles: [], aliases: ['the official'] },
    { name: 'a union official', kind: 'ANONYMOUS', roles: [], aliases: ['the official'] },
    { name: 'Chile', kind: 'COUNTRY', roles: [], aliases: ['Santiago'] },
  ],
  statements: [
    {
      speaker: 'Ana Pérez',
      speakerRole: 'Finance Minister',
      kind: 'DIRECT',
      text: 'We will cut the deficit this year',
    },
    { speaker: 'a bank official', speakerRole: null, kind: 'INDIRECT', text: 'rates would stay high until spring' },
    {
      speaker: 'a union official',
      speakerRole: null,
      kind: 'MIXED',
      text: 'the strike would go on “for as long as it takes”',
    },
  ],
  events: [
    { type: 'MEETING', participants: ['Ana Pérez', 'a union official'] },
    { type: 'VOTE', participants: ['Chile'] },
  ],
};

describe('text normalisation', () => {
  it('folds case, accents and typographic marks', () => {
    expect(nameKey('The  Pérez')).toBe('perez');
    expect(nameKey('U.S. Senate')).toBe(nameKey('US Senate'));
    expect(wordTokens('Don’t “panic” …')).toEqual(['don', 't', 'panic']);
  });

  it('scores token overlap as F1 over multisets', () => {
    expect(tokenF1(['a', 'b', 'c', 'd'], ['a', 'b'])).toBeCloseTo(2 / 3);
    expect(tokenF1(['a', 'a'], ['a'])).toBeCloseTo(2 / 3);
    expect(tokenF1([], ['a'])).toBe(0);
  });
});

describe('greedy one-to-one matching', () => {
  it('takes the best pair first and uses each side once', () => {
    const matches = greedyMatch([
      { gold: 0, predicted: 0, score: 0.6 },
      { gold: 1, predicted: 0, score: 0.9 },
      { gold: 0, predicted: 1, score: 0.55 },
    ]);
    expect(matches.get(1)?.predicted).toBe(0);
    expect(matches.get(0)?.predicted).toBe(1);
  });
});

describe('scoreArticle', () => {
  it('gives a perfect score to the gold itself', () => {
    const metrics = metricsOf(scoreArticle(gold, gold).counts);
    expect(missedBars(metrics)).toEqual([]);
    expect(metrics.statementF1).toBe(1);
    expect(metrics.eventF1).toBe(1);
  });

  it('matches statements by overlap, speakers by name or unambiguous alias', () => {
    const predicted: GoldLike = {
      actors: [],
      statements: [
        // Same words, marks differ: matched; "Pérez" is an alias of the speaker.
        {
          speaker: 'Perez',
          speakerRole: 'finance minister',
          kind: 'DIRECT',
          text: '“We will cut the deficit this year,”',
        },
        // "the official" belongs to two gold actors: it identifies neither.
        {
          speaker: 'the official',
          speakerRole: null,
          kind: 'INDIRECT',
          text: 'rates would stay high until the spring',
        },
        // Too little overlap with anything: spurious.
        { speaker: 'Chile', speakerRole: null, kind: 'INDIRECT', text: 'exports rose sharply' },
      ],
      events: [],
    };
    const score = scoreArticle(gold, predicted);
    expect(score.counts).toMatchObject({ matchedStatements: 2, rightSpeaker: 1, rightRole: 2, matchedIndirect: 1 });
    const metrics = metricsOf(score.counts);
    expect(metrics.statementPrecision).toBeCloseTo(2 / 3);
    expect(metrics.statementRecall).toBeCloseTo(2 / 3);
    expect(metrics.speakerAccuracy).toBeCloseTo(1 / 2);
    expect(metrics.attributedF1).toBeCloseTo(1 / 3);
    expect(metrics.indirectRecall).toBeCloseTo(1 / 2);
  });

  it('does not let one long prediction match several gold statements', () => {
    const predicted: GoldLike = {
      actors: [],
      statements: [
        {
          speaker: 'Ana Pérez',
          speakerRole: null,
          kind: 'DIRECT',
          text: 'We will cut the deficit this year ... rates would stay high until spring',
        },
      ],
      events: [],
    };
    expect(scoreArticle(gold, predicted).counts.matchedStatements).toBeLessThanOrEqual(1);
  });

  it('counts a role as right only when both agree, null with null', () => {
    const predicted: GoldLike = {
      actors: [],
      statements: [
        { speaker: 'Ana Pérez', speakerRole: null, kind: 'DIRECT', text: 'We will cut the deficit this year' },
        {
          speaker: 'a bank official',
          speakerRole: 'bank official',
          kind: 'INDIRECT',
          text: 'rates would stay high until spring',
        },
      ],
      events: [],
    };
    expect(scoreArticle(gold, predicted).counts.rightRole).toBe(0);
  });

  it('matches actors by name or alias, one to one', () => {
    const predicted: GoldLike = {
      actors: [{ name: 'Pérez' }, { name: 'Ana Perez' }, { name: 'Santiago' }, { name: 'Bolivia' }],
      statements: [],
      events: [],
    };
    const score = scoreArticle(gold, predicted);
    expect(score.counts.matchedActors).toBe(2);
    expect(score.unmatchedPredictedActors).toEqual(['Pérez', 'Bolivia']);
  });

  it('matches events by type and a shared participant', () => {
    const predicted: GoldLike = {
      actors: [],
      statements: [],
      events: [
        { type: 'MEETING', participants: ['Pérez'] },
        { type: 'VOTE', participants: ['Bolivia'] },
        { type: 'ATTACK', participants: ['Chile'] },
      ],
    };
    const metrics = metricsOf(scoreArticle(gold, predicted).counts);
    expect(metrics.eventPrecision).toBeCloseTo(1 / 3);
    expect(metrics.eventRecall).toBeCloseTo(1 / 2);
  });

  it('micro-averages by summing counts', () => {
    const a = scoreArticle(gold, gold).counts;
    const b = scoreArticle(gold, { actors: [], statements: [], events: [] }).counts;
    const metrics = metricsOf(addCounts(a, b));
    expect(metrics.statementRecall).toBeCloseTo(0.5);
    expect(metrics.statementPrecision).toBe(1);
  });
});
