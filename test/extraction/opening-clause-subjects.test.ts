import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a perfect participle that opens the sentence', () => {
  it('has the main clause’s subject as speaker and ends at its comma', () => {
    const analysis = analyse([
      'Having announced that the ferry would stop in May, Mayor Ruth Alder went on to name a new harbour master.',
    ]);
    expect(statementWith(analysis, 'ferry').text).toBe('the ferry would stop in May');
    expect(speakerNameOf(analysis, 'ferry')).toBe('Ruth Alder');
  });

  it('may follow a conjunction and hold an adverb', () => {
    const analysis = analyse(['And having repeatedly insisted that the pier was safe, Tom Vale closed it on Monday.']);
    expect(statementWith(analysis, 'pier').text).toBe('the pier was safe');
    expect(speakerNameOf(analysis, 'pier')).toBe('Tom Vale');
  });
});

describe('a reporting gerund after adjuncts without a verb that open the sentence', () => {
  it('has the main clause’s subject, not the day that opens the sentence', () => {
    const analysis = analyse([
      'Friday, at a town meeting, while speaking about the strike at the docks, Governor Ann Cole said the port needed calm.',
    ]);
    expect(statementWith(analysis, 'the strike').text).toBe('the strike at the docks');
    expect(speakerNameOf(analysis, 'the strike')).toBe('Ann Cole');
    expect(speakerNameOf(analysis, 'the port needed calm')).toBe('Ann Cole');
  });

  it('reads the subject past a parenthesis before its verb', () => {
    const analysis = analyse([
      'Friday, in Dover, while speaking about the strike at the docks, Senator Lisa Hale (D-Del.) said the port needed calm.',
    ]);
    expect(speakerNameOf(analysis, 'the strike')).toBe('Lisa Hale');
  });

  it('keeps the subject before the gerund when no clause follows its comma', () => {
    const analysis = analyse(['Ruth Alder, after telling reporters the pier was safe, left the town hall.']);
    expect(speakerNameOf(analysis, 'the pier was safe')).toBe('Ruth Alder');
  });
});

describe('a participle after a split infinitive', () => {
  it('takes the subject of the finite verb, not of the infinitive', () => {
    const analysis = analyse([
      'The union sued the port authority on Friday, seeking an order to immediately lift the ban, claiming the closure would cost its members their jobs.',
    ]);
    expect(speakerNameOf(analysis, 'the closure')).toBe('the union');
  });
});
