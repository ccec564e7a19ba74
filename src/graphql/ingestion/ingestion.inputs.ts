import { DateTimeResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'An article to analyse and store.' })
export class IngestArticleInput {
  @Field(() => String, { description: 'The headline.' })
  headline!: string;

  @Field(() => String, { description: 'The body as plain text, paragraphs separated by line breaks.' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'The canonical URL; identifies the article when given.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'The publication, e.g. "The Washington Post".' })
  source?: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was published; anchors relative dates.' })
  publishedAt?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Queue the article for a worker instead of analysing it now; the payload then carries the job. ' +
      'Needs the queue installed (a worker started once against this database).',
  })
  enqueue?: boolean | null;
}
