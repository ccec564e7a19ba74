// Stance read from constructions that carry no word of praise or blame. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';
import { readText } from '../../src/extraction/stance/read-text.ts';

describe('"it is time to"', () => {
  const fleet = { words: ['retiring', 'ferry', 'fleet'], name: 'retiring the old ferry fleet' };

  it('reads "it\'s time (for X) to" as necessity, as "should" says it', () => {
    expect(stanceToward("it's time to retire the old ferry fleet", fleet)).toBe('SUPPORTS');
    expect(stanceToward('it is high time for the council to retire the ferry fleet', fleet)).toBe('SUPPORTS');
    expect(stanceToward('The ferry fleet served us for decades. It is time that the fleet went', fleet)).toBe(
      'SUPPORTS',
    );
  });

  it('leaves other uses of "time" alone', () => {
    expect(stanceToward('the ferry fleet keeps time with the tides', fleet)).toBe('NEUTRAL');
  });
});

describe('numbers in names', () => {
  it('reads no count in a number that is part of a name', () => {
    expect(readText('Flight KX42 was diverted').counted).toBe(false);
    expect(readText('the old Corvair 440 was grounded').counted).toBe(false);
    expect(readText('the Navigator 7 browser is slow').counted).toBe(false);
  });

  it('still reads a count after a weekday, at the opening of a sentence, or before a share', () => {
    expect(readText('on Monday 30 people fled the valley').counted).toBe(true);
    expect(readText('Some 200 people fled the valley').counted).toBe(true);
    expect(readText('the Valley Party won 30 percent').counted).toBe(true);
    expect(readText('the storm left 48 boats damaged').counted).toBe(true);
  });

  it('judges a statement naming a model by number as it would one without', () => {
    const retire = { words: ['retiring', 'navigator'], name: 'retiring the Navigator browser' };
    expect(stanceToward('it is time for users to move on from Navigator 7', retire)).toBe('SUPPORTS');
  });
});
