// Toward a sanction, freedom called for is against it and freedom denied is for it. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';

const term = { words: ['prison', 'term', 'smugglers'], name: 'prison term for the smugglers' };

describe('release from a sanction', () => {
  it('reads a call to free them as against the sanction', () => {
    expect(stanceToward('the smugglers should be released', term)).toBe('OPPOSES');
    expect(stanceToward('the young one deserves to be freed', term)).toBe('OPPOSES');
  });

  it('reads freedom denied as for it', () => {
    expect(stanceToward('they must never be released', term)).toBe('SUPPORTS');
    expect(stanceToward('he will not be paroled before he has served twenty years', term)).toBe('SUPPORTS');
  });

  it('reads a release told as a fact', () => {
    expect(stanceToward('one of the smugglers was released on bail in May', term)).toBe('NEUTRAL');
  });
});
