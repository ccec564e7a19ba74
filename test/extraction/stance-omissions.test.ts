// Toward a harm, blaming someone for letting it happen condemns it. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';

const collapse = { words: ['footbridge', 'collapse'], name: 'the footbridge collapse' };

describe('omissions blamed', () => {
  it('reads a failure to act, a warning ignored or negligence as against the harm', () => {
    expect(stanceToward('the county failed to inspect the footbridge for a decade', collapse)).toBe('OPPOSES');
    expect(stanceToward('engineers ignored the cracks in the footbridge', collapse)).toBe('OPPOSES');
    expect(stanceToward('the contractor acted negligently', collapse)).toBe('OPPOSES');
  });

  it('reads a breakdown, or an omission denied, as a report', () => {
    expect(stanceToward('the cables of the footbridge failed at noon', collapse)).toBe('NEUTRAL');
    expect(stanceToward('the inspectors did not ignore any warnings', collapse)).toBe('NEUTRAL');
  });
});

describe('an omission that is the topic', () => {
  it("reads the topic's own word as naming the harm", () => {
    const neglect = { words: ['neglect', 'patients'], name: 'neglect of the patients' };
    expect(stanceToward('the neglect of the patients went on for two years', neglect)).toBe('NEUTRAL');
  });
});
