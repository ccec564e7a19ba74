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

// Loading the model takes ~100 ms of CPU; do it on first use. wink adds every word it has not seen to its
// instance's lexicon and never forgets it, so over a long stream of articles that lexicon only grows (about
// 130 bytes a new word); a fresh instance every READS_PER_INSTANCE documents keeps memory flat at ~0.01 ms an
// article. The results do not depend on the instance.
const READS_PER_INSTANCE = 10_000;

type Wink = ReturnType<typeof winkNLP>;

/** A wink instance running `pipe`, renewed every READS_PER_INSTANCE calls (each call is one read). */
export function renewedWink(pipe: Parameters<typeof winkNLP>[1]): () => Wink {
  let nlp: Wink | null = null;
  let reads = 0;
  return () => {
    if (reads >= READS_PER_INSTANCE) {
      nlp = null;
      reads = 0;
    }
    reads++;
    nlp ??= winkNLP(model, pipe);
    return nlp;
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
