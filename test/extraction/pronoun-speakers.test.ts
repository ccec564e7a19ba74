import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('he and she as speakers', () => {
  it('go to the subject of their own sentence before the last speaker', () => {
    const analysis = analyse([
      '"The inquiry will take months," Commissioner Joanna Pike said.',
      "The port's director, Anton Weller, speaking to reporters on Monday, blamed the operator; he said the cranes had not been inspected since 2019.",
    ]);
    expect(speakerNameOf(analysis, 'cranes had not been inspected')).toBe('Anton Weller');
  });

  it('go to the subject of the sentence before rather than to a person it only mentions', () => {
    const analysis = analyse([
      'Local resident Clara Voss said the flooding began before dawn.',
      'However, retired engineer Bruno Haller, a neighbour of the family, believes the dam keeper Tomas Reyes was not to blame.',
      'He described the warnings as "far too late", telling the radio station he had seen the water rise for an hour.',
    ]);
    expect(speakerNameOf(analysis, 'seen the water rise')).toBe('Bruno Haller');
  });

  it('skip sources that are no people and descriptions of the other gender', () => {
    const analysis = analyse([
      'According to a newspaper report, the council will close the library.',
      "Librarian Oskar Brandt wrote in a blog post that the closure would be a loss. The mayor's sister urged him to stay calm, but he replied that the town would regret it.",
    ]);
    expect(speakerNameOf(analysis, 'the town would regret it')).toBe('Oskar Brandt');
  });

  it('reach a lone surname that spoke, which is a person, not a body', () => {
    const analysis = analyse([
      'Kowalczyk said the plan would cost 400 jobs. He added that talks with the union would continue.',
      'According to Billboard, the album sold 90,000 copies.',
    ]);
    expect(speakerNameOf(analysis, 'talks with the union')).toBe('Kowalczyk');
    expect(analysis.actors.find((a) => a.name === 'Kowalczyk')?.kind).toBe('PERSON');
    expect(analysis.actors.find((a) => a.name === 'Billboard')?.kind).toBe('ORGANIZATION');
  });

  it('read a place that speaks as its government, which "it" continues', () => {
    const analysis = analyse(['Kosovo said the border would stay open. It added that talks would resume in May.']);
    const kosovo = analysis.actors.find((a) => a.name === 'Kosovo');
    expect(kosovo?.kind).toBe('COUNTRY');
    expect(speakerNameOf(analysis, 'talks would resume')).toBe('Kosovo');
  });
});

describe('it and they as speakers', () => {
  it('go to the subject of their own sentence before the last speaker', () => {
    const analysis = analyse([
      'Spain said it had found new cases. The WHO raised its alert level, although it said an increase was not probable.',
    ]);
    expect(speakerNameOf(analysis, 'not probable')).toBe('World Health Organization');
  });
});

describe('"the" and an occupation speaking right after a person spoke', () => {
  it('names that person again, with the occupation as the title there (science)', () => {
    const analysis = analyse([
      'Lena Ortiz said, "Our other find is a real oddball." The astronomer also said, "This is an unstable orbit."',
    ]);
    expect(speakerNameOf(analysis, 'unstable orbit')).toBe('Lena Ortiz');
    expect(statementWith(analysis, 'unstable orbit').speakerRole).toBe('astronomer');
  });

  it('describes someone of its own where the article used the noun before, or named another since (sport)', () => {
    const analysis = analyse([
      'Ana Ruiz said the team played well. A lawyer for the club disagreed. "It was a foul," the lawyer said.',
      'Omar Hale said the match was fair. Tom Reyes watched from the stand. "We were robbed," the coach said.',
    ]);
    expect(speakerNameOf(analysis, 'It was a foul')).not.toBe('Ana Ruiz');
    expect(speakerNameOf(analysis, 'We were robbed')).not.toBe('Omar Hale');
  });
});

describe('a pronoun after a sentence whose subject is a definite description of a person', () => {
  it('goes on with the one the story is about, not a person named after the description (culture)', () => {
    const analysis = analyse([
      'Freed hostage Íngrid Ruiz arrived in Lima today. Standing beside the mayor, Ruiz said, "I am glad to be home."',
      'The Chilean-French painter was greeted at the airport by the minister and his wife, Lucia Perez. "I have waited years for this. I owe it to you," she said.',
    ]);
    expect(speakerNameOf(analysis, 'I have waited years')).toBe('Íngrid Ruiz');
  });
});

describe('"it" after a document that spoke', () => {
  it('is the document, not a country it named (international)', () => {
    const analysis = analyse([
      'The EU report was leaked on Monday. The report accuses Israel of expanding settlements. It says these policies "are undermining prospects for a Palestinian capital".',
    ]);
    expect(speakerNameOf(analysis, 'undermining prospects')).toBe('the report');
  });
});

describe('a pronoun whose gender no one in reach has by the given names', () => {
  it('is the person the sentence before is about, the text outweighing the name (international)', () => {
    const analysis = analyse([
      'The buildings caught fire. Yasmeen Afdhal, 24, who works for the provincial administration, was a witness to one of the bombings. He described his experiences: "the walls collapsed and we had to run out."',
    ]);
    expect(speakerNameOf(analysis, 'the walls collapsed')).toBe('Yasmeen Afdhal');
  });
});
