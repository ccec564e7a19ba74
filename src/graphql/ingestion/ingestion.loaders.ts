// Per-request loader of the newest queue job per article key: a page of articles costs one query.
import DataLoader from 'dataloader';
import { latestJobsByKey, queueInstalled, type JobSummary, type SqlExecutor } from '../../queue/job-status.ts';
import type { SqlReader } from '../../store/sql-reader.ts';

/** The queue's own SQL (job-status.ts), sent through the request's reader. */
export function sqlExecutor(reader: SqlReader): SqlExecutor {
  return async (text, values) => ({ rows: await reader.queryText(text, values ?? []) });
}

export function createIngestionLoaders(reader: SqlReader) {
  let installed: Promise<boolean> | undefined;
  return {
    latestJob: new DataLoader<string, JobSummary | null>(async (keys) => {
      installed ??= queueInstalled(sqlExecutor(reader));
      if (!(await installed)) return keys.map(() => null);
      const jobs = await latestJobsByKey(sqlExecutor(reader), keys);
      return keys.map((key) => jobs.get(key) ?? null);
    }),
  };
}
