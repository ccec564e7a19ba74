import type { UserError } from '../ingestion/user-error.ts';

/** What a curation returns: the changed object, or the problems that stopped it (and changed nothing). */
export type CurationResult<T> = { value: T; userErrors: [] } | { value: null; userErrors: UserError[] };

export function rejected<T>(field: string[], message: string, code: UserError['code'] = 'INVALID'): CurationResult<T> {
  return { value: null, userErrors: [{ field, message, code }] };
}

export function done<T>(value: T): CurationResult<T> {
  return { value, userErrors: [] };
}
