import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extraction/text/document.ts';
import { countWords, findQuotes, isStatementQuote } from '../../src/extraction/quotes.ts';

function quotesOf(body: string) {
  return findQuotes(readDocument(body));
}

describe('quotation structure', () => {
  it('reads curly and straight marks and trims the trailing comma', () => {
    const quotes = quotesOf(
      '“We will build the bridge next spring,” the mayor said. "Nobody asked us first," a resident said.',
    );
    expect(quotes.map((q) => q.text)).toEqual(['We will build the bridge next spring', 'Nobody asked us first']);
  });

  it('keeps offsets exact into the body', () => {
    const body = 'Intro line.\nShe said: “The river is rising fast.”';
    const [quote] = quotesOf(body);
    expect(quote && body.slice(quote.start, quote.end)).toBe('The river is rising fast.');
  });

  it('splits a quotation interrupted by an attribution into two pieces', () => {
    const quotes = quotesOf('“The budget is late,” she said, “but it will pass this week.”');
    expect(quotes.map((q) => q.text)).toEqual(['The budget is late', 'but it will pass this week.']);
  });

  it('pairs a straight opening mark with a curly closing one', () => {
    const quotes = quotesOf('"The roads are closed until Monday,” the sheriff said.');
    expect(quotes.map((q) => q.text)).toEqual(['The roads are closed until Monday']);
  });

  it('links a quotation running over paragraphs to its continuation', () => {
    const quotes = quotesOf(
      '“We trained all winter for this race.\n“And we will train again next year,” the coach said.',
    );
    expect(quotes).toHaveLength(2);
    expect(quotes[0]?.close).toBeNull();
    expect(quotes[1]?.continues).toBe(0);
  });

  it('treats an unclosed mark as a quotation to the end of its paragraph', () => {
    const quotes = quotesOf('He wrote: “the plan was never funded\nThe next paragraph is narration.');
    expect(quotes.map((q) => [q.text, q.close])).toEqual([['the plan was never funded', null]]);
  });

  it("reads doubled apostrophes and TeX-style ``marks'' as quotation marks, offsets unchanged", () => {
    const body = "''The vaccine trial met its goal,'' the company said. ``It was close,'' a researcher said.";
    const quotes = quotesOf(body);
    expect(quotes.map((q) => q.text)).toEqual(['The vaccine trial met its goal', 'It was close']);
    expect(quotes.map((q) => body.slice(q.start, q.end))).toEqual(['The vaccine trial met its goal', 'It was close']);
  });

  it('keeps an apostrophe inside a doubled-apostrophe quotation', () => {
    const quotes = quotesOf("The coach said: ''We didn't play our game today.''");
    expect(quotes.map((q) => q.text)).toEqual(["We didn't play our game today."]);
  });

  it('ignores stray closing marks', () => {
    expect(quotesOf('A stray” mark and nothing else.')).toEqual([]);
  });

  it('does not count names, nicknames and scare quotes as statements', () => {
    const quotes = quotesOf(
      'The so-called “Iron Lady” backed the “Green Deal” and the “New Harbour Initiative” after a “sham” vote.',
    );
    expect(quotes.map((q) => q.text)).toEqual(['Iron Lady', 'Green Deal', 'New Harbour Initiative', 'sham']);
    expect(quotes.filter(isStatementQuote)).toEqual([]);
  });

  it('reads five capitalised words as a title and six, or a lower-case word, as a statement', () => {
    const quotes = quotesOf(
      'They sang “Down By The River Bank” and “Down By The Old Mill Stream”, then “Come Home To stay”.',
    );
    expect(quotes.map((q) => isStatementQuote(q))).toEqual([false, true, true]);
  });
});

describe('countWords', () => {
  it('counts runs of letters and digits, an apostrophe or a hyphen inside a word joining it', () => {
    expect(countWords('We don’t want a well-known 24-hour plan')).toBe(7);
    expect(countWords("it's -- 'quoted' - 3")).toBe(3);
  });

  it('reads letters beyond Latin-1 and beyond the basic plane, and no emoji', () => {
    expect(countWords('Łukasz Erdoğan said naïve things')).toBe(5);
    expect(countWords('𝐀𝐁 and 😀 here')).toBe(3);
  });
});
