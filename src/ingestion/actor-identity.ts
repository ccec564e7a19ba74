// Which stored actor an extracted actor is. The same person in two articles is one actor whether
// named in full or by surname with a matching title, and whichever article comes first: a surname
// met first is merged into the full name when that arrives. Anonymous sources stay per article.
import { mergeActorsInto } from '../curation/merge-actors.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { ExtractedActor } from '../extraction/types.ts';
import { normalizeKey } from './identity.ts';

type Transaction = Prisma.TransactionClient;

/** The stored actor an extracted one (whose exact name is not stored) already is, if any. */
async function findKnownActor(tx: Transaction, actor: ExtractedActor, normalizedName: string): Promise<number | null> {
  // A name a person gave the actor (an alias added by hand, or the name of an actor merged into it).
  const curated = await tx.actorAlias.findMany({
    where: { normalizedAlias: normalizedName, curated: true, actor: { kind: actor.kind, scopeKey: '' } },
    select: { actorId: true },
    distinct: ['actorId'],
    take: 2,
  });
  if (curated.length === 1) return curated[0]!.actorId;
  if (actor.kind !== 'PERSON' || normalizedName.includes(' ')) return null;
  const namesakes = await samePersonByTitle(tx, { surnameOf: normalizedName }, actor);
  return namesakes.length === 1 ? namesakes[0]! : null;
}

/** People whose name ends in the surname (or, reversed, whose whole name is the surname) holding one of the actor's titles. */
async function samePersonByTitle(
  tx: Transaction,
  name: { surnameOf: string } | { fullNameEndingIn: string },
  actor: ExtractedActor,
): Promise<number[]> {
  const titles = actor.roles.map((role) => normalizeKey(role.title));
  if (titles.length === 0) return [];
  const nameCondition = 'surnameOf' in name ? { endsWith: ` ${name.surnameOf}` } : { equals: name.fullNameEndingIn };
  const people = await tx.actor.findMany({
    where: {
      kind: 'PERSON',
      scopeKey: '',
      normalizedName: nameCondition,
      roles: { some: { normalizedTitle: { in: titles } } },
    },
    select: { id: true },
    take: 2,
  });
  return people.map((person) => person.id);
}

/**
 * The id of the stored actor for an extracted one whose exact name and kind are not stored yet (the
 * caller looks those up for all actors at once): an alias or surname match, else a new actor, which
 * absorbs surname-only twins.
 */
export async function resolveNewActor(tx: Transaction, articleId: number, actor: ExtractedActor): Promise<number> {
  const normalizedName = normalizeKey(actor.name);
  const scoped = actor.kind === 'ANONYMOUS';
  if (!scoped) {
    const known = await findKnownActor(tx, actor, normalizedName);
    if (known !== null) return known;
  }
  const scopeKey = scoped ? String(articleId) : '';
  const row = await tx.actor.upsert({
    where: { normalizedName_kind_scopeKey: { normalizedName, kind: actor.kind, scopeKey } },
    create: {
      name: actor.name,
      normalizedName,
      kind: actor.kind,
      scopeKey,
      scopeArticleId: scoped ? articleId : null,
      gender: actor.gender,
    },
    update: {},
    select: { id: true },
  });
  if (actor.kind === 'PERSON' && normalizedName.includes(' ')) {
    const surname = normalizedName.slice(normalizedName.lastIndexOf(' ') + 1);
    for (const twin of await samePersonByTitle(tx, { fullNameEndingIn: surname }, actor)) {
      if (twin !== row.id) await mergeActorsInto(tx, twin, row.id);
    }
  }
  return row.id;
}
