// What the queue holds, read straight from pg-boss's job table: per-state counts and the jobs of a
// batch or an article, with their errors. pg-boss's own API lists jobs with their whole payload
// (whole article bodies); these queries return only what a progress bar or the API shows.
import { INGEST_QUEUE, QUEUE_SCHEMA, REANALYSE_QUEUE } from './ingestion-queue.ts';

export type SqlExecutor = (text: string, values?: unknown[]) => Promise<{ rows: any[] }>;

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

export interface JobCounts {
  queued: number;
  retrying: number;
  active: number;
  completed: number;
  failed: number;
  cancelled: number;
  total: number;
}

export interface JobSummary {
  id: string;
  queue: string;
  state: JobState;
  key: string | null;
  batch: string | null;
  label: string | null;
  headline: string | null;
  url: string | null;
  articleId: number | null;
  created: boolean | null;
  /** Attempts started so far (1 on the first run). */
  attempts: number;
  retryLimit: number;
  error: string | null;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
}

export const WORK_QUEUES = [INGEST_QUEUE, REANALYSE_QUEUE] as const;

export interface JobFilter {
  queues?: readonly string[];
  batch?: string | null;
  states?: readonly JobState[] | null;
}

function where(filter: JobFilter, values: unknown[]): string {
  values.push([...(filter.queues ?? WORK_QUEUES)]);
  const clauses = [`name = ANY($${values.length}::text[])`];
  if (filter.batch) {
    values.push(filter.batch);
    clauses.push(`data->>'batch' = $${values.length}`);
  }
  if (filter.states && filter.states.length > 0) {
    values.push([...filter.states]);
    clauses.push(`state::text = ANY($${values.length}::text[])`);
  }
  return clauses.join(' AND ');
}

export async function countJobs(execute: SqlExecutor, filter: JobFilter = {}): Promise<JobCounts> {
  const values: unknown[] = [];
  const { rows } = await execute(
    `SELECT state::text AS state, count(*)::int AS count FROM ${QUEUE_SCHEMA}.job WHERE ${where(filter, values)} GROUP BY state`,
    values,
  );
  const counts: JobCounts = { queued: 0, retrying: 0, active: 0, completed: 0, failed: 0, cancelled: 0, total: 0 };
  for (const row of rows as { state: JobState; count: number }[]) {
    const count = Number(row.count);
    counts.total += count;
    if (row.state === 'created') counts.queued += count;
    else if (row.state === 'retry') counts.retrying += count;
    else counts[row.state] += count;
  }
  return counts;
}

const SUMMARY_COLUMNS = `
  id::text AS id, name AS queue, state::text AS state, singleton_key AS key,
  data->>'batch' AS batch, data->>'label' AS label,
  data->'article'->>'headline' AS headline, data->'article'->>'url' AS url,
  COALESCE((output->>'articleId')::int, (data->>'articleId')::int) AS "articleId",
  (output->>'created')::boolean AS created,
  retry_count AS "retryCount", retry_limit AS "retryLimit",
  CASE WHEN state IN ('failed', 'retry') THEN COALESCE(output->>'message', output::text) END AS error,
  created_on AS "createdOn", started_on AS "startedOn", completed_on AS "completedOn"`;

/** Jobs matching the filter, newest first. */
export async function listJobs(execute: SqlExecutor, filter: JobFilter & { limit: number }): Promise<JobSummary[]> {
  const values: unknown[] = [];
  const clause = where(filter, values);
  values.push(filter.limit);
  const { rows } = await execute(
    `SELECT ${SUMMARY_COLUMNS} FROM ${QUEUE_SCHEMA}.job WHERE ${clause} ORDER BY created_on DESC, id LIMIT $${values.length}`,
    values,
  );
  return rows.map(toSummary);
}

/** The newest job for each of the given singleton keys. */
export async function latestJobsByKey(execute: SqlExecutor, keys: readonly string[]): Promise<Map<string, JobSummary>> {
  if (keys.length === 0) return new Map();
  const { rows } = await execute(
    `SELECT DISTINCT ON (singleton_key) ${SUMMARY_COLUMNS} FROM ${QUEUE_SCHEMA}.job
     WHERE name = ANY($1::text[]) AND singleton_key = ANY($2::text[])
     ORDER BY singleton_key, created_on DESC`,
    [[...WORK_QUEUES], [...keys]],
  );
  return new Map(rows.map((row) => [row.key as string, toSummary(row)]));
}

function toSummary(row: Record<string, unknown>): JobSummary {
  const state = row['state'] as JobState;
  const retryCount = Number(row['retryCount'] ?? 0);
  return {
    id: row['id'] as string,
    queue: row['queue'] as string,
    state,
    key: (row['key'] as string | null) ?? null,
    batch: (row['batch'] as string | null) ?? null,
    label: (row['label'] as string | null) ?? null,
    headline: (row['headline'] as string | null) ?? null,
    url: (row['url'] as string | null) ?? null,
    articleId: row['articleId'] === null || row['articleId'] === undefined ? null : Number(row['articleId']),
    created: (row['created'] as boolean | null) ?? null,
    attempts: state === 'created' ? retryCount : retryCount + 1,
    retryLimit: Number(row['retryLimit'] ?? 0),
    error: (row['error'] as string | null) ?? null,
    createdOn: toDate(row['createdOn'])!,
    startedOn: toDate(row['startedOn']),
    completedOn: toDate(row['completedOn']),
  };
}

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(String(value));
}

/** Whether the queue's tables exist yet (a worker or an enqueuing run installs them). */
export async function queueInstalled(execute: SqlExecutor): Promise<boolean> {
  const { rows } = await execute('SELECT to_regclass($1) IS NOT NULL AS installed', [`${QUEUE_SCHEMA}.job`]);
  return rows[0]?.installed === true;
}
