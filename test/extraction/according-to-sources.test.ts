import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('"according to" a source followed by more than a comma', () => {
  it('reports past a relative clause that describes the source', () => {
    const analysis = analyse([
      'According to Tacitus who studied the early empire, Nero played music while the city burned.',
    ]);
    expect(statementWith(analysis, 'Nero played').text).toBe('Nero played music while the city burned');
    expect(speakerNameOf(analysis, 'Nero played')).toBe('Tacitus');
  });

  it('reports from a determiner right after the name, with no comma between', () => {
    const analysis = analyse([
      'According to Hartley the missing laptop was returned by post to the office by Green shortly after he left the firm.',
    ]);
    expect(statementWith(analysis, 'missing laptop').text).toBe(
      'the missing laptop was returned by post to the office by Green shortly after he left the firm',
    );
    expect(speakerNameOf(analysis, 'missing laptop')).toBe('Hartley');
  });
});
