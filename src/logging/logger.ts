// Structured logs: one JSON line per event, through pino. Every request gets an id (the caller's
// `x-request-id` when it is a plain token, else a new UUID) that its log lines and its response carry.
// What never reaches a log: request or response bodies (article text), headers (API keys, cookies).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type DestinationStream, type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import type { LogLevel } from '../config.ts';

export type { Logger };

/** Paths pino censors wherever a logged object carries them, as a second line of defence. */
const REDACTED_PATHS = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'apiKey',
  'apiKeys',
  'body',
  'input.body',
  'variables',
];

export function createLogger(options: { level: LogLevel; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'news-semantics' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    options.destination,
  );
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The request's id: the caller's `x-request-id` if it is a plain token, else a fresh UUID. */
export function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** Express middleware: gives each request `req.id` and `req.log`, echoes the id, logs the outcome. */
export function requestLogger(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (request, response) => {
      const id = requestId(request);
      response.setHeader('x-request-id', id);
      return id;
    },
    customAttributeKeys: { reqId: 'requestId' },
    // Method and path only: headers carry keys and cookies, query strings can carry whole queries.
    serializers: {
      req: (request: { method: string; url: string }) => ({ method: request.method, path: request.url.split('?')[0] }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    // A fault is logged once, where it is understood (the GraphQL error plugin); this line only
    // records the outcome, so 5xx responses are warnings here rather than a second error. A 503 is
    // the database being unavailable, which the server logs once an outage, not once a request.
    customLogLevel: (_request: IncomingMessage, response: ServerResponse, error?: Error) =>
      response.statusCode === 503 ? 'info' : error || response.statusCode >= 500 ? 'warn' : 'info',
    customSuccessMessage: (request: IncomingMessage, response: ServerResponse) =>
      `${request.method} ${requestPath(request)} ${response.statusCode}`,
    customErrorMessage: (request: IncomingMessage, response: ServerResponse) =>
      `${request.method} ${requestPath(request)} ${response.statusCode}`,
    // The error object of a failed response is logged by whoever handled it, not again here.
    customErrorObject: (_request, _response, _error, value) => ({ ...value, err: undefined }),
    quietReqLogger: true,
  });
}

/**
 * The path the client asked for. Express strips a router's mount path from `url` while the request
 * is inside it (a response sent there would log `POST /` for `/graphql`); `originalUrl` keeps it.
 */
function requestPath(request: IncomingMessage): string {
  const url = (request as { originalUrl?: string }).originalUrl ?? request.url ?? '';
  return url.split('?')[0]!;
}

/** Pulls the logger pino-http attached to a request, or the fallback. */
export function loggerOf(request: unknown, fallback: Logger): Logger {
  const log = (request as { log?: Logger } | undefined)?.log;
  return log ?? fallback;
}
