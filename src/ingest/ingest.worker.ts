import { parentPort, workerData } from 'node:worker_threads';
import { type ChunkParams, personChunks } from './pseudonymise';
import { IngestFileError } from './record';

/**
 * The ingest's second thread: parses and validates while the main thread pseudonymises and stages
 * rows and the database merges them. Messages in: `data` (a piece of the file), `end`, `ack` (a chunk was
 * staged). Messages out: `consumed` (a piece was taken), `chunk`, `error`, `done`. At most
 * MAX_UNACKED chunks are in flight, so a slow database slows the parsing instead of filling memory.
 */
const MAX_UNACKED = 2;

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
    for await (const chunk of personChunks(input(), workerData as ChunkParams)) {
      while (credits <= 0) await new Promise<void>((resolve) => (wakeWriter = resolve));
      credits--;
      port.postMessage({ type: 'chunk', chunk }, [chunk.birthRanks.buffer, chunk.controllers.buffer, chunk.minors.buffer] as ArrayBuffer[]);
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
