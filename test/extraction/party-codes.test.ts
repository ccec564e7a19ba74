import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';
import { readDocument } from '../../src/extraction/text/document.ts';

describe('party and state codes set off by commas', () => {
  it('gives the quote to the name before a code, not to the day after the cue (politics)', () => {
    const analysis = analyse([
      '“The vote will hold,” Senate Minority Whip Dana Whitcombe, R-Neb., said Thursday.',
      'Rep. Omar Lindqvist, D-Minn., said Friday that the bill would fail in committee.',
    ]);
    expect(speakerNameOf(analysis, 'vote will hold')).toBe('Dana Whitcombe');
    expect(statementWith(analysis, 'vote will hold').speakerRole).toBe('Senate Minority Whip (R-Neb.)');
    expect(speakerNameOf(analysis, 'fail in committee')).toBe('Omar Lindqvist');
    expect(analysis.actors.map((actor) => actor.name)).not.toContain('Thursday');
  });

  it('does not end a sentence inside a code of two initials (politics)', () => {
    const doc = readDocument('Sen. Ann Holm, D-N.Y., said the plan would cost jobs. Aides agreed.');
    expect(doc.sentences.map((s) => doc.body.slice(s.start, s.end))).toEqual([
      'Sen. Ann Holm, D-N.Y., said the plan would cost jobs.',
      'Aides agreed.',
    ]);
    const analysis = analyse(['Sen. Ann Holm, D-N.Y., said the plan would cost jobs.']);
    expect(speakerNameOf(analysis, 'cost jobs')).toBe('Ann Holm');
    expect(analysis.actors.map((actor) => actor.name)).not.toContain('Y.');
  });

  it('keeps a number after the cue as its speaker: "…,” said one. (local)', () => {
    const analysis = analyse(['Protesters gathered outside the hall. “We will not move,” said one.']);
    expect(speakerNameOf(analysis, 'will not move')).toBe('one');
  });
});
