import type { RequestHandler } from 'express';
import type { Database } from '../store/prisma-client.ts';
import { RETRY_AFTER_SECONDS } from './database-errors.ts';

const DATABASE_CHECK_TIMEOUT_MS = 2_000;

/**
 * Reports whether the database answers; 503 when it does not, so load balancers route around. Why
 * it does not answer (host names, driver messages) is shown in development only.
 */
export function healthHandler(db: Database, options: { showReason: boolean }): RequestHandler {
  return async (_request, response) => {
    const started = performance.now();
    try {
      await Promise.race([
        db.$queryRaw`SELECT 1`,
        new Promise((_, reject) =>
          setTimeout(
            () => reject(new Error(`no answer within ${DATABASE_CHECK_TIMEOUT_MS} ms`)),
            DATABASE_CHECK_TIMEOUT_MS,
          ).unref(),
        ),
      ]);
      response.json({ status: 'ok', database: { status: 'up', latencyMs: Math.round(performance.now() - started) } });
    } catch (error) {
      // Prisma's messages open with the call site; the reason ("Can't reach database server…") is last.
      const lines = (error as Error).message.split('\n').filter((line) => line.trim() !== '');
      const reason = options.showReason ? { error: (lines.at(-1) ?? '').trim() } : {};
      response
        .status(503)
        .set('retry-after', String(RETRY_AFTER_SECONDS))
        .set('cache-control', 'no-store')
        .json({ status: 'unavailable', database: { status: 'down', ...reason } });
    }
  };
}
