// A harm judged by a copula's adjective is lamented; a harm told is reported. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';

const neglect = { words: ['neglect', 'care', 'home', 'residents'], name: 'neglect of the care home residents' };

describe('laments of a harm', () => {
  it('reads a predicate of blame said of the harm, or of what points back to it, as against it', () => {
    expect(stanceToward('it is sickening', neglect)).toBe('OPPOSES');
    expect(stanceToward('the way the residents were treated was cruel and callous', neglect)).toBe('OPPOSES');
    expect(stanceToward('what went on in that home was disgraceful', neglect)).toBe('OPPOSES');
    expect(stanceToward("it's so sad", neglect)).toBe('OPPOSES');
  });

  it('reads what was done, or what it was, as a report', () => {
    expect(stanceToward('the residents were starved and left alone for days', neglect)).toBe('NEUTRAL');
    expect(stanceToward('the cause of the neglect was a shortage of care home staff', neglect)).toBe('NEUTRAL');
    expect(stanceToward('the neglect was not criminal', neglect)).toBe('NEUTRAL');
    expect(stanceToward('it was a serious case of neglect', neglect)).toBe('NEUTRAL');
    expect(stanceToward('it was an accident at the care home', neglect)).toBe('NEUTRAL');
  });
});

describe('condolences', () => {
  it('reads a formula of condolence said of a harm as a lament', () => {
    const sinking = { words: ['ferry', 'disaster'], name: 'the ferry disaster' };
    expect(stanceToward('our hearts go out to the families of those lost', sinking)).toBe('OPPOSES');
    expect(stanceToward('the thoughts and prayers of the whole town are with the crew', sinking)).toBe('OPPOSES');
    expect(stanceToward('the ferry went down within minutes', sinking)).toBe('NEUTRAL');
  });
});
