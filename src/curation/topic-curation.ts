// Corrections people make to topics: create one, rename it, merge two, split one, give it phrases. What a
// person says is kept as curated aliases, which outlive re-analysis: ingestion files a discovered topic
// under the topic holding its name as a curated alias, and tags each statement that says a curated phrase
// (ingestion/curated-topic-tags.ts). Renames keep the slug, so links to a topic keep working.
import type { Topic } from '../generated/prisma/client.ts';
import { topicKey, topicSlug } from '../extraction/phrase-terms.ts';
import type { Transaction } from '../ingestion/article-graph.ts';
import { tagWithCuratedPhrases } from '../ingestion/curated-topic-tags.ts';
import { retryOnConflict } from '../store/concurrency-conflict.ts';
import type { Database } from '../store/prisma-client.ts';
import { done, rejected, type CurationResult } from './curation-result.ts';

const MAX_NAME_LENGTH = 200;
const MAX_PHRASES = 50;

/** A label or phrase as given, trimmed; or why it cannot be one. */
function checkedName(name: string, field: string[]): { name: string } | CurationResult<Topic> {
  const trimmed = name.trim();
  if (!topicKey(trimmed)) return rejected(field, 'Give it letters or digits', 'REQUIRED');
  if (trimmed.length > MAX_NAME_LENGTH) {
    return rejected(field, `At most ${MAX_NAME_LENGTH} characters, got ${trimmed.length}`, 'TOO_LONG');
  }
  return { name: trimmed };
}

function checkedPhrases(phrases: string[], field: string[]): { names: string[] } | CurationResult<Topic> {
  if (phrases.length > MAX_PHRASES) return rejected(field, `At most ${MAX_PHRASES} phrases`, 'TOO_LONG');
  const names: string[] = [];
  for (const [i, phrase] of phrases.entries()) {
    const checked = checkedName(phrase, [...field, String(i)]);
    if (!('name' in checked)) return checked;
    names.push(checked.name);
  }
  return { names };
}

/** Adds names to a topic as curated aliases (an alias it had already becomes curated). */
async function addCuratedAliases(tx: Transaction, topicId: number, names: string[]): Promise<void> {
  const rows = [...new Map(names.map((name) => [topicKey(name), name])).entries()];
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "TopicAlias" ("topicId", alias, "normalizedAlias", curated)
    SELECT ${topicId}::int, alias, key, true FROM unnest(${rows.map(([, name]) => name)}::text[],
      ${rows.map(([key]) => key)}::text[]) AS a(alias, key)
    ON CONFLICT ("topicId", "normalizedAlias") DO UPDATE SET curated = true`;
}

/** The names some other topic already holds as curated aliases: one name files under one topic. */
async function heldElsewhere(tx: Transaction, topicId: number | null, names: string[]): Promise<string | null> {
  const [held] = await tx.$queryRaw<{ alias: string }[]>`
    SELECT al.alias FROM "TopicAlias" al
    WHERE al.curated AND al."normalizedAlias" = ANY(${names.map(topicKey)}::text[])
      AND (${topicId}::int IS NULL OR al."topicId" <> ${topicId}::int)
    LIMIT 1`;
  return held?.alias ?? null;
}

async function findTopic(tx: Transaction, id: number): Promise<Topic | null> {
  return tx.topic.findUnique({ where: { id } });
}

function inTransaction<T>(db: Database, work: (tx: Transaction) => Promise<CurationResult<T>>) {
  // Curation racing an ingest that stores the same topics can deadlock; run it again, as ingestion does.
  return retryOnConflict(() => db.$transaction(work, { timeout: 60_000 }));
}

/** A new topic, with phrases that name it; the statements saying them are tagged with it. */
export async function createTopic(db: Database, label: string, phrases: string[]): Promise<CurationResult<Topic>> {
  const name = checkedName(label, ['input', 'label']);
  if (!('name' in name)) return name;
  const given = checkedPhrases(phrases, ['input', 'phrases']);
  if (!('names' in given)) return given;
  const slug = topicSlug(name.name);
  return inTransaction(db, async (tx) => {
    if (await tx.topic.findUnique({ where: { slug } })) {
      return rejected<Topic>(['input', 'label'], `A topic "${slug}" exists already; give it phrases instead`);
    }
    const held = await heldElsewhere(tx, null, [name.name, ...given.names]);
    if (held) return rejected<Topic>(['input', 'phrases'], `"${held}" already names another topic`);
    const topic = await tx.topic.create({
      data: { slug, label: name.name, kind: 'SUBJECT', origin: 'CURATED', curated: true },
    });
    await addCuratedAliases(tx, topic.id, [name.name, ...given.names]);
    await tagWithCuratedPhrases(tx, { topicIds: [topic.id] });
    return done(topic);
  });
}

/** A new label for a topic; the old one stays a name of it. */
export async function renameTopic(db: Database, topicId: number, label: string): Promise<CurationResult<Topic>> {
  const name = checkedName(label, ['input', 'label']);
  if (!('name' in name)) return name;
  return inTransaction(db, async (tx) => {
    const topic = await findTopic(tx, topicId);
    if (!topic) return rejected<Topic>(['input', 'id'], 'No such topic', 'NOT_FOUND');
    const held = await heldElsewhere(tx, topicId, [name.name]);
    if (held) return rejected<Topic>(['input', 'label'], `"${held}" already names another topic`);
    await addCuratedAliases(tx, topicId, [topic.label, name.name]);
    return done(await tx.topic.update({ where: { id: topicId }, data: { label: name.name, curated: true } }));
  });
}

/** Phrases that name a topic: they file what ingestion finds under them, and tag the statements saying them. */
export async function addTopicPhrases(
  db: Database,
  topicId: number,
  phrases: string[],
): Promise<CurationResult<Topic>> {
  const given = checkedPhrases(phrases, ['input', 'phrases']);
  if (!('names' in given)) return given;
  if (given.names.length === 0) return rejected(['input', 'phrases'], 'Give at least one phrase', 'REQUIRED');
  return inTransaction(db, async (tx) => {
    const topic = await findTopic(tx, topicId);
    if (!topic) return rejected<Topic>(['input', 'id'], 'No such topic', 'NOT_FOUND');
    const held = await heldElsewhere(tx, topicId, given.names);
    if (held) return rejected<Topic>(['input', 'phrases'], `"${held}" already names another topic`);
    await addCuratedAliases(tx, topicId, given.names);
    await tagWithCuratedPhrases(tx, { topicIds: [topicId] });
    return done(await tx.topic.update({ where: { id: topicId }, data: { curated: true } }));
  });
}

/** Two topics that are one: the source's statements, articles and names move to the target, and it goes. */
export async function mergeTopics(db: Database, sourceId: number, targetId: number): Promise<CurationResult<Topic>> {
  if (sourceId === targetId) return rejected(['input', 'sourceId'], 'A topic cannot be merged into itself');
  return inTransaction(db, async (tx) => {
    const source = await findTopic(tx, sourceId);
    if (!source) return rejected<Topic>(['input', 'sourceId'], 'No such topic', 'NOT_FOUND');
    if (!(await findTopic(tx, targetId))) return rejected<Topic>(['input', 'targetId'], 'No such topic', 'NOT_FOUND');
    // Taggings the target has already stay its own; the others move (TopicActivity follows by trigger).
    await tx.$executeRaw`UPDATE "StatementTopic" st SET "topicId" = ${targetId}::int
      WHERE st."topicId" = ${sourceId}::int AND NOT EXISTS (
        SELECT 1 FROM "StatementTopic" t WHERE t."statementId" = st."statementId" AND t."topicId" = ${targetId}::int)`;
    await tx.$executeRaw`UPDATE "ArticleTopic" at SET "topicId" = ${targetId}::int
      WHERE at."topicId" = ${sourceId}::int AND NOT EXISTS (
        SELECT 1 FROM "ArticleTopic" t WHERE t."articleId" = at."articleId" AND t."topicId" = ${targetId}::int)`;
    const names = await tx.topicAlias.findMany({ where: { topicId: sourceId }, select: { alias: true } });
    await tx.topic.delete({ where: { id: sourceId } });
    await addCuratedAliases(tx, targetId, [source.label, source.slug.replace(/-/g, ' '), ...names.map((n) => n.alias)]);
    return done(await tx.topic.update({ where: { id: targetId }, data: { curated: true } }));
  });
}

/**
 * A topic that is two: a new topic takes the phrases given (and the statements saying them) from it.
 * Returns the new topic.
 */
export async function splitTopic(
  db: Database,
  topicId: number,
  label: string,
  phrases: string[],
): Promise<CurationResult<Topic>> {
  const name = checkedName(label, ['input', 'label']);
  if (!('name' in name)) return name;
  const given = checkedPhrases(phrases, ['input', 'phrases']);
  if (!('names' in given)) return given;
  if (given.names.length === 0)
    return rejected(['input', 'phrases'], 'Give the phrases the new topic takes', 'REQUIRED');
  const slug = topicSlug(name.name);
  return inTransaction(db, async (tx) => {
    const topic = await findTopic(tx, topicId);
    if (!topic) return rejected<Topic>(['input', 'id'], 'No such topic', 'NOT_FOUND');
    if (await tx.topic.findUnique({ where: { slug } })) {
      return rejected<Topic>(['input', 'label'], `A topic "${slug}" exists already`);
    }
    const held = await heldElsewhere(tx, topicId, [name.name, ...given.names]);
    if (held) return rejected<Topic>(['input', 'phrases'], `"${held}" already names another topic`);
    const part = await tx.topic.create({
      data: { slug, label: name.name, kind: topic.kind, origin: 'CURATED', curated: true },
    });
    const keys = given.names.map(topicKey);
    await tx.topicAlias.deleteMany({ where: { topicId, normalizedAlias: { in: keys } } });
    await addCuratedAliases(tx, part.id, [name.name, ...given.names]);
    // The topic's statements that say one of the phrases move to the new topic.
    await tx.$executeRaw`UPDATE "StatementTopic" st SET "topicId" = ${part.id}::int
      FROM "Statement" s
      WHERE st."topicId" = ${topicId}::int AND s.id = st."statementId" AND EXISTS (
        SELECT 1 FROM unnest(${given.names}::text[]) AS p(phrase) WHERE s.search @@ phraseto_tsquery('english', p.phrase))`;
    await tagWithCuratedPhrases(tx, { topicIds: [part.id] });
    await tx.topic.update({ where: { id: topicId }, data: { curated: true } });
    return done(part);
  });
}
