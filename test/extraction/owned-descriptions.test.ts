import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('a description opened by a possessive determiner', () => {
  it('keeps the possessive in the source it names', () => {
    const analysis = analyse(['Smith has been attacked often. His critics said he had lied.']);
    expect(speakerNameOf(analysis, 'had lied')).toBe('his critics');
  });

  it('keeps it before a title', () => {
    const analysis = analyse(['The mayor resigned. Her spokesman said she was tired.']);
    expect(speakerNameOf(analysis, 'was tired')).toBe('her spokesman');
  });

  it('still gives way to a name set after the description', () => {
    const analysis = analyse(['His wife, Ann Smith, said the trip was long.']);
    expect(speakerNameOf(analysis, 'trip was long')).toBe('Ann Smith');
  });
});
