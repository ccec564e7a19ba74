import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('a pronoun that goes on from the last speaker', () => {
  it('keeps to the speaker last named by a pronoun of its gender, past a man named since (courts)', () => {
    const analysis = analyse([
      'President Zorvan Hale criticised the ruling on Sunday.',
      'In another post, he called Judge Mark Reyes "a so-called judge" and expressed confidence the ruling would be overturned.',
      'He also claimed, "Bad people are very happy!"',
    ]);
    expect(speakerNameOf(analysis, 'Bad people')).toBe('Zorvan Hale');
  });

  it('still gives way to a person named since when the last speaker was last named otherwise (politics)', () => {
    const analysis = analyse([
      'The minister said the budget was sound.',
      'Opposition leader Carl Berg, a father of three, disagreed with his colleagues, and his aides said he was angry.',
      'He said, "This budget will fail."',
    ]);
    expect(speakerNameOf(analysis, 'This budget will fail')).toBe('Carl Berg');
  });
});
