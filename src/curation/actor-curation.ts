// Corrections a person makes to actors: merging duplicates, adding aliases, linking to Wikidata.
import { Prisma, type Actor } from '../generated/prisma/client.ts';
import { normalizeKey } from '../ingestion/identity.ts';
import type { Database } from '../store/prisma-client.ts';
import { retryOnConflict } from '../store/concurrency-conflict.ts';
import { done, rejected, type CurationResult } from './curation-result.ts';
import { mergeActorsInto } from '../ingestion/merge-actors.ts';

export async function mergeActors(db: Database, sourceId: number, targetId: number): Promise<CurationResult<Actor>> {
  if (sourceId === targetId) return rejected(['input', 'sourceId'], 'An actor cannot be merged into itself');
  // A merge racing an ingest that links the same actors can deadlock; run it again, as ingestion does.
  return retryOnConflict(() =>
    db.$transaction(
      async (tx) => {
        const found = await tx.actor.findMany({ where: { id: { in: [sourceId, targetId] } }, select: { id: true } });
        if (!found.some((actor) => actor.id === sourceId))
          return rejected<Actor>(['input', 'sourceId'], 'No such actor', 'NOT_FOUND');
        if (!found.some((actor) => actor.id === targetId))
          return rejected<Actor>(['input', 'targetId'], 'No such actor', 'NOT_FOUND');
        await mergeActorsInto(tx, sourceId, targetId);
        return done(await tx.actor.findUniqueOrThrow({ where: { id: targetId } }));
      },
      // Moving a busy actor's rows waits on the ingests holding them: as long as an ingest may take.
      { maxWait: 30_000, timeout: 60_000 },
    ),
  );
}

export async function addActorAlias(db: Database, actorId: number, alias: string): Promise<CurationResult<Actor>> {
  const trimmed = alias.trim();
  const normalizedAlias = normalizeKey(trimmed);
  if (!normalizedAlias) return rejected(['input', 'alias'], 'The alias must contain letters or digits', 'REQUIRED');
  if (trimmed.length > 200) return rejected(['input', 'alias'], 'The alias is longer than 200 characters', 'TOO_LONG');
  const actor = await db.actor.findUnique({ where: { id: actorId } });
  if (!actor) return rejected(['input', 'actorId'], 'No such actor', 'NOT_FOUND');
  await db.actorAlias.upsert({
    where: { actorId_normalizedAlias: { actorId, normalizedAlias } },
    create: { actorId, alias: trimmed, normalizedAlias, curated: true },
    update: { curated: true },
  });
  return done(actor);
}

const WIKIDATA_QID = /^Q[1-9][0-9]{0,11}$/;

export async function setActorWikidataId(
  db: Database,
  actorId: number,
  wikidataId: string | null,
): Promise<CurationResult<Actor>> {
  const qid = wikidataId?.trim().toUpperCase() || null;
  if (qid !== null && !WIKIDATA_QID.test(qid)) {
    return rejected(
      ['input', 'wikidataId'],
      `"${wikidataId}" is not a Wikidata item id (Q followed by digits, e.g. Q7747)`,
    );
  }
  try {
    return done(await db.actor.update({ where: { id: actorId }, data: { wikidataId: qid } }));
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025') {
      return rejected(['input', 'actorId'], 'No such actor', 'NOT_FOUND');
    }
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const holder = await db.actor.findUnique({ where: { wikidataId: qid! } });
      return rejected(
        ['input', 'wikidataId'],
        `${qid} already identifies "${holder?.name}"; merge the two actors instead`,
      );
    }
    throw error;
  }
}
