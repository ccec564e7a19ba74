import type { RequestHandler } from 'express';
import type { Database } from '../store/prisma-client.ts';

const DATABASE_CHECK_TIMEOUT_MS = 2_000;

/** Reports whether the database answers; 503 when it does not, so load balancers route around. */
export function healthHandler(db: Database): RequestHandler {
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
      response
        .status(503)
        .json({ status: 'unavailable', database: { status: 'down', error: (error as Error).message } });
    }
  };
}
