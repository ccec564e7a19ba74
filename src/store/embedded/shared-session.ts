// PGlite is one PostgreSQL backend: one session, one unnamed statement, one transaction at a time.
// Many client connections share it correctly only if each holds the session from its first message
// until the backend is ready for a new request outside a transaction, as a server would give each its
// own backend. Holding it per message (pglite-socket's queue, electric-sql/pglite#1046) lets a Parse of
// one connection replace another's between its Parse and Bind: wrong rows, or "portal does not exist".
import type { PGlite } from '@electric-sql/pglite';
import { closeStatementMessage, ReadyForQueryTracker, simpleQueryMessage, syncMessage } from './protocol.ts';

export class SharedSession {
  readonly #db: PGlite;
  #owner: number | null = null;
  #waiting: { connection: number; grant: () => void }[] = [];
  #greeting: Buffer | null = null;

  constructor(db: PGlite) {
    this.#db = db;
  }

  /**
   * Runs one frontend message of `connection` and streams the backend's answer to `write`. The
   * connection keeps the session until an answer ends with ReadyForQuery outside a transaction.
   */
  async run(connection: number, message: Uint8Array, write: (answer: Buffer) => void): Promise<void> {
    await this.#acquire(connection);
    const tracker = new ReadyForQueryTracker();
    await this.#execute(message, (answer) => {
      tracker.push(answer);
      write(Buffer.from(answer));
    });
    if (tracker.endedReady && tracker.status === 'I') this.#release(connection);
  }

  /**
   * Answers a start-up packet. The backend's answer (authentication ok, server parameters, ready) is the
   * same for every connection, so it is asked once and replayed: a new connection need not wait for a
   * transaction of another to end. Options in later start-up packets are not applied to the session.
   */
  async greet(connection: number, startupPacket: Uint8Array, write: (answer: Buffer) => void): Promise<void> {
    if (this.#greeting === null) {
      const answer: Buffer[] = [];
      await this.run(connection, startupPacket, (chunk) => answer.push(chunk));
      this.#greeting ??= Buffer.concat(answer);
    }
    write(this.#greeting);
  }

  /**
   * A connection went away: it stops waiting, and whatever it left in the session — a request cut
   * short, an open transaction, its prepared statements (given by their session-wide names) — is undone.
   */
  async leave(connection: number, statements: string[]): Promise<void> {
    this.#waiting = this.#waiting.filter((waiter) => waiter.connection !== connection);
    if (this.#owner !== connection && statements.length === 0) return;
    await this.#acquire(connection);
    try {
      // A Sync ends a request cut short (after an error the backend skips everything until one).
      await this.#execute(syncMessage(), () => {});
      if (this.#db.isInTransaction()) await this.#execute(simpleQueryMessage('ROLLBACK'), () => {});
      for (const name of statements) await this.#execute(closeStatementMessage(name), () => {});
      if (statements.length > 0) await this.#execute(syncMessage(), () => {});
    } finally {
      this.#release(connection);
    }
  }

  async #execute(message: Uint8Array, onAnswer: (answer: Uint8Array) => void): Promise<void> {
    await this.#db.runExclusive(() => this.#db.execProtocolRawStream(message, { onRawData: onAnswer }));
  }

  #acquire(connection: number): Promise<void> {
    if (this.#owner === null) this.#owner = connection;
    if (this.#owner === connection) return Promise.resolve();
    return new Promise((grant) => this.#waiting.push({ connection, grant }));
  }

  #release(connection: number): void {
    if (this.#owner !== connection) return;
    const next = this.#waiting.shift();
    this.#owner = next?.connection ?? null;
    next?.grant();
  }
}
