// Actors, their aliases and their mentions for many articles at once.
import { distinctBy, inKeyOrder, roleKey, type ArticleGraph, type Transaction } from './article-graph.ts';
import { normalizeKey } from './identity.ts';

const named = (graph: ArticleGraph) => graph.analysis.actors.filter((actor) => actor.kind !== 'ANONYMOUS');
const anonymous = (graph: ArticleGraph) => graph.analysis.actors.filter((actor) => actor.kind === 'ANONYMOUS');

/**
 * Sets each named actor's id to the stored actor of its exact name and kind, or unsets it when there
 * is none (the caller resolves those one by one). One statement for all the articles.
 */
export async function findKnownActors(tx: Transaction, graphs: ArticleGraph[]): Promise<void> {
  const wanted = distinctBy(
    graphs.flatMap((graph) => named(graph).map((actor) => ({ name: normalizeKey(actor.name), kind: actor.kind }))),
    (actor) => `${actor.name}|${actor.kind}`,
  );
  if (wanted.length === 0) return;
  const rows = await tx.$queryRaw<{ id: number; normalizedName: string; kind: string }[]>`
    SELECT a.id, a."normalizedName", a.kind::text AS kind FROM "Actor" a
    JOIN unnest(${wanted.map((actor) => actor.name)}::text[], ${wanted.map((actor) => actor.kind)}::text[])
      AS wanted(name, kind) ON a."normalizedName" = wanted.name AND a.kind::text = wanted.kind
    WHERE a."scopeKey" = ''`;
  const known = new Map(rows.map((row) => [`${row.normalizedName}|${row.kind}`, row.id]));
  for (const graph of graphs) {
    for (const actor of named(graph)) {
      const id = known.get(`${normalizeKey(actor.name)}|${actor.kind}`);
      if (id === undefined) graph.actorIds.delete(actor.ref);
      else graph.actorIds.set(actor.ref, id);
    }
  }
}

/**
 * Anonymous sources ("a senior official") are new in every article, scoped to it: all of them are
 * created by one statement. Re-analysis finds those a person kept (by attributing a statement to one).
 */
export async function storeAnonymousActors(tx: Transaction, graphs: ArticleGraph[]): Promise<void> {
  const actors = distinctBy(
    graphs.flatMap((graph) =>
      anonymous(graph).map((actor) => ({ actor, graph, normalizedName: normalizeKey(actor.name) })),
    ),
    (row) => `${row.graph.articleId}|${row.normalizedName}`,
  );
  if (actors.length === 0) return;
  const rows = await tx.$queryRaw<{ id: number; normalizedName: string; scopeArticleId: number }[]>`
    WITH wanted AS (
      SELECT * FROM unnest(${actors.map((row) => row.actor.name)}::text[], ${actors.map((row) => row.normalizedName)}::text[],
        ${actors.map((row) => row.graph.articleId)}::int[], ${actors.map((row) => row.actor.gender)}::text[])
        AS w(name, "normalizedName", "scopeArticleId", gender)
    ), inserted AS (
      INSERT INTO "Actor" (name, "normalizedName", kind, "scopeKey", "scopeArticleId", gender)
      SELECT name, "normalizedName", 'ANONYMOUS', "scopeArticleId"::text, "scopeArticleId", gender FROM wanted
      ON CONFLICT ("normalizedName", kind, "scopeKey") DO NOTHING
      RETURNING id, "normalizedName", "scopeArticleId"
    )
    SELECT id, "normalizedName", "scopeArticleId" FROM inserted
    UNION ALL
    SELECT a.id, a."normalizedName", a."scopeArticleId" FROM "Actor" a
    JOIN wanted w ON a."normalizedName" = w."normalizedName" AND a.kind = 'ANONYMOUS' AND a."scopeKey" = w."scopeArticleId"::text`;
  const ids = new Map(rows.map((row) => [`${row.scopeArticleId}|${row.normalizedName}`, row.id]));
  for (const graph of graphs) {
    for (const actor of anonymous(graph)) {
      graph.actorIds.set(actor.ref, ids.get(`${graph.articleId}|${normalizeKey(actor.name)}`)!);
    }
  }
}

export async function storeAliases(tx: Transaction, graphs: ArticleGraph[]): Promise<void> {
  const aliases = inKeyOrder(
    distinctBy(
      graphs.flatMap((graph) =>
        graph.analysis.actors.flatMap((actor) =>
          actor.aliases.map((alias) => ({ actorId: graph.actorIds.get(actor.ref)!, alias, key: normalizeKey(alias) })),
        ),
      ),
      (row) => `${row.actorId}|${row.key}`,
    ),
    (row) => `${row.actorId}|${row.key}`,
  );
  if (aliases.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "ActorAlias" ("actorId", alias, "normalizedAlias")
    SELECT * FROM unnest(${aliases.map((row) => row.actorId)}::int[], ${aliases.map((row) => row.alias)}::text[],
      ${aliases.map((row) => row.key)}::text[])
    ON CONFLICT DO NOTHING`;
}

/** Needs the roles stored: a mention can name the role the actor holds in it. */
export async function storeActorMentions(tx: Transaction, graphs: ArticleGraph[]): Promise<void> {
  const mentions = graphs.flatMap((graph) =>
    graph.analysis.actors.flatMap((actor) =>
      actor.mentions.map((mention) => ({
        articleId: graph.articleId,
        actorId: graph.actorIds.get(actor.ref)!,
        roleId: mention.roleTitle ? (graph.roleIds.get(roleKey(actor.ref, mention.roleTitle)) ?? null) : null,
        mention,
      })),
    ),
  );
  if (mentions.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "ActorMention" ("articleId", "actorId", "roleId", text, start, "end")
    SELECT * FROM unnest(${mentions.map((row) => row.articleId)}::int[], ${mentions.map((row) => row.actorId)}::int[],
      ${mentions.map((row) => row.roleId)}::int[], ${mentions.map((row) => row.mention.text)}::text[],
      ${mentions.map((row) => row.mention.start)}::int[], ${mentions.map((row) => row.mention.end)}::int[])
    ON CONFLICT DO NOTHING`;
}
