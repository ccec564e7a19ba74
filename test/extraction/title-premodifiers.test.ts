import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

/** The role a statement gives its speaker, in lower case. */
function roleOf(paragraphs: string[], fragment: string): string | null | undefined {
  return statementWith(analyse(paragraphs), fragment).speakerRole?.toLowerCase();
}

describe('a classifying adjective before a title', () => {
  it('belongs to the title, after "according to" and mid-sentence alike (politics, science)', () => {
    expect(
      roleOf(
        ['According to political scientist Peter Ubertaccio of Stonehill College, the war chest may deter rivals.'],
        'war chest',
      ),
    ).toBe('political scientist');
    expect(roleOf(['On Monday marine biologist Ana Reyes said the reef was recovering.'], 'reef')).toBe(
      'marine biologist',
    );
  });

  it('not when it is graded or opens a clause: it evaluates, and names no title', () => {
    const analysis = analyse([
      'Cruz is the most able candidate Richard Viguerie argues, and the party agrees.',
      'They undermined whatever real authority Paul Manafort had.',
    ]);
    const roles = analysis.actors.flatMap((actor) => actor.roles.map((role) => role.title.toLowerCase()));
    expect(roles).not.toContain('able candidate');
    expect(roles).not.toContain('real authority');
  });
});

describe('the standing of a candidate in a race', () => {
  it('is a title: "front-runner", "frontrunner", "hopeful" (politics)', () => {
    expect(roleOf(['GOP frontrunner Donald Trump said the wall would be built.'], 'wall')).toBe('gop frontrunner');
    expect(roleOf(['Republican presidential hopeful Ben Carson said he was ready.'], 'ready')).toBe(
      'republican presidential hopeful',
    );
  });
});

describe('a title that serves someone named with a title of their own', () => {
  it('is the appositive head’s, not the served name’s: "a spokesman for presidential candidate Hillary Clinton" (politics)', () => {
    const analysis = analyse([
      'Brian Fallon, a spokesman for presidential candidate Hillary Clinton, said the report was false.',
    ]);
    const roles = (name: string) =>
      analysis.actors.find((actor) => actor.name === name)?.roles.map((role) => role.title.toLowerCase());
    expect(roles('Hillary Clinton')).toEqual(['presidential candidate']);
    expect(statementWith(analysis, 'report was false').speakerRole?.toLowerCase()).toBe(
      'spokesman for presidential candidate hillary clinton',
    );
  });

  it('keeps a title whose "of" joins its own words: "Secretary of State", "Bank of America analyst" (business)', () => {
    const analysis = analyse([
      'Bank of America analyst Jo Reyes said rates would rise.',
      'Former Secretary of State and presidential frontrunner Hillary Clinton said she agreed with the plan.',
    ]);
    expect(statementWith(analysis, 'rates would rise').speakerRole).toBe('Bank of America analyst');
    expect(statementWith(analysis, 'she agreed').speakerRole?.toLowerCase()).toContain('secretary of state');
  });
});

describe('a lower-case title completed by a capitalised word after "of"', () => {
  it('is the title of the name after it, not a body named "State …" (politics)', () => {
    const analysis = analyse([
      'The former secretary of State Hillary Clinton said she was ready.',
      'The chief of Police Ana Reyes said the exercise would go ahead.',
    ]);
    expect(speakerNameOf(analysis, 'she was ready')).toBe('Hillary Clinton');
    expect(statementWith(analysis, 'she was ready').speakerRole?.toLowerCase()).toBe('former secretary of state');
    expect(speakerNameOf(analysis, 'exercise would go ahead')).toBe('Ana Reyes');
    expect(analysis.actors.map((actor) => actor.name)).not.toContain('State Hillary Clinton');
  });
});

describe('a definite description headed by a hyphenated title', () => {
  it('is the one who holds that title: "the front-runner", "the co-founder" (politics, technology)', () => {
    const analysis = analyse([
      'GOP front-runner Donald Trump said the wall would be built. The front-runner said Mexico would pay.',
      'Acme co-founder Ann Lee said the site was safe. Later the co-founder said it would grow.',
    ]);
    expect(speakerNameOf(analysis, 'Mexico would pay')).toBe('Donald Trump');
    expect(speakerNameOf(analysis, 'it would grow')).toBe('Ann Lee');
  });
});
