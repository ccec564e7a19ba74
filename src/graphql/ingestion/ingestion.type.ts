import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { INGEST_QUEUE, REANALYSE_QUEUE } from '../../queue/ingestion-queue.ts';
import type { JobState, JobSummary } from '../../queue/job-status.ts';
import { Article } from '../article/article.type.ts';
import { UserError } from '../shared/user-error.type.ts';

export enum IngestionJobStatus {
  QUEUED = 'QUEUED',
  RETRYING = 'RETRYING',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(IngestionJobStatus, {
  name: 'IngestionJobStatus',
  description:
    'Where a job is: QUEUED (waiting), ACTIVE (a worker has it), RETRYING (failed, will run again after a backoff), ' +
    'COMPLETED, FAILED (retries spent or input invalid; a copy waits in the dead-letter queue), CANCELLED.',
});

export enum IngestionJobKind {
  INGEST = 'INGEST',
  REANALYSE = 'REANALYSE',
}

registerEnumType(IngestionJobKind, {
  name: 'IngestionJobKind',
  description: 'INGEST stores a new article; REANALYSE re-extracts a stored one.',
});

export const STATUS_BY_STATE: Record<JobState, IngestionJobStatus> = {
  created: IngestionJobStatus.QUEUED,
  retry: IngestionJobStatus.RETRYING,
  active: IngestionJobStatus.ACTIVE,
  completed: IngestionJobStatus.COMPLETED,
  failed: IngestionJobStatus.FAILED,
  cancelled: IngestionJobStatus.CANCELLED,
};

export const STATE_BY_STATUS = Object.fromEntries(
  Object.entries(STATUS_BY_STATE).map(([state, status]) => [status, state]),
) as Record<IngestionJobStatus, JobState>;

@ObjectType({ simpleResolvers: true, description: 'A job in the ingestion queue.' })
export class IngestionJob {
  @Field(() => ID, { description: 'The job id in the queue.' })
  id!: string;

  @Field(() => IngestionJobKind, { description: 'What the job does.' })
  kind!: IngestionJobKind;

  @Field(() => IngestionJobStatus, { description: 'Where the job is in its life.' })
  status!: IngestionJobStatus;

  @Field(() => String, { nullable: true, description: 'The batch (one CLI run) the job belongs to.' })
  batch!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the article came from: file, file:line, feed item. Null without an API key, unless the server runs open (development, no API_KEYS).',
  })
  label!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The headline of the article to ingest. Null without an API key, unless the server runs open (development, no API_KEYS).',
  })
  headline!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The URL of the article to ingest. Null without an API key, unless the server runs open (development, no API_KEYS).',
  })
  url!: string | null;

  @Field(() => Int, { description: 'Attempts started so far.' })
  attempts!: number;

  @Field(() => Int, { description: 'Attempts allowed before the job fails for good.' })
  maxAttempts!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the last attempt failed. Null without an API key, unless the server runs open (development, no API_KEYS).',
  })
  error!: string | null;

  @Field(() => DateTimeResolver, { description: 'When the job was queued.' })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When its latest attempt started.' })
  startedAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it finished, for good or not.' })
  completedAt!: Date | null;

  /** The stored article, once known; resolved by IngestionJobResolver.article. */
  articleId!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'How many jobs are in each status.' })
export class IngestionJobCounts {
  @Field(() => Int, { description: 'Waiting for a worker.' }) queued!: number;
  @Field(() => Int, { description: 'Being worked on.' }) active!: number;
  @Field(() => Int, { description: 'Failed, waiting for another attempt.' }) retrying!: number;
  @Field(() => Int, { description: 'Done.' }) completed!: number;
  @Field(() => Int, { description: 'Failed for good (in the dead-letter queue).' }) failed!: number;
  @Field(() => Int, { description: 'Cancelled before they ran.' }) cancelled!: number;
  @Field(() => Int, { description: 'All of the above.' }) total!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Jobs in the ingestion queue: counts per status and the newest matching jobs.',
})
export class IngestionJobs {
  @Field(() => Boolean, { description: 'False while no worker or enqueuing run has installed the queue yet.' })
  installed!: boolean;

  @Field(() => IngestionJobCounts, { description: 'How many matching jobs are in each status.' })
  counts!: IngestionJobCounts;

  @Field(() => [IngestionJob], { description: 'The newest matching jobs, at most `first`.' })
  nodes!: IngestionJob[];
}

export enum ArticleIngestionStatus {
  STORED = 'STORED',
  QUEUED = 'QUEUED',
  ACTIVE = 'ACTIVE',
  RETRYING = 'RETRYING',
  FAILED = 'FAILED',
}

registerEnumType(ArticleIngestionStatus, {
  name: 'ArticleIngestionStatus',
  description:
    'STORED: nothing pending; QUEUED/ACTIVE/RETRYING: a job for the article is waiting or running; ' +
    'FAILED: the latest job for it failed (the stored graph is the previous one).',
});

@ObjectType({ simpleResolvers: true, description: "An article's place in the ingestion pipeline." })
export class ArticleIngestionState {
  @Field(() => ArticleIngestionStatus, { description: 'Whether a job for the article is pending, failed, or none.' })
  status!: ArticleIngestionStatus;

  @Field(() => String, { description: 'The extractor version of the stored graph.' })
  extractorVersion!: string;

  @Field(() => Boolean, { description: 'True when the stored graph comes from the current extractor.' })
  current!: boolean;

  @Field(() => IngestionJob, {
    nullable: true,
    description: 'The newest job for this article, if the queue keeps one.',
  })
  latestJob!: IngestionJob | null;
}

@ObjectType({ simpleResolvers: true, description: 'The result of ingestArticle.' })
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

/** A job as the API shows it; where it came from and why it failed only to who may see job details. */
export function toIngestionJob(job: JobSummary, { seesJobDetails }: { seesJobDetails: boolean }): IngestionJob {
  const detail = <T>(value: T): T | null => (seesJobDetails ? value : null);
  return Object.assign(new IngestionJob(), {
    id: job.id,
    kind: job.queue === REANALYSE_QUEUE ? IngestionJobKind.REANALYSE : IngestionJobKind.INGEST,
    status: STATUS_BY_STATE[job.state],
    batch: job.batch,
    label: detail(job.label),
    headline: detail(job.headline),
    url: detail(job.url),
    attempts: job.attempts,
    maxAttempts: job.retryLimit + 1,
    error: detail(job.error),
    createdAt: job.createdOn,
    startedAt: job.startedOn,
    completedAt: job.completedOn,
    articleId: job.articleId,
  });
}

export const KIND_QUEUES: Record<IngestionJobKind, string> = {
  [IngestionJobKind.INGEST]: INGEST_QUEUE,
  [IngestionJobKind.REANALYSE]: REANALYSE_QUEUE,
};
