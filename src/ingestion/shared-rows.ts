// Rows articles share (roles, topics, events), for many articles at once. Each kind is written by one
// statement: INSERT … ON CONFLICT DO NOTHING of the rows wanted, with the ids of those inserted
// (RETURNING) and of those already there (a SELECT in the same statement). DO NOTHING takes no lock on
// rows that exist, so concurrent ingests touching the same topics or roles do not queue behind each
// other. A row another transaction committed while the statement ran is in neither half (the SELECT
// reads the statement's snapshot): then a second SELECT, in a fresh snapshot, finds it.
import { Prisma } from '../generated/prisma/client.ts';
import { topicKey } from '../extraction/phrase-terms.ts';
import type { ExtractedActor, ExtractedEvent, ExtractedTopic } from '../extraction/types.ts';
import { distinctBy, inKeyOrder, roleKey, type ArticleGraph, type Transaction } from './article-graph.ts';
import { normalizeKey } from './identity.ts';

/** Runs `statement` (the insert and select) for distinct `keys`; if one is missing, runs `reselect`. */
async function idsByKey(
  tx: Transaction,
  keys: string[],
  statement: Prisma.Sql,
  reselect: Prisma.Sql,
): Promise<Map<string, number>> {
  let rows = await tx.$queryRaw<{ id: number; key: string }[]>(statement);
  if (rows.length < keys.length) rows = await tx.$queryRaw<{ id: number; key: string }[]>(reselect);
  return new Map(rows.map((row) => [row.key, row.id]));
}

export async function storeRoles(tx: Transaction, graphs: ArticleGraph[]): Promise<void> {
  const roles = graphs.flatMap((graph) =>
    graph.analysis.actors.flatMap((actor) =>
      actor.roles.map((role) => {
        const actorId = graph.actorIds.get(actor.ref)!;
        const normalizedTitle = normalizeKey(role.title);
        return { graph, actor, role, actorId, normalizedTitle, key: `${actorId}|${normalizedTitle}` };
      }),
    ),
  );
  if (roles.length === 0) return;
  const rows = inKeyOrder(
    distinctBy(roles, (row) => row.key),
    (row) => row.key,
  );
  const wanted = Prisma.sql`SELECT * FROM unnest(${rows.map((r) => r.actorId)}::int[], ${rows.map((r) => r.role.title)}::text[],
      ${rows.map((r) => r.normalizedTitle)}::text[], ${rows.map((r) => r.role.kind)}::"RoleKind"[],
      ${rows.map((r) => r.role.organization)}::text[], ${rows.map((r) => r.role.country)}::text[])
    AS w("actorId", title, "normalizedTitle", kind, organization, country)`;
  const select = Prisma.sql`SELECT r.id, r."actorId" || '|' || r."normalizedTitle" AS key FROM "Role" r
    JOIN wanted w ON r."actorId" = w."actorId" AND r."normalizedTitle" = w."normalizedTitle"`;
  const ids = await idsByKey(
    tx,
    rows.map((row) => row.key),
    Prisma.sql`WITH wanted AS (${wanted}), inserted AS (
      INSERT INTO "Role" ("actorId", title, "normalizedTitle", kind, organization, country) SELECT * FROM wanted
      ON CONFLICT ("actorId", "normalizedTitle") DO NOTHING
      RETURNING id, "actorId" || '|' || "normalizedTitle" AS key
    ) SELECT * FROM inserted UNION ALL ${select}`,
    Prisma.sql`WITH wanted AS (${wanted}) ${select}`,
  );
  for (const { graph, actor, role, key } of roles) graph.roleIds.set(roleKey(actor.ref, role.title), ids.get(key)!);
}

/** Topic ids by slug, for the topics of the articles and of their statements, with their aliases. */
export async function storeTopics(tx: Transaction, graphs: ArticleGraph[]): Promise<Map<string, number>> {
  // A topic first met on a statement is labelled by its slug, as when the articles come one by one.
  const topics = new Map<string, ExtractedTopic>();
  for (const { analysis } of graphs) {
    const own = new Map(analysis.topics.map((topic) => [topic.slug, topic]));
    for (const statement of analysis.statements) {
      for (const { slug } of statement.topics) {
        if (!own.has(slug))
          own.set(slug, { slug, label: slug, weight: 0, origin: 'SEED', kind: 'SUBJECT', aliases: [] });
      }
    }
    for (const [slug, topic] of own) if (!topics.has(slug)) topics.set(slug, topic);
  }
  if (topics.size === 0) return new Map();
  // A topic found in the news under a name people gave another topic (a curated alias, a seed topic's
  // phrase) is filed under that topic: merges, splits and renames survive ingestion and re-analysis.
  const discovered = [...topics.values()].filter((topic) => topic.origin === 'DISCOVERED');
  const filed = await filedUnder(
    tx,
    discovered.map((topic) => topicKey(topic.label)),
  );
  const ids = new Map<string, number>();
  for (const topic of discovered) {
    const id = filed.get(topicKey(topic.label));
    if (id !== undefined) {
      ids.set(topic.slug, id);
      topics.delete(topic.slug);
    }
  }
  const slugs = [...topics.keys()].sort();
  const rows = slugs.map((slug) => topics.get(slug)!);
  const wanted = Prisma.sql`SELECT * FROM unnest(${slugs}::text[], ${rows.map((t) => t.label)}::text[],
      ${rows.map((t) => t.kind)}::"TopicKind"[], ${rows.map((t) => t.origin)}::"TopicOrigin"[])
    AS w(slug, label, kind, origin)`;
  const select = Prisma.sql`SELECT t.id, t.slug AS key FROM "Topic" t JOIN wanted w ON t.slug = w.slug`;
  const stored = await idsByKey(
    tx,
    slugs,
    Prisma.sql`WITH wanted AS (${wanted}), inserted AS (
      INSERT INTO "Topic" (slug, label, kind, origin) SELECT * FROM wanted ON CONFLICT (slug) DO NOTHING
      RETURNING id, slug AS key
    ) SELECT * FROM inserted UNION ALL ${select}`,
    Prisma.sql`WITH wanted AS (${wanted}) ${select}`,
  );
  for (const [slug, id] of stored) ids.set(slug, id);
  await storeTopicAliases(tx, rows, stored);
  return ids;
}

/** The topics that names (normalised) are curated aliases of, or phrases of a seed or curated topic. */
async function filedUnder(tx: Transaction, keys: string[]): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ key: string; topicId: number }[]>`
    SELECT DISTINCT ON (al."normalizedAlias") al."normalizedAlias" AS key, al."topicId"
    FROM "TopicAlias" al JOIN "Topic" t ON t.id = al."topicId"
    WHERE al."normalizedAlias" = ANY(${keys}::text[]) AND (al.curated OR t.origin <> 'DISCOVERED')
    ORDER BY al."normalizedAlias", al.curated DESC, al."topicId"`;
  return new Map(rows.map((row) => [row.key, row.topicId]));
}

/** Each topic's name and other names, as aliases (kept once). */
async function storeTopicAliases(tx: Transaction, topics: ExtractedTopic[], ids: Map<string, number>): Promise<void> {
  const aliases = inKeyOrder(
    distinctBy(
      topics.flatMap((topic) =>
        [topic.label, ...topic.aliases].map((alias) => ({
          topicId: ids.get(topic.slug)!,
          alias,
          normalizedAlias: topicKey(alias),
        })),
      ),
      (row) => `${row.topicId}|${row.normalizedAlias}`,
    ).filter((row) => row.normalizedAlias !== ''),
    (row) => `${String(row.topicId).padStart(10, '0')}|${row.normalizedAlias}`,
  );
  if (aliases.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "TopicAlias" ("topicId", alias, "normalizedAlias")
    SELECT * FROM unnest(${aliases.map((row) => row.topicId)}::int[], ${aliases.map((row) => row.alias)}::text[],
      ${aliases.map((row) => row.normalizedAlias)}::text[])
    ON CONFLICT DO NOTHING`;
}

/**
 * An event with a date is keyed by type, date, place and participants so that two articles
 * reporting it yield one event; without a date nothing safely identifies it beyond its article.
 */
function eventKey(articleId: number, event: ExtractedEvent, actorsByRef: Map<string, ExtractedActor>): string {
  if (!event.when) return `${event.type}|article:${articleId}|${event.ref}`;
  const participants = event.participants
    .map((participant) => actorsByRef.get(participant.actorRef))
    .filter((actor): actor is ExtractedActor => actor !== undefined && actor.kind !== 'ANONYMOUS')
    .map((actor) => normalizeKey(actor.name))
    .sort();
  return [event.type, event.when.start, event.when.end, normalizeKey(event.place ?? ''), participants.join(',')].join(
    '|',
  );
}

/** Events, their participants and their mentions. */
export async function storeEvents(tx: Transaction, graphs: ArticleGraph[]): Promise<void> {
  const keyed = graphs.flatMap((graph) => {
    const actorsByRef = new Map(graph.analysis.actors.map((actor) => [actor.ref, actor]));
    return graph.analysis.events.map((event) => ({ graph, event, key: eventKey(graph.articleId, event, actorsByRef) }));
  });
  if (keyed.length === 0) return;
  const distinct = inKeyOrder(
    distinctBy(keyed, (item) => item.key),
    (item) => item.key,
  );
  const keys = distinct.map((item) => item.key);
  const events = distinct.map((item) => item.event);
  const day = (date: string | undefined) => (date ? new Date(`${date}T00:00:00Z`) : null);
  const wanted = Prisma.sql`SELECT * FROM unnest(${keys}::text[], ${events.map((e) => e.type)}::"EventType"[],
      ${events.map((e) => e.description)}::text[], ${events.map((e) => e.place)}::text[],
      ${events.map((e) => day(e.when?.start))}::timestamp[], ${events.map((e) => day(e.when?.end))}::timestamp[],
      ${events.map((e) => e.when?.precision ?? null)}::"DatePrecision"[], ${events.map((e) => e.when?.text ?? null)}::text[])
    AS w(key, type, description, place, date, "dateEnd", "datePrecision", "dateText")`;
  const select = Prisma.sql`SELECT e.id, e.key FROM "Event" e JOIN wanted w ON e.key = w.key`;
  const ids = await idsByKey(
    tx,
    keys,
    Prisma.sql`WITH wanted AS (${wanted}), inserted AS (
      INSERT INTO "Event" (key, type, description, place, date, "dateEnd", "datePrecision", "dateText")
      SELECT * FROM wanted ON CONFLICT (key) DO NOTHING RETURNING id, key
    ) SELECT * FROM inserted UNION ALL ${select}`,
    Prisma.sql`WITH wanted AS (${wanted}) ${select}`,
  );
  for (const { graph, event, key } of keyed) graph.eventIds.set(event.ref, ids.get(key)!);

  const participants = inKeyOrder(
    distinctBy(
      keyed.flatMap(({ graph, event }) =>
        event.participants.map((participant) => ({
          eventId: graph.eventIds.get(event.ref)!,
          actorId: graph.actorIds.get(participant.actorRef)!,
          part: participant.part,
        })),
      ),
      (row) => `${row.eventId}|${row.actorId}`,
    ),
    (row) => `${row.eventId}|${row.actorId}`,
  );
  if (participants.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "EventParticipant" ("eventId", "actorId", part)
      SELECT * FROM unnest(${participants.map((row) => row.eventId)}::int[], ${participants.map((row) => row.actorId)}::int[],
        ${participants.map((row) => row.part)}::"ParticipantPart"[])
      ON CONFLICT DO NOTHING`;
  }
  const mentions = keyed.flatMap(({ graph, event }) =>
    event.mentions.map((mention) => ({ eventId: graph.eventIds.get(event.ref)!, articleId: graph.articleId, mention })),
  );
  if (mentions.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "EventMention" ("eventId", "articleId", text, start, "end")
      SELECT * FROM unnest(${mentions.map((row) => row.eventId)}::int[], ${mentions.map((row) => row.articleId)}::int[],
        ${mentions.map((row) => row.mention.text)}::text[], ${mentions.map((row) => row.mention.start)}::int[],
        ${mentions.map((row) => row.mention.end)}::int[])
      ON CONFLICT DO NOTHING`;
  }
}
