import { readdirSync, readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { chronoMayMatch } from '../../src/extraction/dates.ts';

// chronoMayMatch mirrors chrono-node's patterns by hand: a new chrono that reads more would find dates it skips.
const articles = new URL('../gold/articles/', import.meta.url);
const sentences = readdirSync(articles)
  .filter((file) => file.endsWith('.txt'))
  .flatMap((file) => readFileSync(new URL(file, articles), 'utf8').split(/(?<=[.!?”"])\s+/));
const tricky = [
  'they met in the S&P',
  'the pasty lasts',
  'a few weeks later',
  'half an hour ago',
  'in a couple of days',
  'this weekend',
  'last night',
  'on Thursday',
  'the 1st of May',
  'noon',
  'this year',
];

describe('the test before chrono', () => {
  it('passes every text in which chrono finds a date: what it spares holds at most a time of day', () => {
    const dated = (result: chrono.ParsedResult) =>
      (['day', 'month', 'year', 'weekday'] as const).some((part) => result.start.isCertain(part));
    const missed = [...sentences, ...tricky].filter(
      (text) => !chronoMayMatch(text) && chrono.parse(text, new Date(Date.UTC(2024, 9, 17))).some(dated),
    );
    expect(missed).toEqual([]);
  });

  it('spares chrono most sentences of real news', () => {
    const spared = sentences.filter((text) => !chronoMayMatch(text)).length;
    expect(spared / sentences.length).toBeGreaterThan(0.2);
  });
});
