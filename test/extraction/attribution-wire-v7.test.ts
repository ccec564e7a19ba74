import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a report inside a relative clause set off by commas', () => {
  it('ends the report of "which officials said" at the comma closing the relative clause', () => {
    const analysis = analyse([
      'The tariffs, which officials said will take effect in May, apply to all steel imports.',
    ]);
    expect(statementWith(analysis, 'take effect').text).toBe('which ... will take effect in May');
    expect(speakerNameOf(analysis, 'take effect')).toBe('officials');
  });

  it('keeps a short report of "which engineers say" with its relative pronoun', () => {
    const analysis = analyse(['The Lindvik bridge, which engineers say is unsafe, will close.']);
    expect(statementWith(analysis, 'is unsafe').text).toBe('which ... is unsafe');
    expect(speakerNameOf(analysis, 'is unsafe')).toBe('engineers');
  });

  it('ends the report of "who police said" at the comma closing the relative clause', () => {
    const analysis = analyse(['The driver, who police said was carrying a knife, was arrested near Lindvik.']);
    expect(statementWith(analysis, 'carrying a knife').text).toBe('who ... was carrying a knife');
  });
});

describe("the speaker's withholding, told after the report", () => {
  it('leaves ", without giving details" out of what was said', () => {
    const analysis = analyse(['The army of Varnia said 14 soldiers had been killed, without giving details.']);
    expect(statementWith(analysis, 'soldiers').text).toBe('14 soldiers had been killed');
  });

  it('leaves ", without elaborating" out after a cue closing the sentence', () => {
    const analysis = analyse([
      'Fourteen soldiers had been killed in the border clash, the army said, without elaborating.',
    ]);
    expect(statementWith(analysis, 'soldiers').text).toBe('Fourteen soldiers had been killed in the border clash');
  });

  it('leaves "but did not elaborate", "but declined to give details" and "but provided no evidence" out', () => {
    const analysis = analyse([
      'The ministry said the drills were routine but did not elaborate.',
      'Halvorsen said the mine would close but declined to give details.',
      'The rebels said they had downed a jet, but provided no evidence.',
    ]);
    expect(statementWith(analysis, 'drills').text).toBe('the drills were routine');
    expect(statementWith(analysis, 'mine').text).toBe('the mine would close');
    expect(statementWith(analysis, 'jet').text).toBe('they had downed a jet');
  });

  it('keeps a "without" clause that is part of what was said', () => {
    const analysis = analyse(['The army said the troops had withdrawn from Korvo without firing a shot.']);
    expect(statementWith(analysis, 'troops').text).toBe('the troops had withdrawn from Korvo without firing a shot');
  });
});

describe('a noun after a participle opening an adjunct', () => {
  it('reads no cue in "…, beating analyst forecasts"', () => {
    const analysis = analyse(['Verdano said quarterly profit rose 12 percent, beating analyst forecasts.']);
    expect(analysis.statements).toHaveLength(1);
    expect(speakerNameOf(analysis, 'profit rose')).toBe('Verdano');
  });
});

describe('a quotation after "told the NEWSPAPER:"', () => {
  it('gives the quotation to the one who told, not to the outlet after the article', () => {
    const analysis = analyse(['Moreau told the Harbor Gazette: “I just want to play.”']);
    expect(speakerNameOf(analysis, 'want to play')).toBe('Moreau');
  });
});

describe('a reported clause whose subject has parentheticals', () => {
  it('goes on past the parentheticals to a reporting verb of the reported clause', () => {
    const analysis = analyse([
      'Police in Marlow said the suspects, aged between 19 and 25, had confessed to the robbery.',
      'Police in Dover said the two men, both farmers from Kell, had admitted to the thefts.',
    ]);
    expect(statementWith(analysis, 'aged between').text).toBe(
      'the suspects, aged between 19 and 25, had confessed to the robbery',
    );
    expect(speakerNameOf(analysis, 'aged between')).toBe('police');
    expect(statementWith(analysis, 'farmers').text).toBe(
      'the two men, both farmers from Kell, had admitted to the thefts',
    );
  });
});

describe("the writer's comment on a report, set after it", () => {
  it('leaves ", a figure that could not be independently verified" out of what was said', () => {
    const analysis = analyse([
      'The Varnian health ministry said in a statement that the strikes had killed 30 people, a figure that could not be independently verified.',
    ]);
    expect(statementWith(analysis, 'strikes had killed').text).toBe('the strikes had killed 30 people');
  });

  it("keeps an appositive of the speaker's own, not a noun of a claim or a count", () => {
    const analysis = analyse(['The firm said it had sold 40 planes, a record for the company.']);
    expect(statementWith(analysis, 'planes').text).toBe('it had sold 40 planes, a record for the company');
  });
});

describe('the one told, a bare plural before the reported clause', () => {
  it('leaves "investors" and "players" out of what was told', () => {
    const analysis = analyse([
      'Ingrid Solberg told investors profits would fall next year.',
      'The coach of Kell Rovers told players training would resume on Monday.',
    ]);
    expect(statementWith(analysis, 'profits').text).toBe('profits would fall next year');
    expect(statementWith(analysis, 'training').text).toBe('training would resume on Monday');
  });
});

describe('a title word the tagger reads as an adjective, heading a bare source', () => {
  it('gives "…, NATO chief says" and "…, says NATO chief" a speaker', () => {
    const analysis = analyse([
      'Varnia will get more air defence systems, NATO chief says.',
      'Kell will host the summit in June, says NATO chief.',
    ]);
    expect(speakerNameOf(analysis, 'air defence')).toBe('NATO chief');
    expect(speakerNameOf(analysis, 'host the summit')).toBe('NATO chief');
  });
});
