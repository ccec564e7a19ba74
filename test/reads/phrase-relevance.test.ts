// Which candidate statements answer a phrase: the article holding most of the phrase sets the bar for
// others, and a phrase that no statement says outright is answered by the statements nearest to it.
import { describe, expect, it } from 'vitest';
import type { PhraseTerm } from '../../src/extraction/phrase-terms.ts';
import {
  relevanceBar,
  relevantMatches,
  RELEVANCE_DEFAULTS,
  type CandidateStatement,
} from '../../src/reads/phrase-relevance.ts';

// A phrase of two words of equal weight ("tanker lease"), no near words.
const terms: PhraseTerm[] = [
  { query: 'tanker', group: 0, weight: 1, credit: 1 },
  { query: 'lease', group: 1, weight: 1, credit: 1 },
];

/** A statement of `articleId` whose text holds each word with the credit given (0: not at all). */
function candidate(
  id: number,
  articleId: number,
  text: [number, number],
  article: [number, number],
): CandidateStatement {
  return {
    id,
    articleId,
    roleKey: '',
    groups: [0, 1],
    text,
    near: [0, 0],
    headline: [0, 0],
    lede: [0, 0],
    articleGroups: [0, 1],
    articleCredits: article,
  };
}

describe('relevantMatches', () => {
  it('keeps only the articles holding nearly as much of the phrase as the one holding most', () => {
    const matches = relevantMatches(
      [
        candidate(1, 10, [1, 1], [1, 1]),
        // Its article holds one word fully and the other only through a near word: 0.7 of the phrase.
        candidate(2, 20, [1, 0.4], [1, 0.4]),
      ],
      terms,
    );
    expect(matches.map((match) => match.id)).toEqual([1]);
  });

  it('keeps only the articles with a statement saying nearly as much of the phrase as the best one', () => {
    const headlined = (id: number, articleId: number, text: [number, number]) => ({
      ...candidate(id, articleId, text, [1, 1]),
      headline: [1, 1],
    });
    const candidates = [
      headlined(1, 10, [1, 1]),
      headlined(2, 10, [0, 0]),
      // Both articles hold the whole phrase, but this one's statements say only one word of it.
      headlined(3, 20, [1, 0]),
      headlined(4, 20, [0, 0]),
    ];
    expect(relevantMatches(candidates, terms).map((match) => match.id)).toEqual([1, 2]);
    // Without the rule, its headline would lift them as its subject.
    const all = relevantMatches(candidates, terms, { statementShareOfBest: 0 });
    // (3 says one word itself and has the other from its headline: 0.5 + 0.45.)
    expect(all.map((match) => match.id)).toEqual([1, 3, 4, 2]);
  });

  it('lowers the bar to just under the best statement when none says most of the phrase', () => {
    const matches = relevantMatches(
      [
        candidate(1, 10, [0.9, 0], [1, 1]),
        candidate(2, 10, [0.8, 0], [1, 1]),
        candidate(3, 10, [0.5, 0], [1, 1]),
        // Statements that do not speak of it: the phrase is not the article's subject.
        candidate(4, 10, [0, 0], [1, 1]),
        candidate(5, 10, [0, 0], [1, 1]),
      ],
      terms,
    );
    // Relevances 0.45, 0.4 and 0.25: the bar is 0.8 × 0.45 = 0.36.
    expect(matches.map((match) => [match.id, match.relevance])).toEqual([
      [1, 0.45],
      [2, 0.4],
    ]);
  });

  it("lifts a short article's statements by its headline, a long article's only where they speak of it", () => {
    const headlined = (id: number, articleId: number, text: [number, number]) => ({
      ...candidate(id, articleId, text, [1, 1]),
      headline: [1, 1],
    });
    const short = relevantMatches([headlined(1, 10, [0, 0]), headlined(2, 10, [0.2, 0])], terms);
    expect(short.map((match) => match.id)).toEqual([2, 1]);
    const long = relevantMatches(
      Array.from({ length: RELEVANCE_DEFAULTS.longArticle + 1 }, (_, i) =>
        headlined(i + 1, 10, i === 0 ? [0.2, 0] : [0, 0]),
      ),
      terms,
    );
    expect(long.map((match) => [match.id, match.relevance])).toEqual([[1, 0.9]]);
  });

  it('under a lowered bar, keeps only statements holding some of the phrase themselves', () => {
    // The lede holds one word of two: every statement is lifted to 0.9 × 0.6 × 0.5 = 0.27, below the bar.
    const ledeOnly = (id: number, text: [number, number]) => ({
      ...candidate(id, 10, text, [1, 1]),
      lede: [1, 0],
    });
    const matches = relevantMatches([ledeOnly(1, [0, 0]), ledeOnly(2, [0, 0]), ledeOnly(3, [0, 0])], terms);
    // None holds anything of its own: the bar drops to 0.3 (the floor), which none reaches.
    expect(matches.map((match) => match.id)).toEqual([]);
    // Statement 1 says the other word, through a near word: 0.27 from the lede and 0.35 of its own.
    const nearer = relevantMatches([ledeOnly(1, [0, 0.7]), ledeOnly(2, [0, 0]), ledeOnly(3, [0, 0])], terms);
    expect(nearer.map((match) => [match.id, match.relevance])).toEqual([[1, 0.62]]);
    // A lede holding the whole phrase still vouches for every statement of its article.
    const whole = (id: number, text: [number, number]) => ({ ...candidate(id, 10, text, [1, 1]), lede: [1, 1] });
    const introduced = relevantMatches([whole(1, [0, 0.7]), whole(2, [0, 0])], terms);
    expect(introduced.map((match) => match.id)).toEqual([1, 2]);
  });

  it('adds, word by word, what a statement says itself to what its headline says of the rest', () => {
    // An article whose headline names only the first word ("tanker"): its statements all reach 0.45 from it,
    // and the one naming the second word ("lease") itself reaches 0.95.
    const headlined = (id: number, text: [number, number]) => ({
      ...candidate(id, 10, text, [1, 1]),
      headline: [1, 0],
    });
    const matches = relevantMatches([headlined(1, [0, 0]), headlined(2, [0, 1]), headlined(3, [0, 0])], terms);
    expect(matches.map((match) => [match.id, match.relevance])).toEqual([[2, 0.95]]);
  });

  it('sets the bar by what a statement or its headline says alone, not by what they say together', () => {
    // The headline names the first word only: 0.45 for every statement, below the usual bar, which drops to 0.36.
    const headlined = (id: number, text: [number, number]) => ({
      ...candidate(id, 10, text, [1, 1]),
      headline: [1, 0],
    });
    const matches = relevantMatches([headlined(1, [0, 0.5]), headlined(2, [0.2, 0]), headlined(3, [0.2, 0])], terms);
    // Statement 1 says half the second word (0.45 + 0.25): it comes first, and the others still answer.
    expect(matches.map((match) => [match.id, match.relevance])).toEqual([
      [1, 0.7],
      [3, 0.45],
      [2, 0.45],
    ]);
  });

  it('never lowers the bar below its floor, nor raises it above the usual bar', () => {
    expect(relevanceBar(0.2, RELEVANCE_DEFAULTS)).toBe(RELEVANCE_DEFAULTS.relaxedFloor);
    expect(relevanceBar(0.5, RELEVANCE_DEFAULTS)).toBeCloseTo(0.4);
    expect(relevanceBar(1.2, RELEVANCE_DEFAULTS)).toBe(RELEVANCE_DEFAULTS.minRelevance);
  });
});
