import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { validateArticleInput } from '../../ingestion/article-input.ts';
import { contentHash } from '../../ingestion/identity.ts';
import { ingestArticle } from '../../ingestion/ingest-article.ts';
import { readConfig } from '../../config.ts';
import { articleJobKey, queueForUrl } from '../../queue/ingestion-queue.ts';
import { latestJobsByKey, queueInstalled } from '../../queue/job-status.ts';
import type { Context } from '../context.ts';
import { IngestArticleInput } from './ingestion.inputs.ts';
import { sqlExecutor } from './ingestion.loaders.ts';
import { IngestArticlePayload, toIngestionJob } from './ingestion.type.ts';

@Resolver()
export class IngestionMutations {
  @Mutation(() => IngestArticlePayload, {
    description:
      'Analyses an article and stores its graph, or with `enqueue` queues it for a worker. ' +
      'Ingesting the same article again changes nothing.',
  })
  async ingestArticle(
    @Arg('input', () => IngestArticleInput, { description: 'The article.' }) input: IngestArticleInput,
    @Ctx() context: Context,
  ): Promise<IngestArticlePayload> {
    const { db, reader, maxArticleChars } = context;
    const { enqueue, ...article } = input;
    if (!enqueue) return ingestArticle(db, article, { maxBodyChars: maxArticleChars, fieldPrefix: ['input'] });

    const validation = validateArticleInput(article, { maxBodyChars: maxArticleChars, fieldPrefix: ['input'] });
    if (!validation.ok) return { article: null, created: false, userErrors: validation.userErrors, job: null };
    const valid = validation.article;
    const hash = contentHash(valid.headline, valid.body);
    const stored = await db.article.findFirst({
      where: { OR: [{ contentHash: hash }, ...(valid.url ? [{ url: valid.url }] : [])] },
    });
    if (stored) return { article: stored, created: false, userErrors: [], job: null };
    // The queue needs the PostgreSQL server workers share; the embedded database has none.
    const databaseUrl = readConfig().databaseUrl;
    const problem = !databaseUrl
      ? 'Queueing needs a PostgreSQL server in DATABASE_URL; the embedded database cannot be shared with workers.'
      : !(await queueInstalled(sqlExecutor(reader)))
        ? 'The ingestion queue is not installed in this database yet: start a worker (npm run worker) once.'
        : null;
    if (problem || !databaseUrl) {
      return {
        article: null,
        created: false,
        job: null,
        userErrors: [{ field: ['input', 'enqueue'], message: problem ?? '', code: 'INVALID' }],
      };
    }
    const queue = await queueForUrl(databaseUrl);
    await queue.enqueueArticles([{ article: valid, label: valid.url ?? valid.headline }]);
    // Either the job just created or the one already queued for this article.
    const key = articleJobKey(valid);
    const job = (await latestJobsByKey(sqlExecutor(reader), [key])).get(key);
    return { article: null, created: false, userErrors: [], job: job ? toIngestionJob(job, context) : null };
  }
}
