// Errors a transaction can meet only because another one ran at the same time; the transaction
// rolled back whole, and running it again is the cure.
import { setTimeout as sleep } from 'node:timers/promises';
import { Prisma } from '../generated/prisma/client.ts';

/**
 * A unique-key collision (P2002), a write conflict or deadlock (P2034), or a foreign key to a row a
 * concurrent transaction just deleted (P2003 / SQLSTATE 23503, e.g. an actor merged away).
 */
export function isConcurrencyConflict(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === 'P2002' || error.code === 'P2034' || error.code === 'P2003') return true;
  const cause = (error.meta as { driverAdapterError?: { cause?: { originalCode?: string } } } | undefined)
    ?.driverAdapterError?.cause;
  return cause?.originalCode === '23503' || cause?.originalCode === '40P01' || cause?.originalCode === '40001';
}

const BACKOFF_BASE_MS = 25;
/** How many times in all a transaction is tried while it loses to concurrent ones. */
export const CONFLICT_ATTEMPTS = 8;

/**
 * Waits before the next attempt after `attempt` failed: a random share of a span that doubles with each
 * attempt (25–50 ms, then 50–100 ms …). Transactions that deadlocked and all retried at once would meet again
 * in the same order; spread out, one of them goes first.
 */
export function backOffAfter(attempt: number): Promise<void> {
  const span = BACKOFF_BASE_MS * 2 ** (attempt - 1);
  return sleep(span + Math.random() * span);
}

/** Runs `work` again (up to `attempts` times in all, backing off) while it fails on a concurrency conflict. */
export async function retryOnConflict<T>(work: () => Promise<T>, attempts = CONFLICT_ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isConcurrencyConflict(error)) throw error;
      await backOffAfter(attempt);
    }
  }
}
