// Refusing to take a side for the topic is taking the side against it. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';

const tram = { words: ['tram', 'line'], name: 'the tram line' };

describe('refusals', () => {
  it('reads refusing to support or endorse the topic as against it', () => {
    expect(stanceToward('the council refused to support the tram line', tram)).toBe('OPPOSES');
    expect(stanceToward('the party declines to endorse the tram line', tram)).toBe('OPPOSES');
  });

  it('reads refusing to condemn it as no side, and a side taken as it is', () => {
    expect(stanceToward('the minister declined to condemn the tram line', tram)).toBe('NEUTRAL');
    expect(stanceToward('the council voted to support the tram line', tram)).toBe('SUPPORTS');
  });
});
