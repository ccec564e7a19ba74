import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a passive comment clause "as reported by X"', () => {
  it('names the source of the clause after it when it opens the sentence', () => {
    const analysis = analyse([
      'As reported by the Harbor Courier, the port authority issued subpoenas to the shipping firm.',
    ]);
    expect(statementWith(analysis, 'subpoenas').text).toBe('the port authority issued subpoenas to the shipping firm');
    expect(speakerNameOf(analysis, 'subpoenas')).toBe('Harbor Courier');
  });

  it('names the source of the clause before it when it closes the sentence', () => {
    const analysis = analyse(['The ferry service was cut to two sailings a day, as confirmed by the Harbor Courier.']);
    expect(statementWith(analysis, 'ferry').text).toBe('The ferry service was cut to two sailings a day');
    expect(speakerNameOf(analysis, 'ferry')).toBe('Harbor Courier');
  });

  it('is no source when it qualifies a noun without a comma', () => {
    const analysis = analyse([
      'The council is running a cleanup drive as announced by the governor, to clear the harbour of wrecks.',
    ]);
    expect(analysis.statements).toEqual([]);
  });
});

describe('a source phrase that stands between "that" and the report, or after another source', () => {
  it('leaves the outer report whole, and reports the same clause itself', () => {
    const analysis = analyse([
      'The port board said that, as confirmed by the regulator, the firm had paid huge sums to its rivals.',
    ]);
    const texts = analysis.statements.map((s) => s.text);
    expect(texts).toEqual(['the firm had paid huge sums to its rivals', 'the firm had paid huge sums to its rivals']);
    expect(speakerNameOf(analysis, 'huge sums')).toBe('the port board');
  });

  it('gives two coordinated sources the same report', () => {
    const analysis = analyse([
      'According to industry reports, and as confirmed by the regulator, the firm has paid huge sums to its rivals.',
    ]);
    expect(analysis.statements.map((s) => s.text)).toEqual([
      'the firm has paid huge sums to its rivals',
      'the firm has paid huge sums to its rivals',
    ]);
  });
});

describe('a verb of saying in the passive with an irregular participle', () => {
  it('is no cue, its subject no speaker (media)', () => {
    const analysis = analyse(['The welcome, which was broadcast live on national television, ended at noon.']);
    expect(analysis.statements).toEqual([]);
  });
});
