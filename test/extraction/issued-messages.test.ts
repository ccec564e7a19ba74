import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe("a message put out in its issuer's voice", () => {
  it('gives what a resolution or an ad says to whoever put it out (local, elections)', () => {
    const analysis = analyse([
      'The Harbour Council passed a resolution condemning the plan to close the ferry.',
      'Mayor Lee Park launched a new ad urging voters to reject the tax.',
    ]);
    expect(speakerNameOf(analysis, 'close the ferry')).toBe('Harbour Council');
    expect(speakerNameOf(analysis, 'reject the tax')).toBe('Lee Park');
  });
});
