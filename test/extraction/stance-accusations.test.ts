// An accusation dismissed, or the accused cleared, is against a claim of the wrong and against its sanction.
// Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';

const dumping = { words: ['tanco', 'dumping', 'waste', 'canal'], name: 'Tanco dumping waste in the canal' };
const charges = { words: ['charges', 'harbourmaster'], name: 'charges against the harbourmaster' };

describe('accusations dismissed', () => {
  it('reads "the allegations are baseless" as against the claim', () => {
    expect(stanceToward('the allegations are baseless', dumping)).toBe('OPPOSES');
    expect(stanceToward('these accusations are simply untrue', dumping)).toBe('OPPOSES');
  });

  it('reads the charges dismissed, or the accused cleared, as against the sanction', () => {
    expect(stanceToward('the charges are groundless', charges)).toBe('OPPOSES');
    expect(stanceToward('the harbourmaster is innocent', charges)).toBe('OPPOSES');
  });

  it('still reads an account of the wrong as asserting the claim', () => {
    expect(stanceToward('Tanco poured its waste into the canal for years', dumping)).toBe('SUPPORTS');
  });
});
