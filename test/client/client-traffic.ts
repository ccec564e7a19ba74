// What the client tests watch: every HTTP request a client library sends (method, operation, status),
// the warnings and errors it prints, and the answers the server gives to plain requests, to compare
// a cache's merged pages with.
import { print } from 'graphql';
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import {
  StatementsPageDocument,
  type StatementsPageQuery,
  type StatementsPageQueryVariables,
} from '../../src/client/generated/operations.ts';
import { postGraphQL } from '../support/graphql-client.ts';
import { startNewsServer, type NewsServer } from '../support/news-server.ts';

export interface SentRequest {
  method: string;
  operationName: string | null;
  status: number;
  errors: number;
}

/** A fetch that passes every request through and records it. */
export function recordingFetch(sent: SentRequest[]): typeof globalThis.fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const body = request.method === 'POST' ? ((await request.clone().json()) as { operationName?: string }) : null;
    const response = await fetch(request);
    const answer = (await response.clone().json()) as { errors?: unknown[] };
    sent.push({
      method: request.method,
      operationName: body?.operationName ?? url.searchParams.get('operationName'),
      status: response.status,
      errors: answer.errors?.length ?? 0,
    });
    return response;
  };
}

/** Collects what a client prints through console.warn and console.error while a test runs. */
export function captureConsole(): { lines: string[]; restore(): void } {
  const lines: string[] = [];
  const spies = (['warn', 'error'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(`${level}: ${args.map(String).join(' ')}`);
    }),
  );
  return { lines, restore: () => spies.forEach((spy) => spy.mockRestore()) };
}

/** Polls until the check passes (a watched query's next result arrives asynchronously). */
export async function eventually<T>(check: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting for the client');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The statement ids of one page, asked for plainly: what a cache's merged pages must equal. */
export async function statementIds(url: string, variables: StatementsPageQueryVariables): Promise<string[]> {
  const response = await postGraphQL<{ statements: { edges: { node: { id: string } }[] } }>(
    url,
    print(StatementsPageDocument),
    variables,
  );
  return response.data!.statements.edges.map((edge) => edge.node.id);
}

/** The statement ids of a StatementsPage result, in order. */
export function pageIds(data: StatementsPageQuery | undefined): string[] {
  return data?.statements.edges.map((edge) => edge.node.id) ?? [];
}

/**
 * A news server for the tests of one describe, with every request a client sends recorded; after
 * each test, nothing may have been printed (caches warn about objects they cannot key) or refused.
 */
export function useClientTraffic(): {
  readonly server: NewsServer;
  sent: SentRequest[];
  fetch: typeof globalThis.fetch;
} {
  let server: NewsServer | undefined;
  let printed: ReturnType<typeof captureConsole>;
  const sent: SentRequest[] = [];
  beforeAll(async () => {
    server = await startNewsServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(() => {
    printed = captureConsole();
  });
  afterEach(() => {
    printed.restore();
    expect(printed.lines).toEqual([]);
    expect(sent.filter((request) => request.status !== 200 || request.errors > 0)).toEqual([]);
  });
  return {
    get server() {
      return server!;
    },
    sent,
    fetch: recordingFetch(sent),
  };
}
