import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('speakers of relative clauses', () => {
  it('take the subject of "is a …" for a clause on the predicate noun', () => {
    const analysis = analyse([
      'Marta Quell is a veteran sailor, author and harbour critic who has repeatedly argued that the pier must close.',
    ]);
    expect(speakerNameOf(analysis, 'pier must close')).toBe('Marta Quell');
  });

  it('keep the noun of a cleft', () => {
    const analysis = analyse(['It was a neighbour who said that the fire had started in the garage.']);
    expect(speakerNameOf(analysis, 'fire had started')).toBe('a neighbour');
  });

  it('keep the antecedent of a clause on an object', () => {
    const analysis = analyse(['Marta Quell hired a surveyor who said that the pier was unsafe.']);
    expect(speakerNameOf(analysis, 'pier was unsafe')).toBe('a surveyor');
  });
});

describe('speakers of coordinated cues', () => {
  it('read a modifier of words joined by hyphens whole, so that a clause after "that" is passed over', () => {
    const analysis = analyse([
      'Posts on the forum theorized that a denial-of-service attack had occurred, and wrote that the site was down.',
    ]);
    expect(speakerNameOf(analysis, 'site was down')).toBe('posts on the forum');
  });

  it('leave a time after "from" out of the subject', () => {
    const analysis = analyse(['Posts on the forum from Friday theorized that a power cut had occurred.']);
    expect(speakerNameOf(analysis, 'power cut had occurred')).toBe('posts on the forum');
  });
});

describe('a cue inside a relative clause opened by "which"', () => {
  it('takes the noun after "which" as the source', () => {
    const analysis = analyse(['The bridge, which engineers say is unsafe, will close.']);
    expect(speakerNameOf(analysis, 'is unsafe')).toBe('engineers');
  });
});

describe('a share of a group as source', () => {
  it('keeps the share with its number and a participle modifying the group', () => {
    const analysis = analyse([
      'Seventy-four percent of Democratic registered voters said they have a favorable view of Lee.',
      '52 percent of registered voters said they would consider her.',
    ]);
    expect(speakerNameOf(analysis, 'favorable view')).toBe('seventy-four percent of Democratic registered voters');
    expect(speakerNameOf(analysis, 'would consider her')).toBe('52 percent of registered voters');
  });
});

describe('a share written as one number in another', () => {
  it('is a source of its own, not the country its demonym names', () => {
    const analysis = analyse(['Six in 10 Americans say the economy is weak.']);
    expect(speakerNameOf(analysis, 'economy is weak').toLowerCase()).toBe('six in 10 americans');
  });

  it('does not break a phrase made only of numbers at the start of the text', () => {
    const analysis = analyse(['Nine in 10 Democratic registered voters said they think she could win.']);
    expect(speakerNameOf(analysis, 'could win').toLowerCase()).toBe('nine in 10 democratic registered voters');
  });
});

describe('a relative clause on a description set after a name', () => {
  it('tells of the named one, with an adverb inside the clause', () => {
    const analysis = analyse([
      'Mayor Tom Berg, a Democrat who has long argued that the plan would fail, will meet the board.',
    ]);
    expect(speakerNameOf(analysis, 'plan would fail')).toBe('Tom Berg');
  });

  it('tells of the named one after a preposition too', () => {
    const analysis = analyse(['The bill was backed by Tom Berg, a lawyer who said the plan would fail.']);
    expect(speakerNameOf(analysis, 'plan would fail')).toBe('Tom Berg');
  });
});

describe('a name with a bracketed aside, then a title without a closing comma', () => {
  it('speaks after an opening adjunct', () => {
    const analysis = analyse([
      'On Friday, Sen. Anna Holm (D-Ore.), a sponsor of the water bill told the radio host she expected it to pass.',
    ]);
    expect(speakerNameOf(analysis, 'expected it to pass')).toBe('Anna Holm');
  });
});

describe('a dateline before a title and a name set off by commas', () => {
  it('names no speaker: the name in the chain does', () => {
    const analysis = analyse([
      "LISBON, May 3 (Reuters) - Portugal's centre-right party leader, Rui Costa, said on Tuesday that the budget was fair.",
    ]);
    expect(speakerNameOf(analysis, 'budget was fair')).toBe('Rui Costa');
  });

  it('is not mistaken for a hyphen inside a party code', () => {
    const analysis = analyse(['Rep. Anna Holm (R-NY), a member of the panel, said the meeting went well.']);
    expect(speakerNameOf(analysis, 'meeting went well')).toBe('Anna Holm');
  });
});

describe('a place and its state set off by commas after a name', () => {
  it('leave the name as the speaker', () => {
    const analysis = analyse(['Ana Berg of Dover, Del., said the fair was crowded.']);
    expect(speakerNameOf(analysis, 'fair was crowded')).toBe('Ana Berg');
  });
});

describe('a participle of saying after a relative clause set off by commas', () => {
  it('goes with the named body the clause describes (courts)', () => {
    const analysis = analyse([
      'The appeal was lodged with the Court of Session, which declined to lift the order, stating "The request for an interim suspension is refused."',
    ]);
    expect(speakerNameOf(analysis, 'interim suspension')).toBe('Court of Session');
  });

  it('leaves a verb after "and" with the main clause’s subject (media)', () => {
    const analysis = analyse([
      'Ana Ruiz worked for years at Radio Meridian, which let her go in 2015, and said she did not back the merger.',
    ]);
    expect(speakerNameOf(analysis, 'did not back the merger')).toBe('Ana Ruiz');
  });
});
