// One client connection to the embedded database: reads its messages in order and runs them on the
// shared session under names of its own, so that two connections preparing "read_x" do not collide.
import type { Socket } from 'node:net';
import {
  CANCEL_REQUEST,
  GSS_ENCRYPTION_REQUEST,
  messageType,
  PROTOCOL_V3,
  renameStatementsAndPortals,
  SSL_REQUEST,
  startupCode,
  statementNameOf,
  takeMessages,
  TERMINATE,
  fatalErrorMessage,
} from './protocol.ts';
import type { SharedSession } from './shared-session.ts';

export function serveConnection(id: number, socket: Socket, session: SharedSession): Promise<void> {
  const sessionName = (name: string) => `c${id}/${name}`;
  const statements = new Set<string>();
  let pending = Buffer.alloc(0);
  let typed = false;
  let work = Promise.resolve();

  const write = (answer: Buffer) => {
    if (!socket.destroyed) socket.write(answer);
  };

  async function handle(message: Buffer, isTyped: boolean): Promise<void> {
    if (socket.destroyed) return;
    if (!isTyped) {
      const code = startupCode(message);
      if (code === SSL_REQUEST || code === GSS_ENCRYPTION_REQUEST) write(Buffer.from('N'));
      else if (code === PROTOCOL_V3) await session.greet(id, message, write);
      else if (code === CANCEL_REQUEST) socket.destroy();
      else {
        write(fatalErrorMessage('08P01', `unsupported frontend protocol ${code >>> 16}.${code & 0xffff}`));
        socket.end();
      }
      return;
    }
    if (messageType(message) === TERMINATE) {
      socket.end();
      return;
    }
    const named = statementNameOf(message);
    if (named && 'created' in named) statements.add(named.created);
    if (named && 'closed' in named) statements.delete(named.closed);
    await session.run(id, renameStatementsAndPortals(message, sessionName), write);
  }

  socket.setNoDelay(true);
  socket.on('data', (chunk) => {
    const taken = takeMessages(pending.length === 0 ? chunk : Buffer.concat([pending, chunk]), typed);
    pending = Buffer.from(taken.rest);
    typed = taken.typed;
    for (const message of taken.messages) {
      work = work.then(() => handle(message.bytes, message.typed)).catch(() => void socket.destroy());
    }
  });
  socket.on('error', () => socket.destroy());

  return new Promise((resolve) => {
    socket.on('close', () => {
      // Undo what the connection left in the session once its last message has run.
      work = work
        .then(() => session.leave(id, [...statements].map(sessionName)))
        .catch(() => {})
        .then(resolve);
    });
  });
}
