import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extraction/extract-article.ts';
import { readWithWink } from '../../src/extraction/text/wink.ts';
import type { ArticleText } from '../../src/extraction/types.ts';

// The ingestion worker and the server extract many articles in one process: an article must come out the same
// whatever was read before it. wink's tokenizer keeps a word whole once it has seen it whole, and a possessive
// before a stop ("the call was the Ministry's.") is seen whole, so these texts hold that construction.

const ARTICLE: ArticleText = {
  headline: 'Two prison guards charged with falsifying records',
  body: [
    'Two prison guards were charged on Tuesday with falsifying records on the night an inmate died.',
    "The Justice Department's inspector general said the guards had slept at their desks.",
    'The warden told reporters that the prison was short of staff.',
  ].join('\n'),
  publishedAt: '2024-05-07',
};

const OTHER: ArticleText = {
  headline: 'Who decides on the budget',
  body: [
    "The final word on the budget was the Justice Department's, a spokeswoman said.",
    "Critics said the blame was the Department's, not the guards'.",
  ].join('\n'),
  publishedAt: '2024-05-08',
};

describe('extraction does not depend on what the process read before', () => {
  it('gives the same analysis of an article before and after another', () => {
    const first = extractArticle(ARTICLE);
    extractArticle(OTHER);
    expect(extractArticle(ARTICLE)).toEqual(first);
  });

  it('tags a sentence the same before and after a text that holds its possessive whole', () => {
    const sentence = "The Foreign Ministry's spokesman said so.";
    const first = readWithWink(sentence);
    readWithWink("The decision was the Foreign Ministry's.");
    expect(readWithWink(sentence)).toEqual(first);
  });
});
