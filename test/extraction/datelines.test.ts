import { describe, expect, it } from 'vitest';
import { datelineEnd } from '../../src/extraction/datelines.ts';
import { readDocument } from '../../src/extraction/text/document.ts';
import { analyse, speakerNameOf } from './analyse.ts';

/** The text after the dateline of the body's first paragraph, or the whole paragraph when it has none. */
function afterDateline(body: string): string {
  const doc = readDocument(body);
  const end = datelineEnd(doc, 0);
  return doc.body.slice(doc.tokens[end]!.start, doc.paragraphs[0]!.end);
}

describe('datelines', () => {
  it('ends at the dash after a place in capitals, with or without a date and an agency', () => {
    expect(afterDateline('OSLO — The minister resigned on Monday.')).toBe('The minister resigned on Monday.');
    expect(afterDateline('PORTO ALEGRE, June 4 (Newswire) – Floods closed the airport.')).toBe(
      'Floods closed the airport.',
    );
    expect(afterDateline('NEW HAVEN, Conn. - The mayor spoke first.')).toBe('The mayor spoke first.');
  });

  it('is no dateline without a place in capitals, away from a paragraph start, or with a word joined by a hyphen', () => {
    expect(afterDateline('Oslo — the city — was quiet.')).toBe('Oslo — the city — was quiet.');
    expect(afterDateline('The mayor of OSLO — a former judge — resigned.')).toBe(
      'The mayor of OSLO — a former judge — resigned.',
    );
    expect(afterDateline('NORTH-WEST winds closed the port.')).toBe('NORTH-WEST winds closed the port.');
  });

  it('keeps the dateline place and agency out of the actors, and reads the subject after the dash', () => {
    const analysis = analyse([
      'PORTO ALEGRE, June 4 (Reuters) — Mayor Ana Ribeiro said the airport would stay shut until Friday.',
      'Ribeiro said crews were pumping water from the runways.',
    ]);
    const names = analysis.actors.map((a) => a.name);
    expect(names).not.toContain('Reuters');
    expect(names).not.toContain('PORTO ALEGRE');
    expect(speakerNameOf(analysis, 'the airport would stay shut')).toBe('Ana Ribeiro');
  });
});
