import { describe, expect, it } from 'vitest';
import { beginArticle, remembered, rememberedInArticle } from '../../src/extraction/remembered.ts';
import { extractArticle } from '../../src/extraction/extract-article.ts';

describe('answers kept while an article is read', () => {
  it('asks again after the next article is begun, where a word memo keeps its answer', () => {
    const asked: string[] = [];
    const ofText = rememberedInArticle(10, (text) => (asked.push(text), text.length));
    const ofWord = remembered(10, (word) => (asked.push(`word:${word}`), word.length));
    expect([ofText('a statement'), ofText('a statement'), ofWord('said'), ofWord('said')]).toEqual([11, 11, 4, 4]);
    beginArticle();
    expect([ofText('a statement'), ofWord('said')]).toEqual([11, 4]);
    expect(asked).toEqual(['a statement', 'word:said', 'a statement']);
  });

  it('keeps no more than its bound', () => {
    const asked: string[] = [];
    const ofText = rememberedInArticle(2, (text) => (asked.push(text), text));
    for (const text of ['one', 'two', 'three', 'one']) ofText(text);
    expect(asked).toEqual(['one', 'two', 'three', 'one']);
  });

  it('reads an article the same after other articles as alone', () => {
    const article = {
      headline: 'Mayor defends budget',
      body: 'The mayor said the budget was "a fair plan for every family." Critics said it was reckless.',
      publishedAt: '2026-03-02',
    };
    const alone = extractArticle(article);
    extractArticle({ ...article, body: 'The governor said the plan was reckless and unfair.' });
    expect(extractArticle(article)).toEqual(alone);
  });
});
