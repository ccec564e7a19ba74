import { describe, expect, it } from 'vitest';
import { analyse, statementWith } from './analyse.ts';

describe('titles in an appositive after a name', () => {
  it('keep a modifier joined by a hyphen to a participle', () => {
    const analysis = analyse(['Rosa Petit, a Boston-based attorney, said the ruling was wrong.']);
    expect(statementWith(analysis, 'ruling was wrong').speakerRole).toBe('Boston-based Attorney');
  });

  it('may open with a participle that is part of the title', () => {
    const analysis = analyse(['Mara Lal, acting finance director of the port authority, said the response was weak.']);
    expect(statementWith(analysis, 'response was weak').speakerRole).toBe(
      'acting finance director of the port authority',
    );
  });

  it('are not read from a participle clause', () => {
    const analysis = analyse(['Tom Berg, speaking to reporters, said the plan was dead.']);
    expect(statementWith(analysis, 'plan was dead').speakerRole).toBeNull();
  });
});

describe('titles written before a name', () => {
  it('keep a modifier whose words are joined by a hyphen', () => {
    const analysis = analyse(['Pulitzer Prize-winning cartoonist Lena Ruud said she had meant no insult.']);
    expect(statementWith(analysis, 'meant no insult').speakerRole).toBe('Pulitzer Prize-winning cartoonist');
  });
});
