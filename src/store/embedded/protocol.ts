// The few facts of PostgreSQL's wire protocol (v3) that serving one PGlite session to many
// connections needs: how messages are framed, and which of them name prepared statements and portals.
// https://www.postgresql.org/docs/current/protocol-message-formats.html

/** Codes of the untyped first messages a client may send. */
export const PROTOCOL_V3 = 196608;
export const SSL_REQUEST = 80877103;
export const GSS_ENCRYPTION_REQUEST = 80877104;
export const CANCEL_REQUEST = 80877102;

/** Frontend message types that end a request: the backend answers them with ReadyForQuery. */
export const SYNC = 'S';
export const SIMPLE_QUERY = 'Q';
export const TERMINATE = 'X';

/**
 * Splits complete messages off the front of `buffer`. `typed` is false until the start-up packet has been
 * read (the messages before it carry no type byte); the answer says whether the next ones are typed.
 */
export function takeMessages(
  buffer: Buffer,
  typed: boolean,
): { messages: { bytes: Buffer; typed: boolean }[]; rest: Buffer; typed: boolean } {
  const messages: { bytes: Buffer; typed: boolean }[] = [];
  let offset = 0;
  let isTyped = typed;
  for (;;) {
    const header = isTyped ? 5 : 4;
    if (buffer.length - offset < header) break;
    const length = buffer.readInt32BE(offset + header - 4) + (isTyped ? 1 : 0);
    if (length < header || buffer.length - offset < length) break;
    const bytes = buffer.subarray(offset, offset + length);
    messages.push({ bytes, typed: isTyped });
    offset += length;
    // After the start-up packet every message is typed; before it, only SSL and GSS requests come.
    if (!isTyped && startupCode(bytes) === PROTOCOL_V3) isTyped = true;
  }
  return { messages, rest: buffer.subarray(offset), typed: isTyped };
}

/** The code of an untyped start-up message (protocol version or request code). */
export function startupCode(message: Buffer): number {
  return message.readInt32BE(4);
}

export function messageType(message: Buffer): string {
  return String.fromCharCode(message[0]!);
}

/**
 * Rewrites the statement and portal names a message carries with `rename`: Parse, Bind, Describe,
 * Execute and Close. Other messages, and the unnamed statement and portal (""), are left as they are.
 */
export function renameStatementsAndPortals(message: Buffer, rename: (name: string) => string): Buffer {
  const type = messageType(message);
  const fields: { offset: number; kind: 'name' | 'kindByte' }[] = [];
  switch (type) {
    case 'P': // Parse: statement name, query, parameter types
    case 'E': // Execute: portal name, row limit
      fields.push({ offset: 5, kind: 'name' });
      break;
    case 'B': {
      // Bind: portal name, statement name, ...
      const portalEnd = message.indexOf(0, 5);
      fields.push({ offset: 5, kind: 'name' }, { offset: portalEnd + 1, kind: 'name' });
      break;
    }
    case 'D': // Describe: 'S' or 'P', then a name
    case 'C': // Close: likewise
      fields.push({ offset: 6, kind: 'name' });
      break;
    default:
      return message;
  }
  const parts: Buffer[] = [];
  let copied = 5;
  for (const field of fields) {
    const end = message.indexOf(0, field.offset);
    const name = message.toString('utf8', field.offset, end);
    if (name === '') continue;
    parts.push(message.subarray(copied, field.offset), Buffer.from(rename(name), 'utf8'));
    copied = end;
  }
  if (parts.length === 0) return message;
  parts.push(message.subarray(copied));
  return typedMessage(type, Buffer.concat(parts));
}

/** The prepared-statement name a Parse message creates, or a Close message ('S') drops; null otherwise. */
export function statementNameOf(message: Buffer): { created: string } | { closed: string } | null {
  const type = messageType(message);
  if (type === 'P') {
    const name = message.toString('utf8', 5, message.indexOf(0, 5));
    return name === '' ? null : { created: name };
  }
  if (type === 'C' && message[5] === 'S'.charCodeAt(0)) {
    const name = message.toString('utf8', 6, message.indexOf(0, 6));
    return name === '' ? null : { closed: name };
  }
  return null;
}

/**
 * Follows the backend's answer as it streams out in arbitrary pieces, remembering the transaction
 * status of the last ReadyForQuery and whether the answer ended with one.
 */
export class ReadyForQueryTracker {
  #header = Buffer.alloc(0);
  #remaining = 0;
  #currentType = '';
  #statusByte = false;
  /** 'I' idle, 'T' in a transaction, 'E' in a failed transaction; null until the first ReadyForQuery. */
  status: 'I' | 'T' | 'E' | null = null;
  endedReady = false;

  push(chunk: Uint8Array): void {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.#remaining > 0) {
        const take = Math.min(this.#remaining, chunk.length - offset);
        if (this.#statusByte) {
          this.status = String.fromCharCode(chunk[offset]!) as 'I' | 'T' | 'E';
          this.#statusByte = false;
        }
        this.#remaining -= take;
        offset += take;
        if (this.#remaining === 0) this.endedReady = this.#currentType === 'Z';
        continue;
      }
      const need = 5 - this.#header.length;
      const take = Math.min(need, chunk.length - offset);
      this.#header = Buffer.concat([this.#header, chunk.subarray(offset, offset + take)]);
      offset += take;
      if (this.#header.length < 5) continue;
      this.#currentType = String.fromCharCode(this.#header[0]!);
      this.#remaining = this.#header.readInt32BE(1) - 4;
      this.#statusByte = this.#currentType === 'Z';
      this.#header = Buffer.alloc(0);
      this.endedReady = false;
      if (this.#remaining === 0) this.endedReady = this.#currentType === 'Z';
    }
  }
}

/** A typed message: its type byte, its length, its body. */
export function typedMessage(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

const cstring = (text: string) => Buffer.from(`${text}\0`, 'utf8');

export const syncMessage = () => typedMessage(SYNC, Buffer.alloc(0));
export const simpleQueryMessage = (sql: string) => typedMessage(SIMPLE_QUERY, cstring(sql));
export const closeStatementMessage = (name: string) =>
  typedMessage('C', Buffer.concat([Buffer.from('S'), cstring(name)]));

/** An ErrorResponse with severity FATAL, for refusing a connection. */
export function fatalErrorMessage(code: string, message: string): Buffer {
  return typedMessage(
    'E',
    Buffer.concat([
      cstring('SFATAL'),
      cstring('VFATAL'),
      cstring(`C${code}`),
      cstring(`M${message}`),
      Buffer.from([0]),
    ]),
  );
}
