import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface WinkToken {
  value: string;
  pos: string;
  lemma: string;
}

export interface WinkReading {
  tokens: WinkToken[];
  /** Inclusive token index ranges of the sentences wink found. */
  sentences: Array<[number, number]>;
}

// Loading the model takes tens of milliseconds; do it once, on first use.
let nlp: ReturnType<typeof winkNLP> | null = null;

function instance(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

export function readWithWink(text: string): WinkReading {
  const wink = instance();
  const its = wink.its;
  const doc = wink.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // The typings of its.lemma do not match out()'s signature, although the call works as documented.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens = values.map((value, i) => ({ value, pos: pos[i] ?? 'X', lemma: lemmas[i] ?? value.toLowerCase() }));
  const sentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  return { tokens, sentences };
}
