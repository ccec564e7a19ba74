import { Field, ObjectType } from 'type-graphql';
import { IngestionJob } from '../ingestion/ingestion-job.type.ts';
import { UserError } from '../shared/user-error.type.ts';
import { Article } from './article.type.ts';

@ObjectType({ description: 'The result of ingestArticle.' })
export class IngestArticlePayload {
  @Field(() => Article, { nullable: true, description: 'The stored article; null when the input had errors.' })
  article!: Article | null;

  @Field(() => Boolean, { description: 'False when the article was already stored and nothing changed.' })
  created!: boolean;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];

  @Field(() => IngestionJob, {
    nullable: true,
    description: 'With enqueue: the queued job (or the one already queued for the same article); null otherwise.',
  })
  job?: IngestionJob | null;
}
