// Recognises a fault that means "the database cannot be reached right now" (server down, restarting,
// connection dropped, pool exhausted), so that clients get a clear, retriable error instead of a
// generic fault, and health checks and logs can say what is wrong.
import { Prisma } from '../generated/prisma/client.ts';

/** Seconds a client should wait before retrying when the database is unavailable. */
export const RETRY_AFTER_SECONDS = 2;

// Prisma: P1001 can't reach, P1002 timed out, P1008 operation timed out, P1017 server closed the
// connection, P2024 timed out waiting for a pooled connection, P2028 transaction gone with its connection.
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);
// PostgreSQL SQLSTATE: class 08 (connection exception), 57P01-57P03 (admin or crash shutdown,
// cannot connect now), 53300 (too many connections).
const SQLSTATE = /^(08...|57P0[123]|53300)$/;
const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'DatabaseDoesNotExist',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TransactionAlreadyClosed',
]);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH']);

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (error === null || typeof error !== 'object' || depth > 5) return false;
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  const record = error as {
    code?: unknown;
    originalCode?: unknown;
    kind?: unknown;
    cause?: unknown;
    message?: unknown;
  };
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (PRISMA_CODES.has(error.code)) return true;
    const adapterError = (error.meta as { driverAdapterError?: { cause?: unknown } } | undefined)?.driverAdapterError;
    if (adapterError && isDatabaseUnavailable(adapterError.cause, depth + 1)) return true;
  }
  if (typeof record.kind === 'string' && ADAPTER_KINDS.has(record.kind)) return true;
  if (typeof record.code === 'string' && (SQLSTATE.test(record.code) || SOCKET_CODES.has(record.code))) return true;
  if (typeof record.originalCode === 'string' && SQLSTATE.test(record.originalCode)) return true;
  if (
    typeof record.message === 'string' &&
    /Connection terminated|connection timeout|not queryable|Connection ended|Can't reach database server/i.test(
      record.message,
    )
  )
    return true;
  return isDatabaseUnavailable(record.cause, depth + 1);
}
