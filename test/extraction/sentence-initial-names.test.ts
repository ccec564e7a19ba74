import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';

const names = (paragraphs: string[]) => analyse(paragraphs).actors.map((a) => a.name);

describe('two-word names opening a sentence with a common noun', () => {
  it('keeps the common noun as the first word of a subject name', () => {
    expect(names(['Office Depot declined to stock the new laptops.'])).toContain('Office Depot');
    expect(names(['Office Depot’s board approved the sale on Monday.'])).toContain('Office Depot');
  });

  it('opens no name with a noun for a person, nor before a date or a given name', () => {
    expect(names(['Police Chief Maria Lopez said the road was closed.'])).toEqual(['Maria Lopez']);
    expect(names(['Shares Monday fell sharply after the report.'])).toEqual([]);
  });
});
