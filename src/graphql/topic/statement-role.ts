// The role a statement was made in, as SQL: the speaker's role given at the statement, or, for an
// anonymous source, the description that is its role ("senior NATO official"), since articles
// seldom repeat it at each statement. Join it as `role` after `"Statement" s`.
import { Prisma } from '../../generated/prisma/client.ts';

export const STATEMENT_ROLE_JOIN = Prisma.sql`
  LEFT JOIN LATERAL (
    SELECT r.title, r.kind, r.country FROM "Role" r WHERE r.id = s."speakerRoleId"
    UNION ALL
    SELECT * FROM (
      SELECT ar.title, ar.kind, ar.country FROM "Actor" a JOIN "Role" ar ON ar."actorId" = a.id
      WHERE s."speakerRoleId" IS NULL AND a.id = s."speakerId" AND a.kind = 'ANONYMOUS'
      ORDER BY ar.id LIMIT 1
    ) anonymous
  ) role ON true`;

/** What statements are grouped by in `statementsByRole`: the role title, any case; '' for no role. */
export const ROLE_GROUP_KEY = Prisma.sql`COALESCE(lower(role.title), '')`;
