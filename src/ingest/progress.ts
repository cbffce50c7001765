import { SingleBar } from 'cli-progress';
import type { IngestProgress } from './ingest.service';

const JSON_INTERVAL_MS = 1000;

export interface ProgressReporter {
  update(progress: IngestProgress): void;
  stop(progress: IngestProgress | null): void;
}

function rate(progress: IngestProgress): number {
  return progress.elapsedMs > 0 ? Math.round((progress.rowsRead * 1000) / progress.elapsedMs) : 0;
}

/**
 * On a terminal, a bar with rows, rows/s and an ETA from the bytes read; otherwise (CI, a pipe, a
 * log collector) one JSON line a second and one at the end.
 */
export function progressReporter(out: NodeJS.WriteStream, file: string): ProgressReporter {
  if (out.isTTY) {
    const bar = new SingleBar(
      { format: `${file} [{bar}] {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_formatted}`, stream: out, hideCursor: true },
      undefined,
    );
    let started = false;
    return {
      update(progress) {
        const total = progress.totalBytes ?? progress.bytesRead;
        if (!started) {
          bar.start(total, 0, { rows: 0, rate: 0 });
          started = true;
        }
        bar.setTotal(total);
        bar.update(progress.bytesRead, { rows: progress.rowsRead, rate: rate(progress) });
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let last = 0;
  const line = (progress: IngestProgress, done: boolean) =>
    out.write(`${JSON.stringify({ progress: file, done, ...progress, rowsPerSecond: rate(progress) })}\n`);
  return {
    update(progress) {
      if (progress.elapsedMs - last >= JSON_INTERVAL_MS) {
        last = progress.elapsedMs;
        line(progress, false);
      }
    },
    stop(progress) {
      if (progress) line(progress, true);
    },
  };
}
