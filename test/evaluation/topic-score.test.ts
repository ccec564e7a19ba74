// The topic-query scorer: one-to-one text matches, precision/recall/F1, stance accuracy and confusion, the
// extraction ceiling, and a failed query scored as returning nothing.
import { describe, expect, it } from 'vitest';
import { scoreTopicQuery, summarise } from '../../src/evaluation/topic-score.ts';

const goldTexts = [
  'it should happen now',
  'there appeared to be greater momentum around the idea of extending an invitation',
  'the weather was fine in Brussels',
];
const query = {
  topic: 'the NATO invitation',
  statements: [0, 1],
  texts: [goldTexts[0]!, goldTexts[1]!],
  stance: { '0': 'SUPPORTS', '1': 'SUPPORTS' } as const,
};

describe('topic query scores', () => {
  it('match returned statements to gold ones one to one and judge their stance', () => {
    const score = scoreTopicQuery(
      query,
      goldTexts,
      [
        { text: 'it should happen now', stance: 'SUPPORTS' },
        { text: 'It should happen now.', stance: 'SUPPORTS' },
        { text: 'greater momentum around the idea of extending an invitation', stance: 'NEUTRAL' },
      ],
      goldTexts,
    );
    expect(score.counts).toEqual({
      returned: 3,
      gold: 2,
      matched: 2,
      reachable: 2,
      stanceJudged: 2,
      stanceRight: 1,
    });
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBe(1);
    expect(score.f1).toBeCloseTo(0.8);
    expect(score.spurious).toEqual(['It should happen now.']);
    expect(score.stances).toEqual([
      { text: 'it should happen now', expected: 'SUPPORTS', returned: 'SUPPORTS' },
      {
        text: 'greater momentum around the idea of extending an invitation',
        expected: 'SUPPORTS',
        returned: 'NEUTRAL',
      },
    ]);
    expect(summarise([score], 1).stanceConfusion).toEqual({ SUPPORTS: { SUPPORTS: 1, NEUTRAL: 1 } });
  });

  it('sum counts over queries, scoring a query that failed as answering nothing', () => {
    const found = scoreTopicQuery(
      query,
      goldTexts,
      [{ text: 'it should happen now', stance: 'SUPPORTS' }],
      [goldTexts[0]!],
    );
    const failed = scoreTopicQuery(query, goldTexts, [], goldTexts);
    const summary = summarise([found, failed], 1);
    expect(summary).toMatchObject({ queries: 2, answered: 1, answeredShare: 0.5, precision: 1, recall: 0.25 });
    expect(summary.f1).toBeCloseTo(0.4);
    expect(summary.stanceAccuracy).toBe(1);
    expect(summary.extractionCeiling).toBeCloseTo(3 / 4);
    expect(summary.recallWithinReach).toBeCloseTo(1 / 3);
  });
});
