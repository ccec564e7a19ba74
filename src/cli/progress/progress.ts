// Progress of a batch on the terminal: a live bar (cli-progress) when stderr is a terminal, plain
// lines every few seconds otherwise (logs, CI), and in both cases one line per failure as it happens.
import cliProgress from 'cli-progress';

export interface ProgressCounts {
  filesDone: number;
  filesTotal: number;
  articlesDone: number;
  /** Null while not yet known (files still being read). */
  articlesTotal: number | null;
  errors: number;
}

export interface ProgressReporter {
  update(counts: ProgressCounts): void;
  /** A line that must not be lost under the bar (a failure). */
  log(line: string): void;
  stop(): void;
}

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  /** Force the mode; default: bar on a terminal, plain lines otherwise. */
  mode?: 'bar' | 'plain' | 'none';
  /** Plain mode: at most one line per this many ms (the last state is always printed on stop). */
  plainIntervalMs?: number;
  now?: () => number;
}

export function createProgressReporter(options: ProgressOptions = {}): ProgressReporter {
  const stream = options.stream ?? process.stderr;
  const mode = options.mode ?? (stream.isTTY ? 'bar' : 'plain');
  const now = options.now ?? (() => performance.now());
  const started = now();
  if (mode === 'none') return { update() {}, log: (line) => stream.write(`${line}\n`), stop() {} };
  if (mode === 'plain') return plainReporter(stream, started, now, options.plainIntervalMs ?? 2_000);
  return barReporter(stream, started, now);
}

/** articles/s and the seconds left, from the counts and the time elapsed. */
export function rates(counts: ProgressCounts, elapsedMs: number): { perSecond: number; etaSeconds: number | null } {
  const seconds = elapsedMs / 1000;
  const perSecond = seconds > 0 ? counts.articlesDone / seconds : 0;
  let etaSeconds: number | null = null;
  if (counts.articlesTotal !== null && perSecond > 0) {
    etaSeconds = Math.max(0, (counts.articlesTotal - counts.articlesDone) / perSecond);
  } else if (counts.filesDone > 0 && counts.filesTotal > counts.filesDone) {
    etaSeconds = ((counts.filesTotal - counts.filesDone) * seconds) / counts.filesDone;
  }
  return { perSecond, etaSeconds };
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

export function describeProgress(counts: ProgressCounts, elapsedMs: number): string {
  const { perSecond, etaSeconds } = rates(counts, elapsedMs);
  const articles = `articles ${counts.articlesDone}/${counts.articlesTotal ?? '?'}`;
  return (
    `files ${counts.filesDone}/${counts.filesTotal}, ${articles}, ${perSecond.toFixed(1)} articles/s, ` +
    `ETA ${formatDuration(etaSeconds)}, errors ${counts.errors}`
  );
}

function plainReporter(stream: NodeJS.WriteStream, started: number, now: () => number, intervalMs: number) {
  let last: ProgressCounts | null = null;
  let printedAt = -Infinity;
  let printed = '';
  const print = () => {
    if (!last) return;
    const line = describeProgress(last, now() - started);
    if (line === printed) return;
    stream.write(`progress: ${line}\n`);
    printed = line;
    printedAt = now();
  };
  return {
    update(counts: ProgressCounts) {
      last = { ...counts };
      if (now() - printedAt >= intervalMs) print();
    },
    log(line: string) {
      stream.write(`${line}\n`);
    },
    stop() {
      print();
    },
  };
}

function barReporter(stream: NodeJS.WriteStream, started: number, now: () => number) {
  const multibar = new cliProgress.MultiBar(
    {
      stream,
      format:
        '{bar} {percentage}% | files {files} | articles {articles} | {rate} articles/s | ETA {eta} | errors {errors}',
      barsize: 30,
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      etaBuffer: 50,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = multibar.create(1, 0, { files: '0/0', articles: '0/?', rate: '0.0', eta: '?', errors: 0 });
  return {
    update(counts: ProgressCounts) {
      const { perSecond, etaSeconds } = rates(counts, now() - started);
      // The bar follows articles once their number is known, files until then.
      const [value, total] =
        counts.articlesTotal !== null
          ? [counts.articlesDone, counts.articlesTotal]
          : [counts.filesDone, counts.filesTotal];
      bar.setTotal(Math.max(1, total));
      bar.update(value, {
        files: `${counts.filesDone}/${counts.filesTotal}`,
        articles: `${counts.articlesDone}/${counts.articlesTotal ?? '?'}`,
        rate: perSecond.toFixed(1),
        eta: formatDuration(etaSeconds),
        errors: counts.errors,
      });
    },
    log(line: string) {
      multibar.log(`${line}\n`);
    },
    stop() {
      multibar.stop();
    },
  };
}
