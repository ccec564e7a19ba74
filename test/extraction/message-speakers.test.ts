import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('speakers behind messages and descriptions', () => {
  it('take the possessor of an analysis whose complement holds a possessive', () => {
    const analysis = analyse([
      "Harbor Weekly's latest review of its own subscriber figures concluded that print sales had halved.",
    ]);
    expect(speakerNameOf(analysis, 'print sales had halved')).toBe('Harbor Weekly');
  });

  it('take the author after "by" of a message that speaks after its cue', () => {
    const analysis = analyse(['"The servers are down again," said the message by an anonymous moderator.']);
    expect(speakerNameOf(analysis, 'servers are down')).toBe('an anonymous moderator');
  });

  it('take the name set after a description, with the description as role', () => {
    const analysis = analyse([
      "According to the orchestra's conductor, Ilse Marquardt, the tour will go ahead in spring.",
    ]);
    expect(speakerNameOf(analysis, 'tour will go ahead')).toBe('Ilse Marquardt');
    expect(statementWith(analysis, 'tour will go ahead').speakerRole).toBe("orchestra's conductor");
  });

  it('take "one of them" as a source, and the reporting verb before a clause after "that" for a coordinated cue', () => {
    const analysis = analyse([
      'One of them even went as far as to say, "The years on the farm made me who I am."',
      'Posts on the forum theorized that a power cut had occurred, and wrote that the site was down for hours.',
    ]);
    expect(speakerNameOf(analysis, 'years on the farm')).toBe('one of them');
    expect(speakerNameOf(analysis, 'site was down')).toBe('posts on the forum');
  });
});

describe('sources after "according to"', () => {
  it('keep a domain name whole over its stop', () => {
    const analysis = analyse([
      'According to web site HarborReviews.com, 87 percent of critics in its survey have given the play a bad review.',
    ]);
    expect(speakerNameOf(analysis, 'bad review')).toBe('HarborReviews.com');
  });
});

describe('expressions that are no speakers', () => {
  it('leave out a term or a slogan that "refers to" something', () => {
    const analysis = analyse([
      'To "clear out" in harbour slang refers to a sailor leaving port without paying the dock fees.',
      'An old advertising slogan of the dairy board refers to the cartoon mascot it created.',
      'The dairy board said the mascot would stay.',
    ]);
    expect(analysis.statements.map((s) => s.text)).toEqual(['the mascot would stay']);
  });
});

describe('people named by their relation to others', () => {
  it('speak through a verb that also reports evidence', () => {
    const analysis = analyse([
      'Some individuals reported that the page showed only a blank notice.',
      'Several fans noted that the letters were never sent.',
    ]);
    expect(speakerNameOf(analysis, 'blank notice')).toBe('some individuals');
    expect(speakerNameOf(analysis, 'never sent')).toBe('several fans');
  });
});

describe('a relative clause without commas between the subject and its cue', () => {
  it('leaves the subject to the antecedent, not to the clause object', () => {
    const analysis = analyse([
      'The report which had the stamp Secret on every page detailed several weaknesses of the payroll system.',
      'The man who owns the bakery said the rent had doubled.',
    ]);
    expect(speakerNameOf(analysis, 'weaknesses of the payroll')).toBe('the report');
    expect(speakerNameOf(analysis, 'rent had doubled')).toBe('the man');
  });
});

describe('a participle after the recipient of a message', () => {
  it('reads what the message said, from its sender, after "to" and a time', () => {
    const analysis = analyse([
      'Governor Paul Dunne sent a letter to farmers on Monday saying the new tax would hurt the harvest.',
      'The union wrote to the ferry company urging it to restore the night sailings.',
    ]);
    expect(speakerNameOf(analysis, 'tax would hurt the harvest')).toBe('Paul Dunne');
    expect(speakerNameOf(analysis, 'restore the night sailings')).toBe('the union');
  });

  it('reads the sender after a verb of messaging and its recipient', () => {
    const analysis = analyse(['The senator emailed supporters on Tuesday saying the fight for the seat would go on.']);
    expect(speakerNameOf(analysis, 'fight for the seat would go on')).toBe('the senator');
    expect(statementWith(analysis, 'fight for the seat would go on').cue).toBe('saying');
  });

  it('leaves people saying something after a verb that sends no message', () => {
    const analysis = analyse(['Governor Paul Dunne met protesters saying the new tax would hurt the harvest.']);
    expect(speakerNameOf(analysis, 'tax would hurt the harvest')).toBe('protesters');
  });
});
