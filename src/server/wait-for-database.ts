// At start-up, a database that is not up yet (containers starting together, a failover) is waited
// for, with backoff, each try logged, instead of exiting and leaning on a supervisor to restart us.
// What a wait cannot mend (a wrong password, a database that does not exist) still fails at once.
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { isDatabaseUnavailable } from './database-errors.ts';

/** Delays between tries: 0.5 s, doubling, at most 10 s. */
export const FIRST_DELAY_MS = 500;
export const MAX_DELAY_MS = 10_000;

/** Where the tries are told: pino's logger fits, as does the console. */
export interface WaitLog {
  warn(line: string): void;
  info(line: string): void;
}

export async function waitForDatabase(url: string, log: WaitLog): Promise<void> {
  for (let attempt = 1, delay = FIRST_DELAY_MS; ; attempt++, delay = Math.min(delay * 2, MAX_DELAY_MS)) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    // A connection that fails later emits 'error' on the client; without a listener Node would throw.
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      if (attempt > 1) log.info(`Database reachable after ${attempt} tries`);
      return;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      const reason = (error as { code?: string }).code ?? (error as Error).message;
      log.warn(`Database not reachable yet (try ${attempt}: ${reason}); trying again in ${delay / 1000} s`);
      await sleep(delay);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
