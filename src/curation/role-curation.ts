// Correcting a role: its title, kind, organisation or country. The role is marked curated and keeps
// the key extraction finds it under (`normalizedTitle`), so re-analysis lands on the corrected role.
import { Prisma, type Role, type RoleKind } from '../generated/prisma/client.ts';
import { normalizeKey } from '../ingestion/identity.ts';
import type { Database } from '../store/prisma-client.ts';
import { done, rejected, type CurationResult } from './curation-result.ts';

export interface RoleCorrection {
  title?: string | null;
  kind?: RoleKind | null;
  organization?: string | null;
  country?: string | null;
}

export async function correctRole(
  db: Database,
  roleId: number,
  correction: RoleCorrection,
): Promise<CurationResult<Role>> {
  const data: Prisma.RoleUpdateInput = { curated: true };
  if (correction.title !== undefined && correction.title !== null) {
    const title = correction.title.trim();
    if (!normalizeKey(title))
      return rejected(['input', 'title'], 'The title must contain letters or digits', 'REQUIRED');
    if (title.length > 200) return rejected(['input', 'title'], 'The title is longer than 200 characters', 'TOO_LONG');
    data.title = title;
  }
  if (correction.kind) data.kind = correction.kind;
  // An empty string clears the organisation or country; null or absent leaves it as it is.
  if (typeof correction.organization === 'string') data.organization = correction.organization.trim() || null;
  if (typeof correction.country === 'string') data.country = correction.country.trim() || null;
  try {
    return done(await db.role.update({ where: { id: roleId }, data }));
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025') {
      return rejected(['input', 'roleId'], 'No such role', 'NOT_FOUND');
    }
    throw error;
  }
}
