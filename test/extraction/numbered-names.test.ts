import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('numbers inside names', () => {
  it('keep an ordinal opening a body’s name (courts, defence)', () => {
    const analysis = analyse([
      'The 5th Circuit Court of Appeals said the rule was lawful.',
      'A spokesman for the 101st Airborne Division said the troops were ready.',
    ]);
    expect(speakerNameOf(analysis, 'rule was lawful')).toBe('5th Circuit Court of Appeals');
    expect(analysis.actors.map((actor) => actor.name)).toContain('101st Airborne Division');
  });

  it('leave an ordinal before a constituency out of any body (politics)', () => {
    const analysis = analyse(['Ana Ruiz, who is running in the 19th District, said the race was close.']);
    expect(analysis.actors.map((actor) => actor.name)).not.toContain('19th District');
  });

  it('keep the number of a broadcaster’s channel, a body (media)', () => {
    const analysis = analyse(['Channel 4 have said they will defend the programme in court.']);
    expect(speakerNameOf(analysis, 'defend the programme')).toBe('Channel 4');
    expect(analysis.actors.find((actor) => actor.name === 'Channel 4')?.kind).toBe('ORGANIZATION');
  });

  it('leave a score after a station’s name alone (sport)', () => {
    const analysis = analyse(['Radio 4-3 was the final score, the league said.']);
    expect(analysis.actors.map((actor) => actor.name)).not.toContain('Radio 4');
  });
});
