// Events told around other things: harm a source reports, an event noun a source judges, results of several
// matches in one paragraph.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extraction/extract-article.ts';

const read = (body: string) => extractArticle({ headline: 'Story', body, publishedAt: '2024-10-17' });

describe('an event noun in a reported clause', () => {
  it('is no event of the source when it is the subject the source judges', () => {
    expect(read('Amnesty International said the verdict was unjust.').events).toEqual([]);
    const sentenced = read(
      'The court sentenced Jan Kowal to five years on Monday. Amnesty said the verdict was unjust.',
    );
    const amnesty = sentenced.actors.find((a) => a.name === 'Amnesty');
    expect(sentenced.events.map((e) => e.type)).toEqual(['COURT_RULING']);
    expect(sentenced.events[0]?.participants.map((p) => p.actorRef)).not.toContain(amnesty?.ref);
  });

  it('is the event the source reports when it is the object of the cue', () => {
    const analysis = read('The Interior Ministry confirmed the arrest of Jan Kowal on Monday.');
    expect(analysis.events.map((e) => [e.type, e.when?.start])).toEqual([['ARREST', '2024-10-14']]);
  });
});

describe('results told in one paragraph', () => {
  it('are two matches when told on two days', () => {
    const analysis = read(
      'Real Madrid beat Juventus 2-1 in Turin on Saturday. Anna Berg lost to Maria Lopez on Sunday.',
    );
    expect(analysis.events.map((e) => e.when?.start)).toEqual(['2024-10-12', '2024-10-13']);
  });
});

describe('harm a source reports by its verb', () => {
  it('is an event, without the source as a party to it', () => {
    const shooting = read('Gunmen opened fire on a bus in Quetta on Tuesday, killing 12 people, police said.');
    expect(shooting.events.map((e) => [e.type, e.when?.start, e.participants])).toEqual([['ATTACK', '2024-10-15', []]]);
    expect(read('Police said gunmen attacked a bus in Quetta on Tuesday.').events.map((e) => e.type)).toEqual([
      'ATTACK',
    ]);
  });

  it('is words when told between people, or when it did not happen', () => {
    expect(read('Officials said the protesters attacked him on Tuesday.').events).toEqual([]);
    expect(read('The envoy urged the rebels to refrain from attacking the convoy, officials said.').events).toEqual([]);
  });
});

describe('a killing or wounding', () => {
  it('is an attack when an attacker or a weapon does it, told by its toll', () => {
    const types = (body: string) => read(body).events.map((e) => [e.type, e.when?.start]);
    expect(types('A suicide bomber killed 12 people at a market in Quetta on Tuesday.')).toEqual([
      ['ATTACK', '2024-10-15'],
    ]);
    expect(types('Gunmen wounded three guards at the embassy on Monday, officials said.')).toEqual([
      ['ATTACK', '2024-10-14'],
    ]);
    expect(types('A missile killed two soldiers near the border on Sunday.')).toEqual([['ATTACK', '2024-10-13']]);
  });

  it('is no attack when a disease or an accident does it', () => {
    expect(read('The virus killed 12 people in Lagos last week.').events).toEqual([]);
  });
});

describe('an event a source reports', () => {
  it('is the deed of a person an appositive follows, and the source takes no part in it', () => {
    const death = read('Jan Kowal, 64, died on Monday after a long illness, his family said.');
    const kowal = death.actors.find((a) => a.name === 'Jan Kowal');
    expect(death.events.map((e) => [e.when?.start, e.participants])).toEqual([
      ['2024-10-14', [{ actorRef: kowal?.ref, part: 'AGENT' }]],
    ]);
  });
});

describe('a message issued', () => {
  it('is a statement issued when a verb of issuing takes a message as its object', () => {
    const types = (body: string) => read(body).events.map((e) => [e.type, e.when?.start]);
    expect(types('The State Department issued a travel warning for Lebanon on Monday.')).toEqual([
      ['STATEMENT_ISSUED', '2024-10-14'],
    ]);
    expect(types('The Interior Ministry posted a statement on its website on Monday.')).toEqual([
      ['STATEMENT_ISSUED', '2024-10-14'],
    ]);
  });

  it('is none when what is issued is no message', () => {
    // Issuing passports is the ministry's action (clause-actions.ts), but no statement.
    const issued = read('The Interior Ministry issued new passports on Monday.').events;
    expect(issued.map((e) => e.type)).toEqual(['OTHER']);
  });
});
