// SIGINT and SIGTERM ask a long-running command (ingest) to stop at its next safe point, between
// batches, rather than dying with a transaction open or an embedded database half-written. A second
// signal stops at once.
import { constants } from 'node:os';

export interface Interruption {
  /** The signal that asked to stop, once one has. */
  readonly signal: NodeJS.Signals | null;
  /** The exit code a command stopped by that signal should end with (128 + its number). */
  exitCode(): number;
  dispose(): void;
}

export function watchInterruption(onRequest: (signal: NodeJS.Signals) => void): Interruption {
  let signal: NodeJS.Signals | null = null;
  const handler = (received: NodeJS.Signals) => {
    if (signal) process.exit(128 + constants.signals[received]);
    signal = received;
    onRequest(received);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    get signal() {
      return signal;
    },
    exitCode: () => (signal ? 128 + constants.signals[signal] : 0),
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
