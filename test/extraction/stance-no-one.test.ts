// A side that no one takes, and a rhetorical question of who wanted it, present the topic as lacking that side.
// Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';

const tram = { words: ['tram', 'line'], name: 'the tram line' };

describe('sides no one takes', () => {
  it('reads "nobody wants", "few support", "who asked for" as against the topic', () => {
    expect(stanceToward('nobody wants the tram line', tram)).toBe('OPPOSES');
    expect(stanceToward('few people support the tram line', tram)).toBe('OPPOSES');
    expect(stanceToward('who asked for this tram line?', tram)).toBe('OPPOSES');
  });

  it('reads "nobody opposes" as for it, and "a few support" as support', () => {
    expect(stanceToward('nobody opposes the tram line', tram)).toBe('SUPPORTS');
    expect(stanceToward('a few shopkeepers support the tram line', tram)).toBe('SUPPORTS');
  });
});
