// The role a statement was made in, as SQL: the speaker's role given at the statement, or, for an
// anonymous source, the description that is its role ("senior NATO official"), since articles
// seldom repeat it at each statement. The database keeps it on the statement (`statedRoleId`,
// `roleKey`, see the stated-role migration). Join it as `role` after `"Statement" s`.
import { Prisma } from '../../generated/prisma/client.ts';

export const STATEMENT_ROLE_JOIN = Prisma.sql`LEFT JOIN "Role" role ON role.id = s."statedRoleId"`;

/** What statements are grouped by in `statementsByRole`: the role title, any case; '' for no role. */
export const ROLE_GROUP_KEY = Prisma.sql`s."roleKey"`;
