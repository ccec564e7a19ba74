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

function articleSchema(maxBodyChars: number) {
  const requiredText = (name: string, max: number) =>
    z
      .string({ error: `${name} is required` })
      .transform((value) => value.trim())
      .refine((value) => value.length > 0, { message: `${name} must not be empty`, params: { code: 'REQUIRED' } })
      .refine((value) => value.length <= max, {
        message: `${name} is longer than ${max} characters`,
        params: { code: 'TOO_LONG' },
      });
  return z.object({
    headline: requiredText('Headline', MAX_HEADLINE_CHARS),
    body: requiredText('Body', maxBodyChars),
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
          context.addIssue({ code: 'custom', message: 'Publication date is not a valid date' });
          return z.NEVER;
        }
        return date;
      }),
  });
}

export type ArticleValidation = { ok: true; article: ValidArticle } | { ok: false; userErrors: UserError[] };

export function validateArticleInput(
  input: unknown,
  options: { maxBodyChars: number; fieldPrefix?: string[] },
): ArticleValidation {
  const result = articleSchema(options.maxBodyChars).safeParse(input);
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
