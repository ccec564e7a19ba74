import { describe, expect, it } from 'vitest';
import { analyse, statementWith } from './analyse.ts';

describe('a quotation followed by a participle cue', () => {
  it('belongs to the cue before it, and the participle reports on its own', () => {
    const analysis = analyse([
      'Ola Berg described the closure as "a dark day for the town", telling the radio she was "sure for years that the mill would be saved".',
    ]);
    expect(statementWith(analysis, 'a dark day').cue).toBe('described');
    expect(statementWith(analysis, 'a dark day').text).not.toContain('mill would be saved');
    expect(statementWith(analysis, 'mill would be saved').cue).toBe('telling');
  });
});
