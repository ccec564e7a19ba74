import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('an adjective heading its phrase after a determiner (a fused head)', () => {
  it('lets "the military" speak', () => {
    const analysis = analyse(['The military said it was targeting criminals around the capital.']);
    expect(speakerNameOf(analysis, 'targeting criminals')).toBe('the military');
  });

  it('lets "the military" speak past an auxiliary', () => {
    const analysis = analyse(['The military has said the harbour would stay closed.']);
    expect(speakerNameOf(analysis, 'harbour would stay closed')).toBe('the military');
  });

  it('ends a report before a sibling report by "the military"', () => {
    const analysis = analyse([
      'Norway said the minister had stayed at home, and the military said it was guarding the port.',
    ]);
    expect(speakerNameOf(analysis, 'minister had stayed at home')).toBe('Norway');
    expect(speakerNameOf(analysis, 'guarding the port')).toBe('the military');
    expect(analysis.statements.find((s) => s.text.includes('guarding the port'))?.text).not.toContain('minister');
  });

  it('lets "the public" and "the latter" speak', () => {
    const analysis = analyse([
      'The public said the new toll was too high.',
      'The latter added that the bridge had cost too much.',
    ]);
    expect(speakerNameOf(analysis, 'toll was too high')).toBe('the public');
    expect(speakerNameOf(analysis, 'bridge had cost too much')).toBe('the latter');
  });

  it('keeps the speaker of a cue whose object is a fused head', () => {
    const analysis = analyse(['Mayor Ida Lund visited the injured and said the hospital was coping.']);
    expect(speakerNameOf(analysis, 'hospital was coping')).toBe('Ida Lund');
  });
});

describe('a determiner standing for its own noun phrase as a speaker', () => {
  it('reads "another", "several" and "many" as sources of their own, mid-sentence too', () => {
    const analysis = analyse([
      'One survey says there are 500 ferry routes, while another says there are about 600.',
      'The union says the pay offer is fair, while many argue it is far too low.',
      'Several said the harbour plan had been rushed.',
    ]);
    expect(speakerNameOf(analysis, 'about 600')).toBe('another');
    expect(speakerNameOf(analysis, 'far too low')).toBe('many');
    expect(speakerNameOf(analysis, 'harbour plan had been rushed')).toBe('several');
  });
});
