// API keys: who may write, and (when configured) who may read. A key is sent as
// `Authorization: Bearer <key>`; it is compared with every configured key in constant time, over
// SHA-256 digests so that lengths never differ, and it is never logged.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Credential } from '../graphql/credential.ts';

export type { Credential };

export interface AccessPolicy {
  /** Keys that may call mutations (and queries when `readRequiresKey`). */
  apiKeys: string[];
  /** Queries need a key too. */
  readRequiresKey: boolean;
  /**
   * With no keys configured: true lets anyone call mutations (development: `npm start` must let a
   * new user ingest), false refuses every mutation (production).
   */
  openWithoutKeys: boolean;
}

export interface KeyChecker {
  check(headers: IncomingHttpHeaders): Credential;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

export function createKeyChecker(apiKeys: string[]): KeyChecker {
  const digests = apiKeys.map(digest);
  return {
    check(headers) {
      const header = headers.authorization;
      if (header === undefined || header === '') return { kind: 'none' };
      const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
      if (!match) return { kind: 'invalid', reason: 'The Authorization header must be "Bearer <API key>"' };
      const presented = digest(match[1]!);
      // Every key is compared, whichever matches, so the time taken says nothing about which one.
      let found = -1;
      for (const [index, candidate] of digests.entries()) {
        if (timingSafeEqual(presented, candidate) && found === -1) found = index;
      }
      return found === -1
        ? { kind: 'invalid', reason: 'The API key is not valid' }
        : { kind: 'valid', keyIndex: found };
    },
  };
}

/** Why an operation of this kind may not run with this credential, or null when it may. */
export function accessDenial(
  policy: AccessPolicy,
  credential: Credential,
  operation: 'query' | 'mutation' | 'subscription',
): { code: 'UNAUTHENTICATED' | 'FORBIDDEN'; message: string; status: number } | null {
  if (credential.kind === 'invalid') return { code: 'UNAUTHENTICATED', message: credential.reason, status: 401 };
  if (credential.kind === 'valid') return null;
  if (operation === 'query') {
    return policy.readRequiresKey
      ? { code: 'UNAUTHENTICATED', message: 'Queries need an API key: send "Authorization: Bearer <key>"', status: 401 }
      : null;
  }
  if (policy.apiKeys.length > 0) {
    return {
      code: 'UNAUTHENTICATED',
      message: 'Mutations need an API key: send "Authorization: Bearer <key>"',
      status: 401,
    };
  }
  if (policy.openWithoutKeys) return null;
  return {
    code: 'FORBIDDEN',
    message: 'Mutations are disabled: no API keys are configured (set API_KEYS)',
    status: 403,
  };
}

/**
 * Whether a caller may see how ingestion runs inside (server file paths, job errors): with a valid
 * key, or on a development server left open without keys, where everyone may already write.
 */
export function seesJobDetails(policy: AccessPolicy, credential: Credential | undefined): boolean {
  if (credential?.kind === 'valid') return true;
  return policy.apiKeys.length === 0 && policy.openWithoutKeys;
}
