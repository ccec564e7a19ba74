// A term of imprisonment named by where it is served is a sanction. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';
import { readTopic } from '../../src/extraction/stance/topic-reading.ts';

describe('terms of imprisonment', () => {
  it('reads "life in prison", "years in jail" and "a prison term" as sanctions', () => {
    expect(
      readTopic({ words: ['life', 'prison', 'smugglers'], name: 'life in prison for the smugglers' }).sanction,
    ).toBe(true);
    expect(readTopic({ words: ['years', 'jail', 'forger'], name: 'ten years in jail for the forger' }).sanction).toBe(
      true,
    );
    expect(
      readTopic({ words: ['prison', 'term', 'smugglers'], name: 'a prison term for the smugglers' }).sanction,
    ).toBe(true);
  });

  it('reads blame of the wrong as for the term, as toward any sanction', () => {
    const term = { words: ['life', 'prison', 'smugglers'], name: 'life in prison for the smugglers' };
    expect(stanceToward('what the smugglers did to those families was appalling and cruel', term)).toBe('SUPPORTS');
  });

  it('leaves a prison named as a place alone', () => {
    expect(readTopic({ words: ['prison', 'guards', 'strike'], name: 'the prison guards strike' }).sanction).toBe(false);
  });
});
