import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './analyse.ts';

const names = (paragraphs: string[]) => analyse(paragraphs).actors.map((a) => a.name);

describe('credit lines and bylines', () => {
  it('leaves out a byline, a bracketed reporting credit and a photographer’s credit', () => {
    expect(
      names([
        'By Jane Holloway and Tom Gray, Reuters',
        'Mayor Pedro Soto opened the bridge on Monday. (AP Photo/Evan Vucci)',
        '(Reporting by Anna Pell; Editing by Rui Costa)',
      ]),
    ).toEqual(['Pedro Soto']);
  });

  it('reads no statement from a caption’s credit label (“Photograph: X/Agency”)', () => {
    const analysis = analyse([
      'Mayor Pedro Soto opened the bridge on Monday.',
      'Photograph: Lara Bent/Getty Images',
      'Illustration: Omar Reyes',
    ]);
    expect(analysis.statements).toEqual([]);
    expect(analysis.actors.map((a) => a.name)).toEqual(['Pedro Soto']);
  });

  it('leaves out how to reach the writer, a note of who the writer is and a picture’s credit line', () => {
    expect(
      names([
        'Mayor Pedro Soto said the bridge would reopen on Monday.',
        'Follow Lara Bent on Twitter @larabent',
        'Omar Reyes is a staff writer for the Harbor Tribune.',
        'Tomas Greer via Harbor Images.',
        'Lina Moor/Reuters',
      ]),
    ).toEqual(['Pedro Soto']);
    // A sentence of the story that tells of a reporter is news.
    expect(names(['Ines Vale is a reporter who was arrested in Minsk, her editor said.'])).toContain('Ines Vale');
  });

  it('keeps a sentence that opens with "By"', () => {
    expect(names(['By the end of the year Tom Gray had left the council.'])).toEqual(['Tom Gray']);
  });

  it('reads no statement from an editor’s note, and keeps the story’s own', () => {
    const analysis = analyse([
      'Mayor Pedro Soto said the bridge would reopen on Monday.',
      'Editor’s note: Councillor Ines Vale is a candidate who has repeatedly said she would close the port.',
      'Editors’ Note — An earlier version of this story said the bridge had closed in May.',
    ]);
    expect(analysis.statements.map((s) => [speakerOf(analysis, s).name, s.text])).toEqual([
      ['Pedro Soto', 'the bridge would reopen on Monday'],
    ]);
  });

  it('leaves out a publisher’s notice of its rights and of where the story ran first', () => {
    const analysis = analyse([
      'Mayor Pedro Soto said the bridge would reopen on Monday.',
      'Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      '© 2024 Thomson Reuters',
      'This story was originally published by ProPublica.',
    ]);
    expect(analysis.actors.map((a) => a.name)).toEqual(['Pedro Soto']);
    expect(analysis.statements).toHaveLength(1);
    // A sentence of the story that tells when a book first appeared is news.
    expect(names(['First published in 1962, the novel sold a million copies, Ines Vale said.'])).toContain('Ines Vale');
  });
});
