// Stance of a statement opening on a frame of denial or doubt: its complement's, turned round. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';
import { deniedComplement } from '../../src/extraction/stance/denied-frames.ts';

const tunnel = { words: ['harbour', 'tunnel'], name: 'the harbour tunnel' };

describe('frames of denial or doubt', () => {
  it('finds the complement of a frame opening the statement', () => {
    expect(deniedComplement('It is not true that the tunnel has failed.')).toBe('the tunnel has failed.');
    expect(deniedComplement('"I doubt the tunnel will ever open')).toBe('the tunnel will ever open');
    expect(deniedComplement("But we don't believe that the tunnel is a mistake")).toBe('the tunnel is a mistake');
    expect(deniedComplement('There is no evidence the tunnel cut traffic')).toBe('the tunnel cut traffic');
  });

  it('finds none inside a statement, or with too short a complement', () => {
    expect(deniedComplement('They say it is not true that the tunnel has failed.')).toBeNull();
    expect(deniedComplement('I doubt it.')).toBeNull();
  });

  it('turns round what the complement says', () => {
    expect(stanceToward('Nobody believes the tunnel will work.', tunnel)).toBe('OPPOSES');
    expect(stanceToward('I doubt the harbour tunnel will help anyone.', tunnel)).toBe('OPPOSES');
    expect(stanceToward("I don't believe the tunnel is a mistake.", tunnel)).toBe('SUPPORTS');
    expect(stanceToward('It is simply false that the tunnel is a disaster.', tunnel)).toBe('SUPPORTS');
    expect(stanceToward('It is not true that the tunnel has failed.', tunnel)).toBe('SUPPORTS');
  });

  it('leaves a complement that takes no side without one', () => {
    expect(stanceToward('I doubt the tunnel was discussed at the meeting.', tunnel)).toBe('NEUTRAL');
  });

  it('reads a doubting question of an outcome as against it', () => {
    expect(stanceToward('Will the tunnel really help anyone?', tunnel)).toBe('OPPOSES');
  });
});
