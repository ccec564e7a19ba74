import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a paragraph that is only a quotation', () => {
  it('is said by the speaker of the last cue in the paragraph before it', () => {
    const analysis = analyse([
      'Harbour engineer Lena Ford told the council the sea wall needed repairs.',
      'She also warned that the levy could double within two years.',
      '“If they raise it again, the shops on the square will close. Nobody can pay that.”',
      'The council meets again in June.',
    ]);
    expect(speakerNameOf(analysis, 'shops on the square will close')).toBe('Lena Ford');
    const statement = statementWith(analysis, 'shops on the square will close');
    expect(statement.kind).toBe('DIRECT');
    expect(statement.text).toBe('If they raise it again, the shops on the square will close. Nobody can pay that.');
  });

  it('is said by no one when the paragraph before it has no cue', () => {
    const analysis = analyse([
      'Harbour engineer Lena Ford told the council the sea wall needed repairs.',
      'The wall was built in 1920 and last mended in 1975.',
      '“If they raise it again, the shops on the square will close.”',
    ]);
    expect(analysis.statements.some((s) => s.text.includes('shops on the square'))).toBe(false);
  });

  it('keeps a cue of its own', () => {
    const analysis = analyse([
      'Harbour engineer Lena Ford told the council the sea wall needed repairs.',
      '“The shops on the square will close,” said shopkeeper Omar Reyes.',
    ]);
    expect(speakerNameOf(analysis, 'shops on the square will close')).toBe('Omar Reyes');
  });
});
