// Stores articles and the graphs extracted from them, many in one transaction. Ingesting an article
// again (same URL, or same text without a URL), in a later batch or the same one, changes nothing and
// returns the stored one.
import { extractArticle } from '../extraction/extract-article.ts';
import type { Analysis } from '../extraction/types.ts';
import type { Article } from '../generated/prisma/client.ts';
import { backOffAfter, CONFLICT_ATTEMPTS, isConcurrencyConflict } from '../store/concurrency-conflict.ts';
import type { Database } from '../store/prisma-client.ts';
import { articleGraph, type Transaction } from './article-graph.ts';
import { validateArticleInput, type ArticleInput } from './article-input.ts';
import { findStoredArticles, insertArticles, type KeyedArticle } from './article-rows.ts';
import { contentHash } from './identity.ts';
import { storeExtractedGraphs } from './store-graph.ts';
import type { UserError } from './user-error.ts';

export interface IngestOptions {
  maxBodyChars: number;
  /** Where the input sits in the caller's arguments, for userErrors paths. */
  fieldPrefix?: string[];
}

export interface IngestResult {
  article: Article | null;
  /** False when the article was already stored. */
  created: boolean;
  userErrors: UserError[];
}

/** A valid article of the batch, first of those sharing its keys. */
interface Candidate extends KeyedArticle {
  index: number;
}

/**
 * Results come in input order. An invalid article gets its userErrors and the others are stored; an
 * unexpected error (the database refusing a row, say) fails the whole batch.
 */
export async function ingestArticles(
  db: Database,
  inputs: ArticleInput[],
  options: IngestOptions,
): Promise<IngestResult[]> {
  const results: IngestResult[] = new Array(inputs.length);
  const candidates: Candidate[] = [];
  const duplicates: { index: number; of: Candidate }[] = [];
  const byKey = new Map<string, Candidate>();
  inputs.forEach((input, index) => {
    const validation = validateArticleInput(input, options);
    if (!validation.ok) {
      results[index] = { article: null, created: false, userErrors: validation.userErrors };
      return;
    }
    const { article } = validation;
    const hash = contentHash(article.headline, article.body);
    const keys = [`hash ${hash}`, ...(article.url ? [`url ${article.url}`] : [])];
    const first = keys.map((key) => byKey.get(key)).find((candidate) => candidate !== undefined);
    if (first) duplicates.push({ index, of: first });
    else {
      const candidate = { index, article, hash };
      candidates.push(candidate);
      for (const key of keys) byKey.set(key, candidate);
    }
  });

  let pending = await settleStored(db, candidates, results);
  // Extraction is pure and can be slow: it runs before the transaction opens.
  const analyses = new Map(
    pending.map((candidate) => [
      candidate,
      extractArticle({
        headline: candidate.article.headline,
        body: candidate.article.body,
        publishedAt: candidate.article.publishedAt?.toISOString() ?? null,
      }),
    ]),
  );
  // Concurrent ingests that share a new actor, role, topic or event can collide on its unique key
  // (or deadlock): the loser's transaction rolls back whole, and a retry finds the winner's rows.
  for (let attempt = 1; pending.length > 0; attempt++) {
    try {
      const stored = await db.$transaction((tx) => storeArticles(tx, pending, analyses), {
        maxWait: 30_000,
        timeout: 60_000,
      });
      pending.forEach((candidate, i) => (results[candidate.index] = { ...stored[i]!, userErrors: [] }));
      pending = [];
    } catch (error) {
      if (!isConcurrencyConflict(error)) throw error;
      // Articles a concurrent ingest stored meanwhile are done.
      pending = await settleStored(db, pending, results);
      if (attempt >= CONFLICT_ATTEMPTS && pending.length > 0) throw error;
      if (pending.length > 0) await backOffAfter(attempt);
    }
  }
  for (const { index, of } of duplicates) {
    results[index] = { article: results[of.index]!.article, created: false, userErrors: [] };
  }
  return results;
}

/** Answers the candidates stored already; returns the others. */
async function settleStored(db: Database, candidates: Candidate[], results: IngestResult[]): Promise<Candidate[]> {
  const stored = await findStoredArticles(db, candidates);
  return candidates.filter((candidate, i) => {
    const article = stored[i];
    if (article) results[candidate.index] = { article, created: false, userErrors: [] };
    return !article;
  });
}

async function storeArticles(
  tx: Transaction,
  candidates: Candidate[],
  analyses: Map<Candidate, Analysis>,
): Promise<{ article: Article; created: boolean }[]> {
  const inserted = await insertArticles(
    tx,
    candidates.map((candidate) => ({ ...candidate, extractorVersion: analyses.get(candidate)!.extractorVersion })),
  );
  // An article a concurrent ingest stored first is that ingest's.
  const lost = candidates.filter((_, i) => !inserted[i]);
  const winners = await findStoredArticles(tx, lost);
  await storeExtractedGraphs(
    tx,
    candidates.flatMap((candidate, i) => {
      const article = inserted[i];
      return article ? [articleGraph(article.id, analyses.get(candidate)!, candidate.article)] : [];
    }),
  );
  return candidates.map((candidate, i) => {
    const article = inserted[i];
    if (article) return { article, created: true };
    const winner = winners[lost.indexOf(candidate)];
    if (!winner) throw new Error(`Article ${candidate.hash} was neither inserted nor found`);
    return { article: winner, created: false };
  });
}

/**
 * ingestArticles for callers that settle each article on its own (queue jobs, files): when the batch
 * fails unexpectedly, its articles are ingested one at a time, so one bad article fails alone.
 */
export async function ingestArticlesSettled(
  db: Database,
  inputs: ArticleInput[],
  options: IngestOptions,
): Promise<PromiseSettledResult<IngestResult>[]> {
  try {
    return (await ingestArticles(db, inputs, options)).map((value) => ({ status: 'fulfilled', value }));
  } catch (error) {
    if (inputs.length === 1) return [{ status: 'rejected', reason: error }];
    const settled: PromiseSettledResult<IngestResult>[] = [];
    for (const input of inputs) settled.push(...(await ingestArticlesSettled(db, [input], options)));
    return settled;
  }
}
