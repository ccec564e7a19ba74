// Errors a transaction can meet only because another one ran at the same time; the transaction
// rolled back whole, and running it again is the cure.
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

/** Runs `work` again (up to `attempts` times in all) while it fails on a concurrency conflict. */
export async function retryOnConflict<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isConcurrencyConflict(error)) throw error;
    }
  }
}
