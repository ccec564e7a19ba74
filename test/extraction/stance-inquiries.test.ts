// An indirect question asks and claims nothing. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';
import { stanceFeatures } from '../../src/extraction/stance/features.ts';

const blame = {
  words: ['port', 'authority', 'blame', 'ferry', 'collision'],
  name: 'the port authority to blame for the ferry collision',
};

describe('an indirect question', () => {
  it('is read under a verb of finding out, or from a cue of asking', () => {
    expect(stanceFeatures('The inquiry is about learning why the gate was left open', blame).inquires).toBe(true);
    expect(stanceFeatures('They must determine whether the gate was left open', blame).inquires).toBe(true);
    expect(stanceFeatures('harbour staff how the keys to the gate went missing', blame, '', 'asked').inquires).toBe(
      true,
    );
  });

  it('is not a way of doing things nor a fact known', () => {
    expect(stanceFeatures('The crews learned how to close the gate', blame).inquires).toBe(false);
    expect(stanceFeatures('We know why the gate was left open', blame).inquires).toBe(false);
    expect(stanceFeatures('harbour staff how the keys to the gate went missing', blame, '', 'said').inquires).toBe(
      false,
    );
  });

  it('takes no side toward a claim, where an account of what was done asserts it', () => {
    expect(stanceToward('The inquiry is about learning why the gate was left open', blame, 'Dana Lee', 'said')).toBe(
      'NEUTRAL',
    );
    expect(stanceToward('The port authority left the gate open', blame, 'Dana Lee', 'said')).toBe('SUPPORTS');
  });
});

describe('doubt raised in so many words', () => {
  const closure = { words: ['ferry', 'route', 'closure'], name: 'the ferry route closure' };

  it('is against the topic', () => {
    expect(stanceToward('The closure raises serious questions about the council', closure, 'Dana Lee', 'said')).toBe(
      'OPPOSES',
    );
    expect(stanceToward('The report casts doubt on the ferry route closure', closure, 'Dana Lee', 'said')).toBe(
      'OPPOSES',
    );
    expect(stanceToward('The vote calls the ferry route closure into question', closure, 'Dana Lee', 'said')).toBe(
      'OPPOSES',
    );
  });

  it('is not read from a question answered', () => {
    expect(stanceFeatures('The council answered questions about the closure', closure).questioned).toBe(false);
  });
});
