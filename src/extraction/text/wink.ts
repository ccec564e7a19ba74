import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface WinkReading {
  /** Token values, verbatim (line breaks are tokens too), with their tags and lemmas. */
  values: string[];
  pos: string[];
  lemmas: string[];
  /** Inclusive token index ranges of the sentences wink found. */
  sentences: Array<[number, number]>;
}

// Loading the model takes ~100 ms of CPU; do it on first use.
//
// wink adds every word it has not seen to its instance's lexicon, and its tokenizer keeps a word it knows whole:
// once one text has ended a clause on a possessive ("the call was the Department's."), which wink reads as one
// word, every later "Department's" stays one token, tagged as a name. An article would then be read differently
// after other articles. So each read forgets the words it added that hold a mark or a digit ("Department's",
// "10km", "U.S."): those alone are split or kept whole depending on whether they are known. A word of letters
// alone is one token either way, with the same features; it is kept, as re-adding every new name on every read
// would cost more than the rest of the tokenizing. The words' entries stay in wink's tables (they cannot be
// taken out), about 130 bytes each, so an instance is renewed once it has added WORDS_PER_INSTANCE words, which
// keeps memory flat. Measured on the 355 development articles, a body's read adds 35 words on first sight of
// the article (its new names, and its words with marks again) and 9 on each later sight (those words alone):
// 50,000 words, some 6.5 MB, last about 1,400 new articles or 5,500 repeated ones. A new instance costs about
// 200 ms of CPU, more than its model's load: wink's functions are made anew and run unoptimised until hot again.
const WORDS_PER_INSTANCE = 50_000;
const LETTERS_ONLY = /^\p{L}+$/u;

type Wink = ReturnType<typeof winkNLP>;
type Pipe = Parameters<typeof winkNLP>[1];

/** The part of wink's core model that indexes the lexicon: its words, and each word's index by text. */
interface LexemeIndex {
  list: string[];
  hash: Record<string, number | undefined>;
}

interface ForgetfulWink {
  nlp: Wink;
  /** Words added to the lexicon since the instance was made (each read's, forgotten after it). */
  added: () => number;
}

/** A wink instance running `pipe` whose every read sees only the model's own lexicon. */
function forgetfulWink(pipe: Pipe): ForgetfulWink {
  const core = (model.core as () => { features: { lexeme: LexemeIndex } })();
  const lexemes = core.features.lexeme;
  const nlp = winkNLP({ ...model, core: () => core }, pipe);
  const ownWords = lexemes.list.length;
  const readDoc: Wink['readDoc'] = (text) => {
    const known = lexemes.list.length;
    const doc = nlp.readDoc(text);
    for (let i = known; i < lexemes.list.length; i++) {
      const word = lexemes.list[i]!;
      // Unset, not deleted: wink tells a known word only by its index being defined, so both read the same, and
      // deleting from a table this large each read slowed wink's later look-ups (about 2 % of extraction time).
      if (!LETTERS_ONLY.test(word)) lexemes.hash[word] = undefined;
    }
    return doc;
  };
  return { nlp: { ...nlp, readDoc }, added: () => lexemes.list.length - ownWords };
}

/** A wink instance running `pipe`, each read independent of the others, renewed once it has added `wordsPerInstance`
 *  words to its tables. */
export function renewedWink(pipe: Pipe, wordsPerInstance = WORDS_PER_INSTANCE): () => Wink {
  let wink: ForgetfulWink | null = null;
  return () => {
    if (wink && wink.added() >= wordsPerInstance) wink = null;
    wink ??= forgetfulWink(pipe);
    return wink.nlp;
  };
}

/** Only the steps the extractor reads: sentence boundaries and part-of-speech tags (lemmas come with them). */
export const taggingWink = renewedWink(['sbd', 'pos']);

export function readWithWink(text: string): WinkReading {
  const wink = taggingWink();
  const its = wink.its;
  const doc = wink.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  // The typings of its.lemma do not match out()'s signature, although the call works as documented.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const sentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  return { values, pos, lemmas, sentences };
}
