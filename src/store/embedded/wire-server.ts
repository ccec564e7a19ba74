// A PostgreSQL wire-protocol server over one PGlite database, for pg, Prisma and psql alike.
import { createServer, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import { fatalErrorMessage } from './protocol.ts';
import { SharedSession } from './shared-session.ts';
import { serveConnection } from './wire-connection.ts';

export interface WireServer {
  host: string;
  port: number;
  /** Stops accepting, closes every connection and waits until each has left the session. */
  close(): Promise<void>;
}

export async function startWireServer(
  db: PGlite,
  options: { host: string; port: number; maxConnections: number },
): Promise<WireServer> {
  await db.waitReady;
  const session = new SharedSession(db);
  const sockets = new Set<Socket>();
  const served = new Set<Promise<void>>();
  let nextId = 1;

  const server = createServer((socket) => {
    if (sockets.size >= options.maxConnections) {
      socket.end(fatalErrorMessage('53300', 'sorry, too many clients already'));
      return;
    }
    sockets.add(socket);
    const done = serveConnection(nextId++, socket, session).finally(() => {
      sockets.delete(socket);
      served.delete(done);
    });
    served.add(done);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The embedded database has no TCP address');

  return {
    host: options.host,
    port: address.port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await Promise.all([closed, ...served]);
    },
  };
}
