// Idioms of evaluation (idioms.ts): fixed expressions that praise or blame though none of their words does.
// Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';
import { idiomsIn } from '../../src/extraction/stance/idioms.ts';

const tolls = { words: ['toll', 'plan'], name: 'the toll plan' };

describe('idioms of evaluation', () => {
  it('praise: "makes sense", "a step in the right direction", "long overdue"', () => {
    expect(stanceToward('The toll plan makes a lot of sense for commuters.', tolls)).toBe('SUPPORTS');
    expect(stanceToward('The toll plan is a step in the right direction.', tolls)).toBe('SUPPORTS');
    expect(stanceToward('The toll plan is long overdue.', tolls)).toBe('SUPPORTS');
  });

  it('blame: "falls short", "goes too far", "a slap in the face", "does not add up"', () => {
    expect(stanceToward('The toll plan falls well short of what commuters need.', tolls)).toBe('OPPOSES');
    expect(stanceToward('The toll plan goes too far.', tolls)).toBe('OPPOSES');
    expect(stanceToward('The toll plan is a slap in the face for commuters.', tolls)).toBe('OPPOSES');
    expect(stanceToward('The numbers in the toll plan simply do not add up.', tolls)).toBe('OPPOSES');
  });

  it('turns an idiom round where a negation comes before it, and reads "makes no sense" once', () => {
    expect(idiomsIn('It is not a step in the right direction').map((idiom) => idiom.sentiment)).toEqual([-0.5]);
    expect(idiomsIn("It doesn't make sense").map((idiom) => idiom.sentiment)).toEqual([-0.5]);
    expect(idiomsIn('It makes no sense').map((idiom) => idiom.sentiment)).toEqual([-0.5]);
    expect(idiomsIn('The bridge is a landmark of the city')).toEqual([]);
  });
});

describe('more idioms of judging a plan', () => {
  const tram = { words: ['tram', 'line'], name: 'the tram line' };

  it('reads "the right thing to do" and "the right decision" as praise, denied as blame', () => {
    expect(stanceToward('the tram line is the right thing to do', tram)).toBe('SUPPORTS');
    expect(stanceToward('building the tram line was the right decision', tram)).toBe('SUPPORTS');
    expect(stanceToward('the tram line is not the right approach', tram)).toBe('OPPOSES');
  });

  it('reads "a white elephant" and "enough is enough" as blame', () => {
    expect(stanceToward('the tram line is a white elephant', tram)).toBe('OPPOSES');
    expect(stanceToward('enough is enough', tram)).toBe('OPPOSES');
  });
});
