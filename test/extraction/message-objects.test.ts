import { describe, expect, it } from 'vitest';
import { analyse, statementWith } from './analyse.ts';

describe('a report whose content is a message speaking through a relative clause', () => {
  it('gives way to the message’s own words', () => {
    const analysis = analyse([
      'Meanwhile, the harbour authority has rejected the claims, posting a statement on its website which read, "We did not close the port on Friday, and no ship was turned away."',
    ]);
    expect(analysis.statements.some((s) => s.text.startsWith('a statement on its website'))).toBe(false);
    expect(statementWith(analysis, 'We did not close the port').kind).toBe('DIRECT');
  });
});
