// Which web pages on other origins may call the API from a browser (CORS), through the `cors`
// middleware. CORS only tells a browser whether a page may read the answer; keys still decide who
// may write, and Apollo's CSRF prevention still refuses the "simple" requests a page can send
// without asking first (a form post, a GET without a preflight header).
import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * Allowed origins: exact (`https://newsroom.example`), with a wildcard subdomain
 * (`https://*.newsroom.example`), or `*` for any origin (then without credentials).
 */
export type CorsOrigins = readonly string[];

/** Any port on this machine: a developer's frontend dev server (Vite, Next.js, …). */
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/** Request headers a browser client may send; anything else fails its preflight. */
const ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'accept',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
  'x-request-id',
];

/** The default: any local origin in development, none in production. */
export function defaultCorsOrigins(production: boolean): CorsOrigins | 'local' {
  return production ? [] : 'local';
}

/** An allowed origin as a pattern: `*` stands for one subdomain label; case and a final `/` ignored. */
function patternOf(origin: string): RegExp {
  const escaped = origin.replace(/\/+$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replaceAll('\\*', '[a-z0-9-]+')}$`, 'i');
}

export function corsMiddleware(origins: CorsOrigins | 'local'): RequestHandler {
  const any = origins !== 'local' && origins.includes('*');
  const patterns = origins === 'local' ? [LOCAL_ORIGIN] : origins.filter((origin) => origin !== '*').map(patternOf);
  return cors({
    origin: any ? '*' : (origin, allow) => allow(null, origin !== undefined && patterns.some((p) => p.test(origin))),
    // Credentialed requests (cookies, `credentials: 'include'`) need the origin echoed, never `*`.
    credentials: !any,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: ['x-request-id', 'retry-after'],
    // Browsers cache a preflight this long (Chromium caps it at 2 hours).
    maxAge: 600,
  });
}
