import { describe, expect, it } from 'vitest';
import { analyse, statementWith } from './analyse.ts';

describe('a possessive day after the cue', () => {
  it('opens the reported clause’s subject', () => {
    const analysis = analyse([
      'Mayor Ruth Alder spoke on Monday.',
      'Alder said today’s vote was a disgrace for the town.',
    ]);
    expect(statementWith(analysis, 'vote').text).toBe('today’s vote was a disgrace for the town');
  });

  it('does so for yesterday too', () => {
    const analysis = analyse(['Mayor Ruth Alder spoke on Monday.', "Alder said yesterday's vote was a disgrace."]);
    expect(statementWith(analysis, 'vote').text).toBe("yesterday's vote was a disgrace");
  });
});
