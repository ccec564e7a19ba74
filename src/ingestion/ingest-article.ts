// Stores one article and the graph extracted from it, in one transaction. Ingesting the same
// article again (same URL, or same text without a URL) changes nothing and returns the stored one.
import { extractArticle } from '../extraction/extract-article.ts';
import type { Analysis, ExtractedActor, ExtractedEvent } from '../extraction/types.ts';
import { Prisma, type Article } from '../generated/prisma/client.ts';
import { isConcurrencyConflict } from '../store/concurrency-conflict.ts';
import type { Database } from '../store/prisma-client.ts';
import { validateArticleInput, type ArticleInput, type ValidArticle } from './article-input.ts';
import { resolveNewActor } from './actor-identity.ts';
import { contentHash, normalizeKey } from './identity.ts';
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

export type Transaction = Prisma.TransactionClient;

export async function ingestArticle(db: Database, input: ArticleInput, options: IngestOptions): Promise<IngestResult> {
  const validation = validateArticleInput(input, {
    maxBodyChars: options.maxBodyChars,
    fieldPrefix: options.fieldPrefix,
  });
  if (!validation.ok) return { article: null, created: false, userErrors: validation.userErrors };
  const article = validation.article;
  const hash = contentHash(article.headline, article.body);

  const existing = await findExisting(db, article.url, hash);
  if (existing) return { article: existing, created: false, userErrors: [] };

  const analysis = extractArticle({
    headline: article.headline,
    body: article.body,
    publishedAt: article.publishedAt?.toISOString() ?? null,
  });
  // Concurrent ingests that share a new actor, role, topic or event can collide on its unique key
  // (or deadlock): the loser's transaction rolls back whole, and a retry finds the winner's row.
  for (let attempt = 1; ; attempt++) {
    try {
      const stored = await db.$transaction((tx) => storeAnalysis(tx, article, hash, analysis), {
        maxWait: 30_000,
        timeout: 60_000,
      });
      return { article: stored, created: true, userErrors: [] };
    } catch (error) {
      if (!isConcurrencyConflict(error)) throw error;
      // A concurrent ingest of the same article won the race: return its row.
      const winner = await findExisting(db, article.url, hash);
      if (winner) return { article: winner, created: false, userErrors: [] };
      if (attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

const MAX_ATTEMPTS = 5;

function findExisting(db: Database, url: string | null, hash: string): Promise<Article | null> {
  return db.article.findFirst({ where: { OR: [{ contentHash: hash }, ...(url ? [{ url }] : [])] } });
}

async function storeAnalysis(tx: Transaction, input: ValidArticle, hash: string, analysis: Analysis): Promise<Article> {
  const article = await tx.article.create({
    data: { ...input, contentHash: hash, extractorVersion: analysis.extractorVersion },
  });
  await storeExtractedGraph(tx, article.id, analysis);
  return article;
}

/** Stores the graph extracted from an article (new, or being re-analysed) in the caller's transaction. */
export async function storeExtractedGraph(tx: Transaction, articleId: number, analysis: Analysis): Promise<void> {
  const actorIds = await storeActors(tx, articleId, analysis.actors);
  const roleIds = await storeRoles(tx, analysis.actors, actorIds);
  await tx.actorMention.createMany({
    data: analysis.actors.flatMap((actor) =>
      actor.mentions.map((mention) => ({
        articleId,
        actorId: actorIds.get(actor.ref)!,
        roleId: mention.roleTitle ? (roleIds.get(roleKey(actor.ref, mention.roleTitle)) ?? null) : null,
        text: mention.text,
        start: mention.start,
        end: mention.end,
      })),
    ),
    skipDuplicates: true,
  });
  const topicIds = await storeTopics(tx, analysis);
  const eventIds = await storeEvents(tx, articleId, analysis, actorIds);
  await storeStatements(tx, articleId, analysis, { actorIds, roleIds, topicIds, eventIds });
  await tx.articleTopic.createMany({
    data: analysis.topics.map((topic) => ({ articleId, topicId: topicIds.get(topic.slug)!, weight: topic.weight })),
  });
}

/** Maps each extracted actor's ref to its row, creating actors the graph does not know yet. */
async function storeActors(tx: Transaction, articleId: number, actors: ExtractedActor[]): Promise<Map<string, number>> {
  // Most actors of an article are known already: one statement finds them all by name.
  const named = actors.filter((actor) => actor.kind !== 'ANONYMOUS');
  const known =
    named.length === 0
      ? []
      : await tx.$queryRaw<{ id: number; normalizedName: string; kind: string }[]>`
    SELECT a.id, a."normalizedName", a.kind::text AS kind FROM "Actor" a
    JOIN unnest(${named.map((actor) => normalizeKey(actor.name))}::text[], ${named.map((actor) => actor.kind)}::text[])
      AS wanted(name, kind) ON a."normalizedName" = wanted.name AND a.kind::text = wanted.kind
    WHERE a."scopeKey" = ''`;
  const knownIds = new Map(known.map((row) => [`${row.normalizedName}|${row.kind}`, row.id]));
  const ids = new Map<string, number>();
  for (const actor of actors) {
    const id = actor.kind === 'ANONYMOUS' ? undefined : knownIds.get(`${normalizeKey(actor.name)}|${actor.kind}`);
    ids.set(actor.ref, id ?? (await resolveNewActor(tx, articleId, actor)));
  }
  await tx.actorAlias.createMany({
    data: actors.flatMap((actor) =>
      actor.aliases.map((alias) => ({ actorId: ids.get(actor.ref)!, alias, normalizedAlias: normalizeKey(alias) })),
    ),
    skipDuplicates: true,
  });
  return ids;
}

function roleKey(actorRef: string, title: string): string {
  return `${actorRef}\u0000${normalizeKey(title)}`;
}

/** Distinct by key, first occurrence kept. */
function distinctBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

// Shared rows (roles, topics, events) are written in two statements per kind: INSERT … ON CONFLICT
// DO NOTHING, then a SELECT of every row wanted. DO NOTHING takes no lock on rows that exist, so
// concurrent ingests touching the same topics or roles do not queue behind each other (DO UPDATE
// would hold those row locks to the end of each transaction), and an article costs a fixed number
// of statements whatever it holds.

async function storeRoles(
  tx: Transaction,
  actors: ExtractedActor[],
  actorIds: Map<string, number>,
): Promise<Map<string, number>> {
  const roles = distinctBy(
    actors.flatMap((actor) =>
      actor.roles.map((role) => ({
        ...role,
        actorId: actorIds.get(actor.ref)!,
        normalizedTitle: normalizeKey(role.title),
      })),
    ),
    (role) => `${role.actorId}|${role.normalizedTitle}`,
  );
  const ids = new Map<string, number>();
  if (roles.length === 0) return ids;
  const actorIdList = roles.map((r) => r.actorId);
  const titleKeys = roles.map((r) => r.normalizedTitle);
  await tx.$executeRaw`
    INSERT INTO "Role" ("actorId", title, "normalizedTitle", kind, organization, country)
    SELECT * FROM unnest(${actorIdList}::int[], ${roles.map((r) => r.title)}::text[], ${titleKeys}::text[],
      ${roles.map((r) => r.kind)}::"RoleKind"[], ${roles.map((r) => r.organization)}::text[],
      ${roles.map((r) => r.country)}::text[])
    ON CONFLICT ("actorId", "normalizedTitle") DO NOTHING`;
  const rows = await tx.$queryRaw<{ id: number; actorId: number; normalizedTitle: string }[]>`
    SELECT r.id, r."actorId", r."normalizedTitle" FROM "Role" r
    JOIN unnest(${actorIdList}::int[], ${titleKeys}::text[]) AS wanted("actorId", "normalizedTitle")
      ON r."actorId" = wanted."actorId" AND r."normalizedTitle" = wanted."normalizedTitle"`;
  const byKey = new Map(rows.map((row) => [`${row.actorId}|${row.normalizedTitle}`, row.id]));
  for (const actor of actors) {
    for (const role of actor.roles) {
      ids.set(roleKey(actor.ref, role.title), byKey.get(`${actorIds.get(actor.ref)}|${normalizeKey(role.title)}`)!);
    }
  }
  return ids;
}

async function storeTopics(tx: Transaction, analysis: Analysis): Promise<Map<string, number>> {
  const labels = new Map(analysis.topics.map((topic) => [topic.slug, topic.label]));
  for (const statement of analysis.statements) {
    for (const topic of statement.topics) if (!labels.has(topic.slug)) labels.set(topic.slug, topic.slug);
  }
  if (labels.size === 0) return new Map();
  const slugs = [...labels.keys()];
  await tx.$executeRaw`
    INSERT INTO "Topic" (slug, label) SELECT * FROM unnest(${slugs}::text[], ${[...labels.values()]}::text[])
    ON CONFLICT (slug) DO NOTHING`;
  const rows = await tx.$queryRaw<{ id: number; slug: string }[]>`
    SELECT id, slug FROM "Topic" WHERE slug = ANY(${slugs}::text[])`;
  return new Map(rows.map((row) => [row.slug, row.id]));
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

async function storeEvents(
  tx: Transaction,
  articleId: number,
  analysis: Analysis,
  actorIds: Map<string, number>,
): Promise<Map<string, number>> {
  const actorsByRef = new Map(analysis.actors.map((actor) => [actor.ref, actor]));
  const keyed = analysis.events.map((event) => ({ event, key: eventKey(articleId, event, actorsByRef) }));
  const events = distinctBy(keyed, (item) => item.key);
  const ids = new Map<string, number>();
  if (events.length === 0) return ids;
  const day = (date: string | undefined) => (date ? new Date(`${date}T00:00:00Z`) : null);
  await tx.$executeRaw`
    INSERT INTO "Event" (key, type, description, place, date, "dateEnd", "datePrecision", "dateText")
    SELECT * FROM unnest(${events.map((e) => e.key)}::text[], ${events.map((e) => e.event.type)}::"EventType"[],
      ${events.map((e) => e.event.description)}::text[], ${events.map((e) => e.event.place)}::text[],
      ${events.map((e) => day(e.event.when?.start))}::timestamp[], ${events.map((e) => day(e.event.when?.end))}::timestamp[],
      ${events.map((e) => e.event.when?.precision ?? null)}::"DatePrecision"[], ${events.map((e) => e.event.when?.text ?? null)}::text[])
    ON CONFLICT (key) DO NOTHING`;
  const rows = await tx.$queryRaw<{ id: number; key: string }[]>`
    SELECT id, key FROM "Event" WHERE key = ANY(${events.map((e) => e.key)}::text[])`;
  const idByKey = new Map(rows.map((row) => [row.key, row.id]));
  for (const { event, key } of keyed) ids.set(event.ref, idByKey.get(key)!);
  await tx.eventParticipant.createMany({
    data: keyed.flatMap(({ event }) =>
      event.participants.map((participant) => ({
        eventId: ids.get(event.ref)!,
        actorId: actorIds.get(participant.actorRef)!,
        part: participant.part,
      })),
    ),
    skipDuplicates: true,
  });
  await tx.eventMention.createMany({
    data: keyed.flatMap(({ event }) =>
      event.mentions.map((mention) => ({ eventId: ids.get(event.ref)!, articleId, ...mention })),
    ),
    skipDuplicates: true,
  });
  return ids;
}

interface RowIds {
  actorIds: Map<string, number>;
  roleIds: Map<string, number>;
  topicIds: Map<string, number>;
  eventIds: Map<string, number>;
}

async function storeStatements(tx: Transaction, articleId: number, analysis: Analysis, ids: RowIds): Promise<void> {
  const rows = await tx.statement.createManyAndReturn({
    data: analysis.statements.map((statement) => ({
      articleId,
      speakerId: ids.actorIds.get(statement.speakerRef)!,
      speakerRoleId: statement.speakerRole
        ? (ids.roleIds.get(roleKey(statement.speakerRef, statement.speakerRole)) ?? null)
        : null,
      eventId: statement.eventRef ? (ids.eventIds.get(statement.eventRef) ?? null) : null,
      kind: statement.kind,
      text: statement.text,
      cue: statement.cue,
      start: statement.start,
      end: statement.end,
      sentenceStart: statement.sentence.start,
      sentenceEnd: statement.sentence.end,
    })),
    select: { id: true, start: true, end: true },
    skipDuplicates: true,
  });
  const idBySpan = new Map(rows.map((row) => [`${row.start}:${row.end}`, row.id]));
  await tx.statementTopic.createMany({
    data: analysis.statements.flatMap((statement) => {
      const statementId = idBySpan.get(`${statement.start}:${statement.end}`);
      if (statementId === undefined) return [];
      return statement.topics.map((topic) => ({
        statementId,
        topicId: ids.topicIds.get(topic.slug)!,
        stance: topic.stance,
      }));
    }),
    skipDuplicates: true,
  });
}
