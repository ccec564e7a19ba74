// Rhetorical questions of who or why with a modal ("Who could object to it?") take the side opposite to the one
// they ask about (read-text.ts RHETORICAL); "object to" takes a side against its object (topic-verbs.ts).
// Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';

const tolls = { words: ['toll', 'plan'], name: 'the toll plan' };

describe('rhetorical questions', () => {
  it('asking who could oppose it supports it', () => {
    expect(stanceToward('Who could object to the toll plan?', tolls)).toBe('SUPPORTS');
    expect(stanceToward('Why would anyone oppose the toll plan?', tolls)).toBe('SUPPORTS');
    expect(stanceToward('Who could be against the toll plan?', tolls)).toBe('SUPPORTS');
  });

  it('asking who could support it opposes it', () => {
    expect(stanceToward('Who could possibly support the toll plan?', tolls)).toBe('OPPOSES');
    expect(stanceToward('How can anybody defend the toll plan?', tolls)).toBe('OPPOSES');
  });

  it('leaves questions of fact as they were', () => {
    expect(stanceToward('Why did the council reject the toll plan?', tolls)).toBe('OPPOSES');
  });
});

describe('"object to"', () => {
  it('takes a side against its object', () => {
    expect(stanceToward('Residents objected to the toll plan.', tolls)).toBe('OPPOSES');
  });
});
