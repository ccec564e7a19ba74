import { DateTimeResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A span of time; either end may be left open.' })
export class DateRange {
  @Field(() => DateTimeResolver, { nullable: true, description: 'From this moment on (inclusive).' })
  from?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Up to this moment (inclusive).' })
  to?: Date | null;
}
