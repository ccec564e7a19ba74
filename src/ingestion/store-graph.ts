// Stores the graphs extracted from articles (new, or being re-analysed) in the caller's transaction,
// each table written by one statement for many articles, with the graph one gets by storing the
// articles one by one in their order.
import type { Analysis, ArticleText } from '../extraction/types.ts';
import { findKnownActors, storeActorMentions, storeAliases, storeAnonymousActors } from './actor-rows.ts';
import { likelyNew, lockActorCreation, readsRoles, resolveNewActor } from './actor-identity.ts';
import { articleGraph, type ArticleGraph, type Transaction } from './article-graph.ts';
import { storeEvents, storeRoles, storeTopics } from './shared-rows.ts';
import { storeArticleTopics, storeStatements } from './statement-rows.ts';

export async function storeExtractedGraph(
  tx: Transaction,
  articleId: number,
  analysis: Analysis,
  text: Pick<ArticleText, 'headline' | 'body'>,
): Promise<void> {
  await storeExtractedGraphs(tx, [articleGraph(articleId, analysis, text)]);
}

/**
 * A named actor not stored under its exact name is resolved on its own (resolveNewActor: curated
 * aliases, a surname with a matching title, merging surname-only twins), in article order, and the
 * actors of the articles after it are looked up again (it may have created one they name, or merged
 * one away). A title-holding person's resolution reads the roles of the articles before it, so the
 * articles are stored in runs, and such an article starts a new run once the run before it is stored.
 */
export async function storeExtractedGraphs(tx: Transaction, graphs: ArticleGraph[]): Promise<void> {
  await storeAnonymousActors(tx, graphs);
  await findKnownActors(tx, graphs);
  const creates = graphs.some((graph) =>
    graph.analysis.actors.some((actor) => !graph.actorIds.has(actor.ref) && likelyNew(actor)),
  );
  if (creates && (await lockActorCreation(tx))) await findKnownActors(tx, graphs);
  let runStart = 0;
  for (let index = 0; index < graphs.length; index++) {
    const graph = graphs[index]!;
    const unknown = graph.analysis.actors.filter((actor) => !graph.actorIds.has(actor.ref));
    if (unknown.length === 0) continue;
    if (index > runStart && unknown.some(readsRoles)) {
      await storeRun(tx, graphs.slice(runStart, index));
      runStart = index;
    }
    for (const actor of unknown) graph.actorIds.set(actor.ref, await resolveNewActor(tx, actor));
    await findKnownActors(tx, graphs.slice(index + 1));
  }
  await storeRun(tx, graphs.slice(runStart));
}

/** Articles whose actors are all resolved: about ten statements, however many articles. */
async function storeRun(tx: Transaction, graphs: ArticleGraph[]): Promise<void> {
  await storeAliases(tx, graphs);
  await storeRoles(tx, graphs);
  await storeActorMentions(tx, graphs);
  const topicIds = await storeTopics(tx, graphs);
  await storeEvents(tx, graphs);
  await storeStatements(tx, graphs, topicIds);
  await storeArticleTopics(tx, graphs, topicIds);
}
