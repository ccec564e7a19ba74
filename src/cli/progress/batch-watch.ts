// Follows the jobs of one batch in the queue until none is left to run, reporting failures as they
// land; the caller's progress reporter shows the counts.
import { setTimeout as sleep } from 'node:timers/promises';
import { countJobs, listJobs, type JobCounts, type JobSummary, type SqlExecutor } from '../../queue/job-status.ts';

export interface BatchWatchOptions {
  execute: SqlExecutor;
  batch: string;
  queues: readonly string[];
  /** Jobs this batch created (the others were already queued by someone else). */
  expected: number;
  onCounts: (counts: JobCounts) => void;
  onFailure: (job: JobSummary) => void;
  pollMs?: number;
  /** Checked between polls: true stops following (the jobs go on without us). */
  stop?: () => boolean;
}

/**
 * Resolves with the final counts and the failed jobs once every job of the batch has finished, or
 * with the counts so far (`stopped`) once `stop` says so.
 */
export async function watchBatch(
  options: BatchWatchOptions,
): Promise<{ counts: JobCounts; failures: JobSummary[]; stopped: boolean }> {
  const reported = new Map<string, JobSummary>();
  const filter = { batch: options.batch, queues: options.queues };
  for (;;) {
    const counts = await countJobs(options.execute, filter);
    if (counts.failed > reported.size) {
      for (const job of await listJobs(options.execute, { ...filter, states: ['failed'], limit: 100_000 })) {
        if (reported.has(job.id)) continue;
        reported.set(job.id, job);
        options.onFailure(job);
      }
    }
    options.onCounts(counts);
    const finished = counts.completed + counts.failed + counts.cancelled;
    if (finished >= options.expected && counts.queued + counts.retrying + counts.active === 0) {
      return { counts, failures: [...reported.values()], stopped: false };
    }
    if (options.stop?.()) return { counts, failures: [...reported.values()], stopped: true };
    await sleep(options.pollMs ?? 500);
  }
}
