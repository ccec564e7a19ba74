import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a verb of judging without an object', () => {
  it('is a noun the tagger misread and passes no subject on to the participle after it', () => {
    const analysis = analyse([
      'Coach Ana Ruiz has condemned trolls that level sexist attacks, saying the club will ban them from the ground for life.',
    ]);
    expect(speakerNameOf(analysis, 'ban them')).toBe('Ana Ruiz');
  });

  it('still attributes a quotation that follows its comma', () => {
    const analysis = analyse(['Mayor Tom Vale met the press.', 'Vale attacked, “The council is a disgrace.”']);
    expect(statementWith(analysis, 'disgrace').text).toBe('The council is a disgrace.');
    expect(speakerNameOf(analysis, 'disgrace')).toBe('Tom Vale');
  });
});
