// Stores the graphs extracted from articles (new, or being re-analysed) in the caller's transaction,
// each table written by one statement for many articles, with the graph one gets by storing the
// articles one by one in their order.
import type { Analysis } from '../extraction/types.ts';
import { findKnownActors, storeActorMentions, storeAliases, storeAnonymousActors } from './actor-rows.ts';
import { resolveNewActor } from './actor-identity.ts';
import { articleGraph, type ArticleGraph, type Transaction } from './article-graph.ts';
import { storeEvents, storeRoles, storeTopics } from './shared-rows.ts';
import { storeArticleTopics, storeStatements } from './statement-rows.ts';

export async function storeExtractedGraph(tx: Transaction, articleId: number, analysis: Analysis): Promise<void> {
  await storeExtractedGraphs(tx, [articleGraph(articleId, analysis)]);
}

/**
 * A named actor not stored under its exact name is resolved on its own (resolveNewActor: curated
 * aliases, a surname with a matching title, merging surname-only twins), and that reads the roles and
 * merges of the articles before it. So the articles are stored in runs: a run ends before an article
 * naming such an actor, whose actors are resolved once the run is stored; the actors of the articles
 * after it are looked up again, as a merge may have removed one.
 */
export async function storeExtractedGraphs(tx: Transaction, graphs: ArticleGraph[]): Promise<void> {
  await storeAnonymousActors(tx, graphs);
  let start = 0;
  // Whether graphs[start]'s actors are all resolved already (it ended the previous run).
  let startResolved = false;
  while (start < graphs.length) {
    const rest = graphs.slice(startResolved ? start + 1 : start);
    await findKnownActors(tx, rest);
    let end = startResolved ? start + 1 : start;
    while (end < graphs.length && !hasUnknownActor(graphs[end]!)) end++;
    if (end > start) await storeRun(tx, graphs.slice(start, end));
    if (end === graphs.length) return;
    const graph = graphs[end]!;
    for (const actor of graph.analysis.actors) {
      if (!graph.actorIds.has(actor.ref))
        graph.actorIds.set(actor.ref, await resolveNewActor(tx, graph.articleId, actor));
    }
    start = end;
    startResolved = true;
  }
}

function hasUnknownActor(graph: ArticleGraph): boolean {
  return graph.analysis.actors.some((actor) => !graph.actorIds.has(actor.ref));
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
