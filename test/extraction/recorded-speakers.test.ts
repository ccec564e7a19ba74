import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('a speaker shown in a recording', () => {
  it('gives the words to the one recorded, not to the recording (elections)', () => {
    const analysis = analyse([
      'The new ad uses footage of Mayor Ruth Alder asking, “Why should anyone trust the harbour board?”',
    ]);
    expect(speakerNameOf(analysis, 'trust the harbour board')).toBe('Ruth Alder');
    expect(analysis.actors.map((actor) => actor.name)).not.toContain('footage of Mayor Ruth Alder');
  });
});
