// Clauses and their weight: a concession after its main clause. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';
import { readText } from '../../src/extraction/stance/read-text.ts';

const tunnel = { words: ['harbour', 'tunnel'], name: 'the harbour tunnel' };

describe('a concession after its main clause', () => {
  it('is cut off as conceded, the main clause asserted', () => {
    const { clauses } = readText('The tunnel is welcome, although it is badly costed.');
    expect(clauses.map((clause) => [clause.text.trim(), clause.asserted])).toEqual([
      ['The tunnel is welcome', true],
      ['it is badly costed.', false],
    ]);
  });

  it('makes a statement pulling both ways mixed', () => {
    expect(stanceToward('The harbour tunnel is welcome, although it is badly costed.', tunnel)).toBe('MIXED');
    expect(stanceToward('The tunnel is a disgrace, even though the engineers did wonderful work.', tunnel)).toBe(
      'MIXED',
    );
  });

  it('leaves a closing "though" and a "while" of time alone', () => {
    expect(readText('The tunnel is welcome, though.').clauses).toHaveLength(1);
    expect(readText('The tunnel was closed, while the divers searched it.').clauses).toHaveLength(1);
  });
});
