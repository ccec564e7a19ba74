import { describe, expect, it } from 'vitest';
import { toGoldFormat } from '../../src/extraction/to-gold-format.ts';
import { analyse } from './analyse.ts';

describe('toGoldFormat', () => {
  it('writes speakers by canonical name and dates as written', () => {
    const analysis = analyse(
      ['Danish Foreign Minister Lars Holm visited Kyiv on Tuesday.', '“We came to listen,” Holm said.'],
      '2024-05-09',
    );
    expect(toGoldFormat(analysis)).toEqual({
      actors: [{ name: 'Lars Holm', kind: 'PERSON', roles: ['Danish Foreign Minister'], aliases: ['Holm'] }],
      statements: [
        {
          speaker: 'Lars Holm',
          speakerRole: 'Danish Foreign Minister',
          kind: 'DIRECT',
          text: 'We came to listen',
          cue: 'said',
          section: 'BODY',
          start: 60,
          end: 77,
        },
      ],
      events: [
        {
          type: 'VISIT',
          description: 'Danish Foreign Minister Lars Holm visited Kyiv on Tuesday',
          participants: ['Lars Holm'],
          location: 'Kyiv',
          when: 'Tuesday',
        },
      ],
    });
  });
});
