// Opaque global IDs ("Article:12" in base64url), so clients never build IDs from database keys.
export type NodeType = 'Article' | 'Actor' | 'Role' | 'Statement' | 'Event' | 'Topic';

export function toGlobalId(type: NodeType, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** The database id behind a global ID of the expected type, or null when it is not one. */
export function fromGlobalId(globalId: string, expected: NodeType): number | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator === -1 || decoded.slice(0, separator) !== expected) return null;
  const id = Number(decoded.slice(separator + 1));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
