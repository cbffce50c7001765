import { parentPort, workerData } from 'node:worker_threads';
import { type ChunkParams, personChunks, pseudonymiseChunk } from './pseudonymise';
import { IngestFileError } from './record';

/**
 * The ingest's second thread: parses, validates and pseudonymises while the main thread stages rows
 * and the database merges them. Messages in: `data` (a piece of the file), `end`, `ack` (a chunk was
 * staged). Messages out: `consumed` (a piece was taken), `chunk`, `error`, `done`. At most
 * MAX_UNACKED chunks are in flight, so a slow database slows the parsing instead of filling memory.
 */
const MAX_UNACKED = 2;

/** The chunks' parameters and the pseudonymisation key. */
export interface WorkerParams extends ChunkParams {
  key: Uint8Array;
}

type Inbound = { type: 'data'; chunk: Uint8Array } | { type: 'end' } | { type: 'ack' };

const port = parentPort!;
const inbox: Uint8Array[] = [];
let ended = false;
let credits = MAX_UNACKED;
let wakeReader: (() => void) | null = null;
let wakeWriter: (() => void) | null = null;

port.on('message', (message: Inbound) => {
  if (message.type === 'data') inbox.push(message.chunk);
  else if (message.type === 'end') ended = true;
  else credits++;
  wakeReader?.();
  wakeWriter?.();
});

async function* input(): AsyncGenerator<Buffer> {
  for (;;) {
    const next = inbox.shift();
    if (next) {
      port.postMessage({ type: 'consumed' });
      yield Buffer.from(next.buffer, next.byteOffset, next.byteLength);
    } else if (ended) {
      return;
    } else {
      await new Promise<void>((resolve) => (wakeReader = resolve));
    }
  }
}

async function run(): Promise<void> {
  try {
    const params = workerData as WorkerParams;
    const key = Buffer.from(params.key);
    for await (const persons of personChunks(input(), params)) {
      while (credits <= 0) await new Promise<void>((resolve) => (wakeWriter = resolve));
      credits--;
      const chunk = pseudonymiseChunk(persons, key);
      port.postMessage({ type: 'chunk', chunk }, [chunk.subjects.buffer, chunk.controllers.buffer, chunk.minors.buffer] as ArrayBuffer[]);
    }
    port.postMessage({ type: 'done' });
  } catch (error) {
    // Only located file errors cross over; anything else is reported without its message, which
    // might quote file content.
    if (error instanceof IngestFileError)
      port.postMessage({ type: 'error', file: error.file, line: error.line, field: error.field, reason: error.reason });
    else
      port.postMessage({
        type: 'error',
        file: null,
        line: null,
        field: null,
        reason: `the file could not be read (${(error as Error).name})`,
      });
  }
}

void run();
