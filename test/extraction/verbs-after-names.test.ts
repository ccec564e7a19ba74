// The present of a verb after a person's name, which the tagger reads as a noun, is the clause's verb.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extraction/extract-article.ts';

const read = (body: string) => extractArticle({ headline: 'Story', body, publishedAt: '2024-10-17' });

describe('a verb after a given name and a surname', () => {
  it('tells its event, with the name as who does it', () => {
    const analysis = read('Prime Minister Jan Kowal travels to Warsaw on Sunday.');
    expect(analysis.events.map((e) => [e.type, e.when?.start])).toEqual([['VISIT', '2024-10-20']]);
    const kowal = analysis.actors.find((a) => a.name === 'Jan Kowal');
    expect(analysis.events[0]?.participants).toEqual([{ actorRef: kowal?.ref, part: 'AGENT' }]);
  });

  it('reports what the person says', () => {
    const analysis = read('Mayor Anna Berg warns that the bridge could close within a month.');
    expect(analysis.statements.map((s) => [s.text, s.cue])).toEqual([
      ['the bridge could close within a month', 'warns'],
    ]);
  });

  it('stays a noun when a verb follows it', () => {
    const analysis = read('Jan Kowal signs were stolen from the campaign office on Sunday.');
    expect(analysis.events.filter((e) => e.type === 'AGREEMENT')).toEqual([]);
  });

  it('is a verb in its base form before a pronoun only a verb takes, so a verb joined to it has the same subject', () => {
    const analysis = read(
      'When smugglers are caught at the border, Ruiz and Okafor call them victims and describe their crimes as errors of judgement.',
    );
    const described = analysis.statements.find((s) => s.cue === 'describe');
    const speaker = analysis.actors.find((a) => a.ref === described?.speakerRef);
    expect(speaker?.name).not.toBe('smugglers');
    expect(speaker?.name).toMatch(/Okafor/);
  });
});

describe('a verb of saying after a surname alone', () => {
  it('reports the clause that opens on a pronoun, and a verb of saying joined to it reports its own', () => {
    const analysis = read(
      'The trial opens on Monday. Okafor claims his meeting with the minister was private and says he hopes to keep his seat.',
    );
    expect(analysis.statements.map((s) => [s.text, s.cue])).toEqual([
      ['his meeting with the minister was private', 'claims'],
      ['he hopes to keep his seat', 'says'],
    ]);
  });
});
