// Opposition denied ("not against", "not opposed to", "no objection to") reads as acceptance (topic-verbs.ts
// oppositionDenied). Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';

const tolls = { words: ['toll', 'plan'], name: 'the toll plan' };

describe('opposition denied', () => {
  it('supports what the speaker is not against', () => {
    expect(stanceToward('We are not against the toll plan.', tolls)).toBe('SUPPORTS');
    expect(stanceToward("I'm not opposed to the toll plan in principle.", tolls)).toBe('SUPPORTS');
    expect(stanceToward("The mayor's office doesn't object to the toll plan.", tolls)).toBe('SUPPORTS');
    expect(stanceToward('The drivers have no objection to the toll plan.', tolls)).toBe('SUPPORTS');
  });

  it('leaves opposition stated, and acts of opposing denied, as they were', () => {
    expect(stanceToward('We are against the toll plan.', tolls)).toBe('OPPOSES');
    expect(stanceToward('The council is opposed to the toll plan.', tolls)).toBe('OPPOSES');
    expect(stanceToward('The council did not block the toll plan.', tolls)).not.toBe('SUPPORTS');
  });
});
