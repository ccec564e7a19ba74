// Stance read from what the topic is said to do (consequences.ts) and from "not only … but also". Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';
import { outcomeSide } from '../../src/extraction/stance/consequences.ts';
import { wordSentiment } from '../../src/extraction/stance/read-text.ts';

const toll = { words: ['bridge', 'toll'], name: 'the bridge toll' };
const scheme = { words: ['allotment', 'scheme'], name: 'the allotment scheme' };

describe('outcomes said of the topic', () => {
  it('reads a bad outcome the topic causes as against it, a count or none', () => {
    expect(stanceToward('The bridge toll will cost hundreds of jobs in the harbour town.', toll)).toBe('OPPOSES');
    expect(stanceToward('It will cost shopkeepers their trade.', toll)).toBe('OPPOSES');
    expect(stanceToward('the toll has already hurt the ferry operators', toll)).toBe('OPPOSES');
    expect(stanceToward('The allotment scheme has failed.', scheme)).toBe('OPPOSES');
  });

  it('reads a good outcome as for it, hedged or not', () => {
    expect(stanceToward('the allotment scheme has helped dozens of families', scheme)).toBe('SUPPORTS');
    expect(stanceToward('I think the allotment scheme could work', scheme)).toBe('SUPPORTS');
    expect(stanceToward('The allotment scheme succeeded in its first year.', scheme)).toBe('SUPPORTS');
  });

  it('turns an outcome round when the verb group is negated', () => {
    expect(stanceToward("The allotment scheme won't help anyone.", scheme)).toBe('OPPOSES');
    expect(stanceToward('The bridge toll has not hurt the town at all.', toll)).toBe('SUPPORTS');
  });

  it('reads a verb of causing by its object', () => {
    const words = 'the toll led to heavy losses for the hauliers'.split(' ');
    expect(outcomeSide(words, (word) => toll.words.includes(word), wordSentiment)).toBe(-1);
  });

  it('takes a price for a fact, and a participle after a determiner for an adjective', () => {
    expect(stanceToward('The bridge toll costs 4 dollars a crossing.', toll)).toBe('NEUTRAL');
    const words = 'the toll played a crippling role in the closures'.split(' ');
    expect(outcomeSide(words, (word) => toll.words.includes(word), wordSentiment)).toBe(0);
  });

  it("reads an outcome only of the subject's head, and not an effort or a relative clause's", () => {
    const timetable = { words: ['ferry', 'timetable'], name: 'the ferry timetable' };
    expect(stanceToward('ferry managers are working to fill 40 posts', timetable)).toBe('NEUTRAL');
    const words = 'the toll office keeps lists of things that trigger heavy losses'.split(' ');
    expect(outcomeSide(words, (word) => toll.words.includes(word), wordSentiment)).toBe(0);
  });

  it('reads no outcome toward a harm, whose effects are reported', () => {
    const storm = { words: ['storm'], name: 'the storm' };
    expect(stanceToward('The storm damaged the harbour wall.', storm)).toBe('NEUTRAL');
  });
});

describe('"not only … but also"', () => {
  it('adds its second part to its first, neither contrasting nor negating', () => {
    expect(stanceToward('Not only is the bridge toll fair, but it will also pay for repairs.', toll)).toBe('SUPPORTS');
    expect(
      stanceToward(
        'The allotment scheme is a wonderful success, bringing joy not only to the gardeners but to all of our neighbours.',
        scheme,
      ),
    ).toBe('SUPPORTS');
  });
});
