// Writes the extractor's answer for every article of a gold set, one NAME.json a file in the gold shape,
// as the shared scorer reads them with `--pred DIR`.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractArticle } from '../extraction/extract-article.ts';
import { toGoldFormat, type GoldFormat } from '../extraction/to-gold-format.ts';
import type { GoldArticle } from './gold-set.ts';

export interface Prediction {
  name: string;
  predicted: GoldFormat;
}

export function predict(set: GoldArticle[]): Prediction[] {
  return set.map(({ name, article }) => ({ name, predicted: toGoldFormat(extractArticle(article)) }));
}

export async function writePredictions(predictions: Prediction[], dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const { name, predicted } of predictions)
    await writeFile(join(dir, `${name}.json`), `${JSON.stringify(predicted)}\n`);
}
