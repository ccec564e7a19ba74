// Re-attributing a statement to another speaker (and the role they spoke in). The statement is
// marked curated, so re-analysis keeps the person's choice over the extractor's.
import type { Statement } from '../generated/prisma/client.ts';
import type { Database } from '../store/prisma-client.ts';
import { done, rejected, type CurationResult } from './curation-result.ts';

export async function reattributeStatement(
  db: Database,
  statementId: number,
  speakerId: number,
  roleId: number | null,
): Promise<CurationResult<Statement>> {
  const [statement, speaker, role] = await Promise.all([
    db.statement.findUnique({
      where: { id: statementId },
      select: { id: true, articleId: true, section: true, start: true, end: true, speakerId: true },
    }),
    db.actor.findUnique({ where: { id: speakerId }, select: { id: true } }),
    roleId === null ? null : db.role.findUnique({ where: { id: roleId }, select: { actorId: true } }),
  ]);
  if (!statement) return rejected(['input', 'statementId'], 'No such statement', 'NOT_FOUND');
  if (!speaker) return rejected(['input', 'speakerId'], 'No such actor', 'NOT_FOUND');
  if (roleId !== null && !role) return rejected(['input', 'roleId'], 'No such role', 'NOT_FOUND');
  if (role && role.actorId !== speakerId) {
    return rejected(['input', 'roleId'], 'The role belongs to another actor than the new speaker');
  }
  // A passage said by several is one statement per speaker: the new speaker may say it already.
  const twin =
    statement.speakerId === speakerId
      ? null
      : await db.statement.findFirst({
          where: {
            articleId: statement.articleId,
            section: statement.section,
            start: statement.start,
            end: statement.end,
            speakerId,
          },
          select: { id: true },
        });
  if (twin) {
    return rejected(['input', 'speakerId'], 'That actor is already a speaker of this passage, in another statement');
  }
  const updated = await db.statement.update({
    where: { id: statementId },
    data: { speakerId, speakerRoleId: roleId, curated: true },
  });
  return done(updated);
}
