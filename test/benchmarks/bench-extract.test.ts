import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runBenchExtractCommand } from '../../src/cli/commands/bench-extract.ts';

const GOLD = fileURLToPath(new URL('../gold', import.meta.url));

/** Runs the command, returning its exit code and what it printed. */
async function bench(args: string[]): Promise<{ code: number; lines: string[] }> {
  const printed: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    printed.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    printed.push(String(chunk));
    return true;
  });
  const code = await runBenchExtractCommand(args);
  vi.restoreAllMocks();
  return { code, lines: printed.join('').trim().split('\n') };
}

afterEach(() => vi.restoreAllMocks());

describe('bench:extract', () => {
  it('with --live, prints the heap left after a full collection beside heapUsed', async () => {
    const { code, lines } = await bench(['--count', '2', '--warmup', '0', '--live', GOLD]);
    expect(code).toBe(0);
    expect(lines[1]).toMatch(/^\s+2 articles .* heapUsed [\d.]+ MB {2}live [\d.]+ MB$/);
    const result = JSON.parse(lines[lines.length - 1]!) as {
      articles: number;
      heapUsedMB: { max: number };
      liveHeapMB: { first: number; last: number; max: number };
    };
    expect(result.articles).toBe(2);
    expect(result.liveHeapMB.last).toBeGreaterThan(0);
    expect(result.liveHeapMB.last).toBe(result.liveHeapMB.first);
  });

  it('without --live, leaves the live heap out', async () => {
    const { code, lines } = await bench(['--count', '1', '--warmup', '0', GOLD]);
    expect(code).toBe(0);
    expect(lines[1]).not.toContain('live');
    expect(JSON.parse(lines[lines.length - 1]!)).not.toHaveProperty('liveHeapMB');
  });

  it('refuses an unknown option with its usage', async () => {
    const { code, lines } = await bench(['--lively']);
    expect(code).toBe(2);
    expect(lines.join('\n')).toContain('usage: bench:extract [--count N] [--warmup N] [--live] [DIR]');
  });
});
