// A negation whose scope is another noun than the topic's, or the object of what the topic causes. Sentences are our
// own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';

const mine = { words: ['copper', 'mine'], name: 'the copper mine' };

describe('what the topic is said to cause, denied', () => {
  it('reads "caused no harm" as good of it, and "caused harm" as bad', () => {
    expect(stanceToward('the copper mine has caused no damage to the lake', mine)).toBe('SUPPORTS');
    expect(stanceToward('the copper mine has caused damage to the lake', mine)).toBe('OPPOSES');
  });
});

describe('a negation of a noun the topic only modifies', () => {
  it('reads "no leaks from the mine" as no denial of the mine', () => {
    expect(stanceToward('there have been no leaks from the copper mine', mine)).not.toBe('OPPOSES');
  });

  it('still reads the topic itself negated, or its need denied, as against it', () => {
    expect(stanceToward('there will be no copper mine in this valley', mine)).toBe('OPPOSES');
    expect(stanceToward('there is no need for a copper mine', mine)).toBe('OPPOSES');
  });
});
