import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extraction/extract-article.ts';

const BODY = [
  'The Harbour Board hid losses from the fishermen’s union for two years, the union said on Monday.',
  'Harbour commissioner Ann Vale met fishermen in Port Erin on Tuesday.',
].join('\n');

function headlineTexts(headline: string): string[] {
  const analysis = extractArticle({ headline, body: BODY, publishedAt: '2025-03-10' });
  return analysis.statements.filter((s) => s.section === 'HEADLINE').map((s) => s.text);
}

describe('passive participles in headlines', () => {
  it('makes no speaker of the one accused in "X Accused Of …"', () => {
    expect(headlineTexts('Harbour Board Accused Of Hiding Losses From Fishermen')).toEqual([]);
  });

  it('makes no speaker of the one criticised in "X Criticized By …"', () => {
    expect(headlineTexts('Ann Vale Criticized By Union Over Pier Delay')).toEqual([]);
  });

  it('still reads the active verb with its object', () => {
    expect(headlineTexts('Ann Vale Accuses Harbour Board Of Hiding Losses')).toEqual([
      'Harbour Board Of Hiding Losses',
    ]);
  });
});
