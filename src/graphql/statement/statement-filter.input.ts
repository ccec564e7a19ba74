import { Field, ID, InputType } from 'type-graphql';
import { DateRange } from '../shared/date-range.input.ts';
import { RoleKind, Stance, StatementKind } from '../shared/enums.ts';

@InputType({ description: 'Conditions on statements; all given conditions must hold.' })
export class StatementFilter {
  @Field(() => String, { nullable: true, description: 'A topic slug or phrase ("NATO invitation").' })
  topic?: string | null;

  @Field(() => Stance, {
    nullable: true,
    description: 'Only statements taking this stance (toward `topic` when given, else toward any topic).',
  })
  stance?: Stance | null;

  @Field(() => ID, { nullable: true, description: 'Only statements by this actor.' })
  speakerId?: string | null;

  @Field(() => String, { nullable: true, description: "Part of the speaker's name or of one of their aliases." })
  speakerName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the title of the role the speaker held ("ambassador", "Defense Minister").',
  })
  roleTitle?: string | null;

  @Field(() => RoleKind, { nullable: true, description: 'Only statements made in a role of this kind.' })
  roleKind?: RoleKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'The organisation or country of the speaker\'s role ("NATO", "Lithuania"), any case.',
  })
  organizationOrCountry?: string | null;

  @Field(() => StatementKind, { nullable: true, description: 'Only direct, indirect or mixed statements.' })
  kind?: StatementKind | null;

  @Field(() => ID, { nullable: true, description: 'Only statements reported by this article.' })
  articleId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only statements made at this event.' })
  eventId?: string | null;

  @Field(() => DateRange, {
    nullable: true,
    description: 'Only statements whose article was published (else ingested) in this range.',
  })
  date?: DateRange | null;

  @Field(() => String, {
    nullable: true,
    description: 'Full-text search over the statement text (web-search syntax: "quoted phrase", or, -not).',
  })
  search?: string | null;
}
