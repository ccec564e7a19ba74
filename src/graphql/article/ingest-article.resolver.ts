import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { ingestArticle } from '../../ingestion/ingest-article.ts';
import type { Context } from '../context.ts';
import { IngestArticleInput } from './ingest-article.input.ts';
import { IngestArticlePayload } from './ingest-article.payload.ts';

@Resolver()
export class IngestArticleResolver {
  @Mutation(() => IngestArticlePayload, {
    description: 'Analyses an article and stores its graph. Ingesting the same article again changes nothing.',
  })
  ingestArticle(
    @Arg('input', () => IngestArticleInput) input: IngestArticleInput,
    @Ctx() { db, maxArticleChars }: Context,
  ): Promise<IngestArticlePayload> {
    return ingestArticle(db, input, { maxBodyChars: maxArticleChars, fieldPrefix: ['input'] });
  }
}
