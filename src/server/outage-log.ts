// While the database is down, every request fails the same way; a warning each (thousands a
// minute under load) would bury everything else in the log. An outage is logged when it starts,
// then at most once a window with how many requests failed meanwhile, and once more when a request
// is answered again. Each failed request still gets its own info-level request line.
import type { Logger } from '../logging/logger.ts';
import { DATABASE_UNAVAILABLE } from './mask-internal-error.ts';

export const OUTAGE_LOG_WINDOW_MS = 10_000;

export interface OutageLog {
  /** A request failed because the database cannot be reached; `log` carries its request id. */
  failed(log: Logger, err: Record<string, unknown>): void;
  /** A request was answered without errors: the outage, if any, is over. */
  answered(log: Logger): void;
}

export function createOutageLog(windowMs = OUTAGE_LOG_WINDOW_MS, now: () => number = Date.now): OutageLog {
  let outage: { since: number; failed: number; lastLine: number; sinceLastLine: number } | null = null;
  const seconds = (from: number) => Math.round((now() - from) / 100) / 10;
  return {
    failed(log, err) {
      if (!outage) {
        outage = { since: now(), failed: 1, lastLine: now(), sinceLastLine: 0 };
        log.warn(
          { code: DATABASE_UNAVAILABLE, err },
          `Database unavailable: requests fail with ${DATABASE_UNAVAILABLE} until it answers (logged again at most every ${windowMs / 1000} s)`,
        );
        return;
      }
      outage.failed += 1;
      outage.sinceLastLine += 1;
      if (now() - outage.lastLine < windowMs) return;
      log.warn(
        { code: DATABASE_UNAVAILABLE, failedRequests: outage.sinceLastLine, downSeconds: seconds(outage.since) },
        `Database still unavailable: ${outage.sinceLastLine} requests failed in the last ${seconds(outage.lastLine)} s`,
      );
      outage.lastLine = now();
      outage.sinceLastLine = 0;
    },
    answered(log) {
      if (!outage) return;
      log.info(
        { failedRequests: outage.failed, downSeconds: seconds(outage.since) },
        `Database available again after ${seconds(outage.since)} s; ${outage.failed} requests failed meanwhile`,
      );
      outage = null;
    },
  };
}
