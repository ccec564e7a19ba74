// Merging two actors into one: everything the source has — statements, mentions, roles, aliases,
// event participations, its Wikidata id — moves to the target, and the source's names become the
// target's aliases so later articles naming it land on the target. Nothing is lost.
import type { Prisma } from '../generated/prisma/client.ts';
import { normalizeKey } from './identity.ts';

type Transaction = Prisma.TransactionClient;

export async function mergeActorsInto(tx: Transaction, sourceId: number, targetId: number): Promise<void> {
  const source = await tx.actor.findUniqueOrThrow({ where: { id: sourceId }, include: { aliases: true, roles: true } });
  const target = await tx.actor.findUniqueOrThrow({ where: { id: targetId }, include: { roles: true } });

  const targetRoles = new Map(target.roles.map((role) => [role.normalizedTitle, role]));
  for (const role of source.roles) {
    const twin = targetRoles.get(role.normalizedTitle);
    if (!twin) {
      await tx.role.update({ where: { id: role.id }, data: { actorId: targetId } });
      continue;
    }
    await tx.statement.updateMany({ where: { speakerRoleId: role.id }, data: { speakerRoleId: twin.id } });
    await tx.actorMention.updateMany({ where: { roleId: role.id }, data: { roleId: twin.id } });
    await tx.role.delete({ where: { id: role.id } });
  }

  // A passage both said (a coordinated subject) is one statement once they are one actor: the target's stays.
  await tx.$executeRaw`
    DELETE FROM "Statement" s USING "Statement" t
    WHERE s."speakerId" = ${sourceId} AND t."speakerId" = ${targetId} AND t."articleId" = s."articleId"
      AND t.section = s.section AND t.start = s.start AND t."end" = s."end"`;
  await tx.statement.updateMany({ where: { speakerId: sourceId }, data: { speakerId: targetId } });
  await tx.$executeRaw`
    INSERT INTO "ActorMention" ("articleId", "actorId", "roleId", text, start, "end")
    SELECT "articleId", ${targetId}, "roleId", text, start, "end" FROM "ActorMention" WHERE "actorId" = ${sourceId}
    ON CONFLICT DO NOTHING`;
  await tx.$executeRaw`
    INSERT INTO "EventParticipant" ("eventId", "actorId", part)
    SELECT "eventId", ${targetId}, part FROM "EventParticipant" WHERE "actorId" = ${sourceId}
    ON CONFLICT DO NOTHING`;

  const names = [source.name, ...source.aliases.map((alias) => alias.alias)];
  await tx.actorAlias.createMany({
    data: names
      .filter((name) => normalizeKey(name) !== target.normalizedName)
      .map((alias) => ({ actorId: targetId, alias, normalizedAlias: normalizeKey(alias), curated: true })),
    skipDuplicates: true,
  });
  // Deleting the source cascades to its remaining mentions, participations and aliases, all copied above.
  await tx.actor.delete({ where: { id: sourceId } });
  if (source.wikidataId && !target.wikidataId) {
    await tx.actor.update({ where: { id: targetId }, data: { wikidataId: source.wikidataId } });
  }
}
