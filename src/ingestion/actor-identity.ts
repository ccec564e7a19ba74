// Which stored actor an extracted actor is. The same person in two articles is one actor whether
// named in full or by surname with a matching title, and whichever article comes first: a surname
// met first is merged into the full name when that arrives. (Anonymous sources, new in every article,
// are created with the article's other rows: actor-rows.ts.)
import { mergeActorsInto } from './merge-actors.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { ExtractedActor } from '../extraction/types.ts';
import { normalizeKey } from './identity.ts';

type Transaction = Prisma.TransactionClient;

/** The stored actor an extracted one (whose exact name is not stored) already is, if any. */
async function findKnownActor(tx: Transaction, actor: ExtractedActor, normalizedName: string): Promise<number | null> {
  // A name a person gave the actor (an alias added by hand, or the name of an actor merged into it).
  const curated = await tx.$queryRaw<{ actorId: number }[]>`
    SELECT DISTINCT al."actorId" FROM "ActorAlias" al JOIN "Actor" a ON a.id = al."actorId"
    WHERE al."normalizedAlias" = ${normalizedName} AND al.curated AND a.kind = ${actor.kind}::"ActorKind"
      AND a."scopeKey" = ''
    LIMIT 2`;
  if (curated.length === 1) return curated[0]!.actorId;
  if (!readsRoles(actor) || normalizedName.includes(' ')) return null;
  const namesakes = await samePersonByTitle(tx, { surnameOf: normalizedName }, actor);
  return namesakes.length === 1 ? namesakes[0]! : null;
}

/**
 * Whether resolving the actor reads roles (to match a surname to a full name by title, or to find
 * surname-only twins to merge): only people whose article gives them a title.
 */
export function readsRoles(actor: ExtractedActor): boolean {
  return actor.kind === 'PERSON' && actor.roles.length > 0;
}

/** People whose name ends in the surname (or, reversed, whose whole name is the surname) holding one of the actor's titles. */
async function samePersonByTitle(
  tx: Transaction,
  name: { surnameOf: string } | { fullNameEndingIn: string },
  actor: ExtractedActor,
): Promise<number[]> {
  const titles = actor.roles.map((role) => normalizeKey(role.title));
  // Normalised names hold letters, digits and spaces only: no LIKE wildcards.
  const nameMatches =
    'surnameOf' in name
      ? Prisma.sql`a."normalizedName" LIKE ${`% ${name.surnameOf}`}`
      : Prisma.sql`a."normalizedName" = ${name.fullNameEndingIn}`;
  const people = await tx.$queryRaw<{ id: number }[]>`
    SELECT a.id FROM "Actor" a
    WHERE a.kind = 'PERSON' AND a."scopeKey" = '' AND ${nameMatches}
      AND EXISTS (SELECT 1 FROM "Role" r WHERE r."actorId" = a.id AND r."normalizedTitle" = ANY(${titles}::text[]))
    LIMIT 2`;
  return people.map((person) => person.id);
}

/**
 * Actors new to the graph are created under one transaction-level advisory lock. Concurrent ingests
 * naming the same new people would otherwise each wait for the other's uncommitted rows, in whatever
 * order their articles name them, and deadlock.
 */
const ACTOR_CREATION_LOCK = 0x6e657773; // 'news'

/**
 * Takes the creation lock before a batch writes shared rows, when it will likely create actors: a
 * batch waiting for it then holds no row another one needs. Returns whether it had to wait (then
 * actors may have been created meanwhile).
 */
export async function lockActorCreation(tx: Transaction): Promise<boolean> {
  const [free] = await tx.$queryRaw<{ locked: boolean }[]>`
    SELECT pg_try_advisory_xact_lock(${ACTOR_CREATION_LOCK}::bigint) AS locked`;
  if (free!.locked) return false;
  await tx.$executeRaw`SELECT NULL FROM pg_advisory_xact_lock(${ACTOR_CREATION_LOCK}::bigint)`;
  return true;
}

/** Whether resolving the actor most likely creates it (a surname with a title usually finds its full name). */
export function likelyNew(actor: ExtractedActor): boolean {
  return !readsRoles(actor) || normalizeKey(actor.name).includes(' ');
}

/**
 * The id of the stored actor for a named extracted one whose exact name and kind are not stored yet
 * (the caller looks those up for all actors at once): an alias or surname match, else a new actor,
 * which absorbs surname-only twins.
 */
export async function resolveNewActor(tx: Transaction, actor: ExtractedActor): Promise<number> {
  const normalizedName = normalizeKey(actor.name);
  const known = await findKnownActor(tx, actor, normalizedName);
  if (known !== null) return known;
  // Under the creation lock; DO NOTHING, then a SELECT: an actor another ingest created meanwhile is
  // found instead of failing this one on the unique key.
  const [inserted] = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "Actor" (name, "normalizedName", kind, gender)
    SELECT ${actor.name}, ${normalizedName}, ${actor.kind}::"ActorKind", ${actor.gender}
    FROM pg_advisory_xact_lock(${ACTOR_CREATION_LOCK}::bigint)
    ON CONFLICT ("normalizedName", kind, "scopeKey") DO NOTHING
    RETURNING id`;
  const row =
    inserted ??
    (await tx.actor.findUniqueOrThrow({
      where: { normalizedName_kind_scopeKey: { normalizedName, kind: actor.kind, scopeKey: '' } },
      select: { id: true },
    }));
  if (readsRoles(actor) && normalizedName.includes(' ')) {
    const surname = normalizedName.slice(normalizedName.lastIndexOf(' ') + 1);
    for (const twin of await samePersonByTitle(tx, { fullNameEndingIn: surname }, actor)) {
      if (twin !== row.id) await mergeActorsInto(tx, twin, row.id);
    }
  }
  return row.id;
}
