// How the statements on a topic divide by stance, per role, role kind or country of the speaker.
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Prisma } from '../../generated/prisma/client.ts';
import type { Database } from '../../store/prisma-client.ts';
import { STATEMENT_ROLE_JOIN } from './statement-role.ts';
import { NO_ROLE } from './statements-by-role.ts';

export enum StanceGrouping {
  ROLE = 'ROLE',
  ROLE_KIND = 'ROLE_KIND',
  COUNTRY = 'COUNTRY',
}

registerEnumType(StanceGrouping, {
  name: 'StanceGrouping',
  description: 'What to group a stance breakdown by.',
  valuesConfig: {
    ROLE: { description: "The speaker's role title at the time." },
    ROLE_KIND: { description: "The kind of the speaker's role (minister, diplomat, …)." },
    COUNTRY: { description: "The country of the speaker's role." },
  },
});

@ObjectType({ description: 'The stances of one group of speakers toward a topic.' })
export class StanceCount {
  @Field(() => String, {
    description: 'The group: a role title, a role kind, or a country ("unknown" when not given).',
  })
  group!: string;

  @Field(() => Int, { description: 'Statements supporting the topic.' })
  supports!: number;

  @Field(() => Int, { description: 'Statements opposing the topic.' })
  opposes!: number;

  @Field(() => Int, { description: 'Neutral or hedged statements.' })
  neutral!: number;

  @Field(() => Int, { description: 'All statements of the group on the topic.' })
  total!: number;
}

const GROUP_BY: Record<StanceGrouping, Prisma.Sql> = {
  [StanceGrouping.ROLE]: Prisma.sql`COALESCE(role.title, ${NO_ROLE})`,
  [StanceGrouping.ROLE_KIND]: Prisma.sql`COALESCE(role.kind::text, 'unknown')`,
  [StanceGrouping.COUNTRY]: Prisma.sql`COALESCE(role.country, 'unknown')`,
};

export async function stanceBreakdown(db: Database, topicId: number, by: StanceGrouping): Promise<StanceCount[]> {
  return db.$queryRaw<StanceCount[]>`
    SELECT ${GROUP_BY[by]} AS "group",
      count(*) FILTER (WHERE st.stance = 'SUPPORTS')::int AS supports,
      count(*) FILTER (WHERE st.stance = 'OPPOSES')::int AS opposes,
      count(*) FILTER (WHERE st.stance = 'NEUTRAL')::int AS neutral,
      count(*)::int AS total
    FROM "StatementTopic" st
    JOIN "Statement" s ON s.id = st."statementId"
    ${STATEMENT_ROLE_JOIN}
    WHERE st."topicId" = ${topicId}
    GROUP BY 1
    ORDER BY total DESC, 1`;
}
