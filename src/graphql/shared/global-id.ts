// Opaque global IDs ("Article:12" in base64url), so clients never build IDs from database keys.
import { MAX_ID } from '../../reads/invalid-argument.ts';

export const NODE_TYPES = ['Article', 'Actor', 'Role', 'Statement', 'Event', 'Topic'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export function toGlobalId(type: NodeType, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** The type and database id behind a global ID, or null when it is not one of ours. */
export function decodeGlobalId(globalId: string): { type: NodeType; id: number } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  const type = decoded.slice(0, separator) as NodeType;
  const id = Number(decoded.slice(separator + 1));
  if (separator === -1 || !NODE_TYPES.includes(type) || !Number.isSafeInteger(id) || id <= 0 || id > MAX_ID)
    return null;
  return { type, id };
}

/** Something known by a text rather than a row (a phrase asked as a topic), with its type. */
const PHRASE_TYPE = 'Phrase';

export function toPhraseGlobalId(type: NodeType, phrase: string): string {
  return Buffer.from(`${PHRASE_TYPE}${type}:${phrase}`, 'utf8').toString('base64url');
}

/** The type and phrase behind a phrase's global ID, or null when it is not one. */
export function decodePhraseGlobalId(globalId: string): { type: NodeType; phrase: string } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (!decoded.startsWith(PHRASE_TYPE) || separator === -1) return null;
  const type = decoded.slice(PHRASE_TYPE.length, separator) as NodeType;
  const phrase = decoded.slice(separator + 1);
  return NODE_TYPES.includes(type) && phrase.trim() !== '' ? { type, phrase } : null;
}

/** The database id behind a global ID of the expected type, or null when it is not one. */
export function fromGlobalId(globalId: string, expected: NodeType): number | null {
  const decoded = decodeGlobalId(globalId);
  return decoded?.type === expected ? decoded.id : null;
}
