// A phrase's terms: content words weighted by how rare they are in English news, each with the words
// nearest in meaning (from the word vectors) at a lower credit, and adjacent pairs.
import { describe, expect, it } from 'vitest';
import { phraseTerms, phraseWords, topicKey, topicSlug } from '../../src/extraction/phrase-terms.ts';
import { informativeness, nearestWords, wordSimilarity } from '../../src/extraction/word-vectors.ts';

describe('phrase terms', () => {
  it('keep content words, weigh rare ones more, and add near words and pairs', () => {
    const { words, terms } = phraseTerms('cross-border shelling between the two Koreas');
    expect(words).toEqual(['cross', 'border', 'shelling', 'two', 'koreas']);
    const own = terms.filter((term) => term.credit === 1 && !term.query.includes(' '));
    expect(own.map((term) => term.query)).toEqual(words);
    const weight = (word: string) => own.find((term) => term.query === word)!.weight;
    expect(weight('shelling')).toBeGreaterThan(weight('two'));
    const near = terms.filter((term) => term.group === words.indexOf('shelling') && term.credit < 1);
    expect(near.map((term) => term.query)).toContain('bombardments');
    expect(near.every((term) => term.credit > 0.4 && term.credit < 0.7)).toBe(true);
    expect(terms.map((term) => term.query)).toContain('cross <-> border');
    expect(phraseTerms('the Koreas', { nearWords: false }).terms.map((term) => term.query)).toEqual(['koreas']);
  });

  it('give a name only its own forms as near words, as typed', () => {
    const near = (phrase: string, group: number) =>
      phraseTerms(phrase)
        .terms.filter((term) => term.group === group && term.credit < 1)
        .map((term) => term.query);
    // Typed lower case, "houston" is a word like any other and draws in other cities.
    expect(near('houston passed over', 0)).toContain('dallas');
    expect(near('Houston passed over', 0)).toEqual([]);
    // A country's near words are its adjectives.
    expect(near('Iran nuclear deal', 0)).toEqual(['iranian', 'iranians']);
    expect(near('Israel and the Palestinians', 0)).toEqual(['israeli', 'israelis']);
    // Title case says nothing about names.
    expect(near('Houston Passed Over For An Orbiter', 0)).toContain('dallas');
  });

  it('read a country typed by any of its names as one word standing for all of them', () => {
    const queries = (phrase: string, group: number) =>
      phraseTerms(phrase)
        .terms.filter((term) => term.group === group)
        .map((term) => term.query);
    // An initialism keeps its points, as the index reads "U.S."; spelled without them, "us" is a pronoun.
    expect(queries('U.S. steel tariffs', 0)).toEqual(expect.arrayContaining(['u.s', 'united <-> states', 'america']));
    expect(queries('US steel tariffs', 0)).toEqual(queries('U.S. steel tariffs', 0));
    expect(queries('US steel tariffs', 0)).not.toContain('us');
    expect(queries("clearing Britain's asylum backlog", 1)).toEqual(
      expect.arrayContaining(['britain', 'uk', 'u.k', 'united <-> kingdom']),
    );
    // Two words naming one country are one word of the phrase, not "south" and "korea" apart.
    const korea = phraseTerms("South Korea's president");
    expect(korea.terms.filter((term) => term.group === 0).map((term) => term.query)).toContain('south <-> korea');
    expect(new Set(korea.terms.map((term) => term.group))).toEqual(new Set([0, 1]));
    // Stance reads the words as typed; an initialism's letters are none.
    expect(korea.words).toEqual(['south', 'korea', 'president']);
    expect(phraseTerms('U.S.-Israel ties').words).toEqual(['israel', 'ties']);
    // A country typed as one plain word keeps its weight and pairs with its neighbour.
    const israel = phraseTerms('Israel ties').terms;
    expect(israel.find((term) => term.query === 'israel')!.weight).toBeCloseTo(informativeness('israel'));
    expect(israel.map((term) => term.query)).toContain('israel <-> ties');
  });

  it('never let a word stand for its opposite, nor a number or a day for another word', () => {
    const near = (phrase: string, word: string) => {
      const { terms } = phraseTerms(phrase);
      const group = terms.find((term) => term.query === word)!.group;
      return terms.filter((term) => term.group === group && term.credit < 1).map((term) => term.query);
    };
    // The vectors hold these opposites nearest; WordNet says they are opposites.
    expect(nearestWords('public', 4, 0.72).map((word) => word.word)).toContain('private');
    expect(near('public money for the harbour', 'public')).not.toContain('private');
    expect(near('a late goal by the visitors', 'late')).not.toEqual(expect.arrayContaining(['early']));
    expect(near('a late goal by the visitors', 'late').some((word) => word.startsWith('earl'))).toBe(false);
    expect(near('small farms in the valley', 'small').some((word) => word.startsWith('larg'))).toBe(false);
    expect(near('small farms in the valley', 'small')).toContain('tiny');
    // A number, ordinal or calendar word stands for none, and none for it.
    expect(near('two harbours closed', 'two')).toEqual([]);
    expect(nearestWords('officials', 8, 0.72).map((word) => word.word)).toEqual(expect.arrayContaining(['thursday']));
    expect(near('officials in the port city', 'officials')).not.toContain('thursday');
  });

  it('keep near words that are not much commoner than the word', () => {
    const near = phraseTerms('suicide watch').terms.filter((term) => term.group === 0 && term.credit < 1);
    expect(nearestWords('suicide', 4, 0.72).map((word) => word.word)).toContain('attack');
    expect(near.map((term) => term.query)).not.toContain('attack');
    expect(near.every((term) => informativeness(term.query) >= informativeness('suicide') - 0.05)).toBe(true);
  });

  it('add the words of the same root as noun or verb, and synonyms, from WordNet, below the word itself', () => {
    const related = (phrase: string, group: number) =>
      phraseTerms(phrase, { nearWords: false })
        .terms.filter((term) => term.group === group && term.credit < 1)
        .map((term) => [term.query, term.credit]);
    // An inflected word is read back to its lemma first ("expelled": "expel", "buried": "bury").
    expect(related('reporters expelled from the capital', 1)).toContainEqual(['expulsion', 0.8]);
    expect(related('where the queen was buried', 1)).toEqual([['burial', 0.8]]);
    // The synonym of the commonest sense, "hit", is much commoner than "collision": it would drift.
    expect(related('the ferry collision', 1)).toEqual([['collide', 0.8]]);
    expect(related('threat of war', 0)).toEqual([['menace', 0.7]]);
    // Not a noun naming who acts ("donor" for "donation"), nor anything for a name.
    expect(related('donations to the museum', 0)).toEqual([
      ['donate', 0.8],
      ['contribution', 0.7],
    ]);
    expect(related('Bury council', 0)).toEqual([]);
    // Nor a noun for the thing the act is done with ("detonator").
    expect(related('bombs detonated at dawn', 1)).toContainEqual(['detonation', 0.8]);
    expect(related('bombs detonated at dawn', 1)).not.toContainEqual(['detonator', 0.8]);
    // WordNet's commonest sense of "rebel" is a soldier of the Confederacy ("johnny", "reb"): news uses
    // neither word alike with it, so neither stands in.
    expect(related('rebels in the hills', 0).map(([query]) => query)).toEqual(['rebellion']);
  });

  it('read a verb and its particle as the phrasal verb WordNet knows, with its synonyms and their nouns', () => {
    const related = (phrase: string, group: number) =>
      phraseTerms(phrase, { nearWords: false })
        .terms.filter((term) => term.group === group && term.credit < 1)
        .map((term) => [term.query, Number(term.credit.toFixed(2))]);
    expect(related('journalists thrown out of the country', 1)).toEqual([
      ['expel', 0.7],
      ['expelling', 0.56],
      ['expulsion', 0.56],
    ]);
    // Without its particle "thrown" is no phrasal verb, and "warn" is no participle of "war".
    expect(related('a ball thrown far', 1)).toEqual([]);
    expect(related('officials warn off tourists', 1)).not.toContainEqual(['warfare', 0.7]);
  });

  it('read a rare compound of a word and a particle by its head word too, as written and as its lemma', () => {
    const heads = (phrase: string, group: number) =>
      phraseTerms(phrase, { nearWords: false })
        .terms.filter((term) => term.group === group && term.credit === 0.6)
        .map((term) => term.query);
    // News writes "short-staffed" and "staff shortages" where a reader types "understaffing".
    expect(heads('understaffing at the county hospital', 0)).toEqual(['staffing', 'staff']);
    expect(heads('the ferry shootdown', 1)).toEqual(['shoot']);
    // A common compound is a word of its own; a head among the commonest words names too little.
    expect(heads('factory output', 1)).toEqual([]);
    expect(heads('an upset in the final', 0)).toEqual([]);
    expect(heads('the citywide blackout', 1)).toEqual([]);
  });

  it('drop the words that frame a question, not its subject', () => {
    expect(phraseTerms('did religion play a role in the clock arrest').words).toEqual(['religion', 'clock', 'arrest']);
    expect(phraseTerms('is the comet really a visitor from another star').words).toEqual([
      'comet',
      'visitor',
      'another',
      'star',
    ]);
    expect(phraseTerms('what the mayor said about the bridge toll').words).toEqual(['mayor', 'bridge', 'toll']);
    expect(phraseTerms('measles among toddlers behind the border fence').words).toEqual([
      'measles',
      'toddlers',
      'border',
      'fence',
    ]);
    // "play" is the subject when no role follows it.
    expect(phraseTerms('the school play about the flood').words).toEqual(['school', 'play', 'flood']);
  });

  it('name topics by their words', () => {
    expect(topicKey("  Davis Cup's ")).toBe('davis cup');
    expect(topicSlug('U.S.-Israel ties')).toBe('u-s-israel-ties');
  });

  it('read one word as the phrase it is, and cut anything else', () => {
    expect(phraseWords('Impeachment')).toEqual(['impeachment']);
    expect(phraseWords('Ortega’s')).toEqual(['ortega']);
    expect(phraseWords('Min-ji')).toEqual(['min', 'ji']);
    // Lower-cased, a dotted capital I is "i" and a combining dot, which is no letter: two words, as before.
    expect(phraseWords('İzmir')).toEqual(['i', 'zmir']);
  });
});

describe('word vectors', () => {
  it('know how common a word is and which words mean nearly the same', () => {
    expect(informativeness('the')).toBeLessThan(0.1);
    expect(informativeness('iodine')).toBeGreaterThan(informativeness('salt'));
    expect(informativeness('zzqxv')).toBe(1);
    expect(wordSimilarity('court', 'judge')!).toBeGreaterThan(0.8);
    expect(wordSimilarity('court', 'zzqxv')).toBeNull();
    expect(nearestWords('trash', 2, 0.7).map((near) => near.word)).toEqual(['garbage', 'rubbish']);
  });
});
