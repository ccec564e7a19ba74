import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a participle coordinated with the participle of an absolute "with" clause', () => {
  it('has the absolute clause’s subject, not the sentence’s', () => {
    const analysis = analyse([
      'The port board met on Saturday, with Mayor Ruth Alder raising the fees and vowing to spend the money on the docks.',
    ]);
    expect(statementWith(analysis, 'spend the money').text).toBe('to spend the money on the docks');
    expect(speakerNameOf(analysis, 'spend the money')).toBe('Ruth Alder');
  });

  it('takes the subject of a plural description as well', () => {
    const analysis = analyse([
      'The navy stepped up patrols on Friday, with senior defense officials touring the base and insisting that the strait was unsafe.',
    ]);
    expect(speakerNameOf(analysis, 'the strait was unsafe')).toBe('senior defense officials');
  });
});

describe('a reporting participle after "and" that the tagger reads as a noun', () => {
  it('is a cue when "that" follows it, as after a comma', () => {
    const analysis = analyse([
      'The navy stepped up patrols on Friday, with senior defense officials touring the base and warning that the strait was unsafe.',
    ]);
    expect(statementWith(analysis, 'the strait was unsafe').text).toBe('the strait was unsafe');
    expect(speakerNameOf(analysis, 'the strait was unsafe')).toBe('senior defense officials');
  });
});

describe('a participle of saying the tagger reads as a noun after a name', () => {
  it('is the cue of an absolute construction before "that" (business)', () => {
    const analysis = analyse([
      'The Federal Reserve raised interest rates on Wednesday, with Chair Jerome Powell warning that inflation remained high.',
    ]);
    expect(speakerNameOf(analysis, 'inflation remained high')).toBe('Jerome Powell');
  });
});
