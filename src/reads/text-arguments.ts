// Text a client sends into a read: bounded in length (a megabyte of filter costs the database seconds)
// and free of NUL, which PostgreSQL text cannot hold. Matching "contains" is literal: %, _ and \ in
// what a client typed are characters to find, not LIKE wildcards.
import { invalidArgument } from './invalid-argument.ts';

/** The longest filter string accepted, in characters (documented in the schema's filter inputs). */
export const MAX_FILTER_LENGTH = 200;
/** The longest full-text search string accepted. */
export const MAX_SEARCH_LENGTH = 500;

/** The text trimmed, or an error naming `field` when it is too long or holds a NUL. */
export function checkedText(value: string, field: string[], maxLength = MAX_FILTER_LENGTH): string {
  if (value.length > maxLength) {
    invalidArgument(`\`${field.at(-1)}\` may be at most ${maxLength} characters long, got ${value.length}`, field);
  }
  if (value.includes('\u0000')) invalidArgument(`\`${field.at(-1)}\` must not contain NUL characters`, field);
  return value.trim();
}

/** A LIKE pattern matching values that contain `text` literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
