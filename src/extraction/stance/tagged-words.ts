// Words with their parts of speech, from the extractor's tagger. Tagging is the dear step of reading stance: rules
// tag only the text they ask about (a topic's phrase, a clause with a copula), and once for all that ask.
import { taggingWink } from '../text/wink.ts';

/** A text's words as wink-nlp normalises them, with their parts of speech. */
export interface TaggedWords {
  pos: string[];
  normal: string[];
}

export function tagWords(text: string): TaggedWords {
  const nlp = taggingWink();
  const tokens = nlp.readDoc(text).tokens();
  return { pos: tokens.out(nlp.its.pos) as string[], normal: tokens.out(nlp.its.normal) as string[] };
}
