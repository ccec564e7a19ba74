// The topic's end said to be needed ("the toll must end") is against it; denied ("must never end"), for it.
// Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';

const toll = { words: ['toll', 'bridge'], name: 'the toll on the bridge' };

describe('an end said to be needed of the topic', () => {
  it('reads "must end", "has to stop", "needs to go" as against it', () => {
    expect(stanceToward('the bridge toll must end', toll)).toBe('OPPOSES');
    expect(stanceToward('the toll has to stop now', toll)).toBe('OPPOSES');
    expect(stanceToward('the toll on the bridge needs to go', toll)).toBe('OPPOSES');
  });

  it('reads its end denied as for it, and "go on" as no end', () => {
    expect(stanceToward('the toll must never end', toll)).toBe('SUPPORTS');
    expect(stanceToward('the bridge toll must go on', toll)).toBe('SUPPORTS');
  });

  it('reads an end told as a fact as no side', () => {
    expect(stanceToward('the toll on the bridge ended in March', toll)).toBe('NEUTRAL');
  });
});
