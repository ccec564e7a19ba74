import { DateTimeResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { badInput } from './bad-input.ts';

@InputType({ description: 'A span of time; either end may be left open.' })
export class DateRange {
  @Field(() => DateTimeResolver, { nullable: true, description: 'From this moment on (inclusive).' })
  from?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Up to this moment (inclusive).' })
  to?: Date | null;
}

/** Rejects a range whose end comes before its start. */
export function checkDateRange(range: DateRange | null | undefined, field: string[]): void {
  if (range?.from && range.to && range.from > range.to) {
    badInput(`The date range ends (${range.to.toISOString()}) before it starts (${range.from.toISOString()})`, field);
  }
}
