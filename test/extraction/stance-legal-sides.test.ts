// The defence's side toward a charge or a penalty, read from who speaks. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';
import { speaksForDefence } from '../../src/extraction/stance/legal-sides.ts';

describe('the defence', () => {
  const charges = { words: ['charges', 'ferry', 'captain'], name: 'charges against the ferry captain' };
  const plea = 'her client turned down the deal the office offered last week';

  it('speaks against the charge where its words take no side', () => {
    expect(stanceToward(plea, charges, 'Dana Reyes', 'said', 'lawyer for the ferry captain')).toBe('OPPOSES');
    expect(stanceToward(plea, charges, 'Dana Reyes', 'said', 'defense attorney')).toBe('OPPOSES');
    expect(stanceToward(plea, charges, 'the captain’s defence team', 'said')).toBe('OPPOSES');
  });

  it('leaves anyone else, a prosecutor too, to the words', () => {
    expect(stanceToward(plea, charges, 'Dana Reyes', 'said')).toBe('NEUTRAL');
    expect(stanceToward(plea, charges, 'Omar Hale', 'said', 'district attorney for Kent County')).toBe('NEUTRAL');
    expect(stanceToward(plea, charges, 'Omar Hale', 'said', 'U.S. attorney for the Eastern District')).toBe('NEUTRAL');
  });

  it('takes no side for the defence toward what is not a sanction', () => {
    const ferry = { words: ['ferry', 'timetable'], name: 'the new ferry timetable' };
    expect(stanceToward(plea, ferry, 'Dana Reyes', 'said', 'lawyer for the ferry captain')).toBe('NEUTRAL');
  });

  it('reads the titles of the defence, and not those of the prosecution', () => {
    expect(speaksForDefence('Ana Ruiz', 'counsel for the parents')).toBe(true);
    expect(speaksForDefence('his lawyers')).toBe(true);
    expect(speaksForDefence('Ana Ruiz', 'attorney general')).toBe(false);
    expect(speaksForDefence('federal prosecutors')).toBe(false);
    expect(speaksForDefence('Ana Ruiz', 'Crown counsel')).toBe(false);
  });
});
