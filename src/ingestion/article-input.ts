// Validation of an article offered for ingestion, shared by the GraphQL mutation and the CLI.
import { z } from 'zod';
import type { UserError, UserErrorCode } from './user-error.ts';

export interface ArticleInput {
  headline: string;
  body: string;
  url?: string | null;
  source?: string | null;
  publishedAt?: Date | string | null;
}

export interface ValidArticle {
  headline: string;
  body: string;
  url: string | null;
  source: string | null;
  publishedAt: Date | null;
}

export const MAX_HEADLINE_CHARS = 1_000;
export const MAX_SOURCE_CHARS = 200;
/** Longest run of characters without white space accepted in a body: no word or URL is longer. */
export const MAX_UNBROKEN_CHARS = 1_000;
/** A body at least this long must hold sentence punctuation somewhere, as any prose does. */
export const PROSE_CHECK_MIN_CHARS = 2_000;
/** How far ahead of the server's clock a publication date may be (time zones, clock skew). */
export const FUTURE_DATE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

// Control characters other than tab, line feed and carriage return; U+FFFD is what a decoder puts
// where bytes were not valid UTF-8; lone surrogates are halves of characters.
const BINARY =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const HTML_TAG =
  /<\/?(?:html|head|body|p|div|span|br|hr|a|img|script|style|iframe|table|tr|td|th|ul|ol|li|h[1-6]|strong|em|b|i|article|section|header|footer|nav|meta|link|figure|blockquote)(?:\s[^<>]{0,500})?\/?>|<!DOCTYPE|<!--/i;
const LETTER = /\p{L}/u;
const SENTENCE_PUNCTUATION = /[.!?;:\u2026\u3002\uFF01\uFF1F\u061F\u0964]/;

/** Whether some run of non-space characters is longer than `max`; one linear pass. */
function hasUnbrokenRun(value: string, max: number): boolean {
  let run = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    const space = code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x3000;
    run = space ? 0 : run + 1;
    if (run > max) return true;
  }
  return false;
}

/** The first reason a text field cannot be read as text, or null. Cheap: linear scans only. */
export function textProblem(name: string, value: string, options: { prose: boolean }): string | null {
  const binary = BINARY.exec(value);
  if (binary) {
    const codePoint = binary[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `${name} is not text: it holds binary data or bytes that are not valid UTF-8 (U+${codePoint} at character ${binary.index})`;
  }
  const tag = HTML_TAG.exec(value);
  if (tag) {
    return `${name} looks like HTML (found "${tag[0].slice(0, 40)}"): send plain text, or ingest the page as an .html file`;
  }
  if (!LETTER.test(value)) return `${name} holds no words, only punctuation, quote marks, digits or symbols`;
  if (options.prose) {
    if (hasUnbrokenRun(value, MAX_UNBROKEN_CHARS)) {
      return `${name} has a run of more than ${MAX_UNBROKEN_CHARS} characters without a space: it is not prose`;
    }
    if (value.length >= PROSE_CHECK_MIN_CHARS && !SENTENCE_PUNCTUATION.test(value)) {
      return `${name} has no sentence punctuation in ${value.length} characters: it is not prose`;
    }
  }
  return null;
}

function articleSchema(maxBodyChars: number, now: Date) {
  const requiredText = (name: string, max: number, prose: boolean) =>
    z
      .string({ error: `${name} is required` })
      .transform((value) => value.trim())
      .superRefine((value, context) => {
        // One problem per field, the most basic first; a body over the limit is not scanned further.
        if (value.length === 0) {
          context.addIssue({ code: 'custom', message: `${name} must not be empty`, params: { code: 'REQUIRED' } });
        } else if (value.length > max) {
          context.addIssue({
            code: 'custom',
            message: `${name} is longer than ${max} characters (it has ${value.length})`,
            params: { code: 'TOO_LONG' },
          });
        } else {
          const problem = textProblem(name, value, { prose });
          if (problem) context.addIssue({ code: 'custom', message: problem, params: { code: 'INVALID' } });
        }
      });
  return z.object({
    headline: requiredText('Headline', MAX_HEADLINE_CHARS, false),
    body: requiredText('Body', maxBodyChars, true),
    url: z
      .url({ protocol: /^https?$/, error: 'URL must be an absolute http(s) URL' })
      .nullish()
      .transform((value) => value ?? null),
    source: z
      .string()
      .trim()
      .max(MAX_SOURCE_CHARS, { error: `Source is longer than ${MAX_SOURCE_CHARS} characters` })
      .nullish()
      .transform((value) => (value ? value : null)),
    publishedAt: z
      .union([z.date(), z.string()])
      .nullish()
      .transform((value, context) => {
        if (value === null || value === undefined || value === '') return null;
        const date = value instanceof Date ? value : new Date(value);
        if (Number.isNaN(date.getTime())) {
          context.addIssue({
            code: 'custom',
            message: `Publication date is not a valid date: expected ISO 8601 such as 2024-07-10 or 2024-07-10T14:30:00Z`,
          });
          return z.NEVER;
        }
        if (date.getTime() > now.getTime() + FUTURE_DATE_TOLERANCE_MS) {
          context.addIssue({
            code: 'custom',
            message: `Publication date ${date.toISOString()} is in the future`,
          });
          return z.NEVER;
        }
        return date;
      }),
  });
}

export type ArticleValidation = { ok: true; article: ValidArticle } | { ok: false; userErrors: UserError[] };

export function validateArticleInput(
  input: unknown,
  options: { maxBodyChars: number; fieldPrefix?: string[]; now?: Date },
): ArticleValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const found = Array.isArray(input) ? 'an array' : input === null ? 'null' : `a ${typeof input}`;
    return {
      ok: false,
      userErrors: [
        {
          field: options.fieldPrefix ?? [],
          message: `An article must be an object with a headline and a body, not ${found}`,
          code: 'INVALID',
        },
      ],
    };
  }
  const result = articleSchema(options.maxBodyChars, options.now ?? new Date()).safeParse(input);
  if (result.success) return { ok: true, article: result.data };
  const prefix = options.fieldPrefix ?? [];
  const userErrors = result.error.issues.map((issue) => ({
    field: [...prefix, ...issue.path.map(String)],
    message: issue.message,
    code: errorCode(issue),
  }));
  return { ok: false, userErrors };
}

function errorCode(issue: z.core.$ZodIssue): UserErrorCode {
  if (issue.code === 'custom' && issue.params && typeof issue.params['code'] === 'string') {
    return issue.params['code'] as UserErrorCode;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'REQUIRED';
  if (issue.code === 'too_big') return 'TOO_LONG';
  return 'INVALID';
}
