import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Hash } from 'node:crypto';
import { projectRoot } from '../lib/paths';
import type { ChunkParams, StagedChunk } from './pseudonymise';
import type { WorkerParams } from './ingest.worker';
import { IngestFileError } from './record';

/**
 * Parses and pseudonymises in a worker thread, so this thread is free to group the rows and keep the
 * database fed (a COPY is sent only as fast as this thread's event loop turns), and no NIR in clear
 * ever leaves the worker; yields the chunks ready to stage. The file's bytes are hashed on the way
 * in. At most MAX_PIECES_AHEAD pieces of the file wait in the worker: reading follows parsing.
 *
 * The worker runs compiled JavaScript, from `dist/` (tests build it first, as the server does).
 */
const MAX_PIECES_AHEAD = 4;
const WORKER = join(projectRoot, 'dist', 'src', 'ingest', 'ingest.worker.js');

/** A wake-up one side awaits and the other gives. */
class Signal {
  private resolve: (() => void) | null = null;

  wait(): Promise<void> {
    return new Promise((resolve) => (this.resolve = resolve));
  }

  notify(): void {
    this.resolve?.();
    this.resolve = null;
  }
}

type Outbound =
  | { type: 'consumed' }
  | { type: 'chunk'; chunk: StagedChunk }
  | { type: 'error'; file: string | null; line: number | null; field: string | null; reason: string }
  | { type: 'done' }
  | { type: 'fatal'; error: unknown };

export async function* pseudonymiseInWorker(
  input: AsyncIterable<Buffer | string> | NodeJS.ReadableStream,
  params: ChunkParams,
  key: Buffer,
  hash: Hash,
): AsyncGenerator<StagedChunk> {
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run npm run build`);
  const worker = new Worker(WORKER, { workerData: { ...params, key } satisfies WorkerParams });
  const inbox: Outbound[] = [];
  const arrived = new Signal();
  const consumed = new Signal();
  let credits = MAX_PIECES_AHEAD;
  let stopped = false;

  const deliver = (message: Outbound) => {
    if (message.type === 'consumed') {
      credits++;
      consumed.notify();
    } else {
      inbox.push(message);
      arrived.notify();
    }
  };
  worker.on('message', deliver);
  worker.on('error', (error) => deliver({ type: 'fatal', error }));

  const feed = async () => {
    try {
      for await (const piece of input as AsyncIterable<Buffer | string>) {
        if (stopped) return;
        const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
        hash.update(bytes);
        while (credits <= 0 && !stopped) await consumed.wait();
        credits--;
        worker.postMessage({ type: 'data', chunk: bytes });
      }
      worker.postMessage({ type: 'end' });
    } catch (error) {
      deliver({ type: 'fatal', error });
    }
  };
  void feed();

  try {
    for (;;) {
      while (inbox.length === 0) await arrived.wait();
      const message = inbox.shift()!;
      if (message.type === 'done') return;
      if (message.type === 'fatal') throw message.error;
      if (message.type === 'error') throw new IngestFileError(message.file ?? params.fileName, message.line, message.field, message.reason);
      if (message.type === 'chunk') {
        // Ask for the next chunk first: the worker parses it while this one is staged.
        worker.postMessage({ type: 'ack' });
        yield message.chunk;
      }
    }
  } finally {
    stopped = true;
    consumed.notify();
    await worker.terminate();
  }
}
