// Stores one article and the graph extracted from it, in one transaction. Ingesting the same
// article again (same URL, or same text without a URL) changes nothing and returns the stored one.
import { extractArticle } from '../extraction/extract-article.ts';
import type { Analysis, ExtractedActor, ExtractedEvent } from '../extraction/types.ts';
import { Prisma, type Article } from '../generated/prisma/client.ts';
import type { Database } from '../store/prisma-client.ts';
import { validateArticleInput, type ArticleInput, type ValidArticle } from './article-input.ts';
import { resolveActor } from './actor-identity.ts';
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
      if (!isConflict(error)) throw error;
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

/** A unique-key collision or a write conflict/deadlock with a concurrent transaction. */
function isConflict(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return error.code === 'P2002' || error.code === 'P2034';
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
  const ids = new Map<string, number>();
  for (const actor of actors) {
    ids.set(actor.ref, await resolveActor(tx, articleId, actor));
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

async function storeRoles(
  tx: Transaction,
  actors: ExtractedActor[],
  actorIds: Map<string, number>,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const actor of actors) {
    const actorId = actorIds.get(actor.ref)!;
    for (const role of actor.roles) {
      const normalizedTitle = normalizeKey(role.title);
      const row = await tx.role.upsert({
        where: { actorId_normalizedTitle: { actorId, normalizedTitle } },
        create: {
          actorId,
          normalizedTitle,
          title: role.title,
          kind: role.kind,
          organization: role.organization,
          country: role.country,
        },
        update: {},
        select: { id: true },
      });
      ids.set(roleKey(actor.ref, role.title), row.id);
    }
  }
  return ids;
}

async function storeTopics(tx: Transaction, analysis: Analysis): Promise<Map<string, number>> {
  const labels = new Map(analysis.topics.map((topic) => [topic.slug, topic.label]));
  for (const statement of analysis.statements) {
    for (const topic of statement.topics) if (!labels.has(topic.slug)) labels.set(topic.slug, topic.slug);
  }
  const ids = new Map<string, number>();
  for (const [slug, label] of labels) {
    const row = await tx.topic.upsert({ where: { slug }, create: { slug, label }, update: {}, select: { id: true } });
    ids.set(slug, row.id);
  }
  return ids;
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
  const ids = new Map<string, number>();
  for (const event of analysis.events) {
    const when = event.when;
    const row = await tx.event.upsert({
      where: { key: eventKey(articleId, event, actorsByRef) },
      create: {
        key: eventKey(articleId, event, actorsByRef),
        type: event.type,
        description: event.description,
        place: event.place,
        date: when ? new Date(`${when.start}T00:00:00Z`) : null,
        dateEnd: when ? new Date(`${when.end}T00:00:00Z`) : null,
        datePrecision: when?.precision ?? null,
        dateText: when?.text ?? null,
      },
      update: {},
      select: { id: true },
    });
    ids.set(event.ref, row.id);
    await tx.eventParticipant.createMany({
      data: event.participants.map((participant) => ({
        eventId: row.id,
        actorId: actorIds.get(participant.actorRef)!,
        part: participant.part,
      })),
      skipDuplicates: true,
    });
    await tx.eventMention.createMany({
      data: event.mentions.map((mention) => ({ eventId: row.id, articleId, ...mention })),
      skipDuplicates: true,
    });
  }
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
