import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('a source phrase set off right after a verb of saying', () => {
  it('names the channel of the verb, whose subject speaks (courts)', () => {
    const analysis = analyse([
      'The defendant, Ana Berg, said, per a translator, that the border guards had never asked for papers.',
      'Omar Hale told reporters, according to a transcript, that the talks had failed.',
    ]);
    expect(speakerNameOf(analysis, 'never asked for papers')).toBe('Ana Berg');
    expect(speakerNameOf(analysis, 'talks had failed')).toBe('Omar Hale');
    expect(analysis.actors.map((actor) => actor.name)).not.toContain('a translator');
  });

  it('still names the source after a verb that is no report of its own (business)', () => {
    const analysis = analyse([
      'Most shoppers want local goods, but those items are often difficult to find, according to the survey.',
    ]);
    expect(speakerNameOf(analysis, 'difficult to find')).toBe('the survey');
  });
});
