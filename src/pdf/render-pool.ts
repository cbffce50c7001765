import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import type { RenderJob } from './render';
import type { RenderedPdf } from './pdf-document';

/**
 * Renders in a bounded pool of worker threads, so that pdfkit never runs on the server's event
 * loop: a 300-page draft takes seconds of CPU, during which the main thread would answer nothing,
 * `/health` included. Threads start on the first render and keep their fonts and shaped words warm;
 * at most `threads` renders run at once and at most `queue` wait, beyond which a render is refused
 * at once (RenderQueueFullError) rather than queued without end.
 */
export interface RenderPoolOptions {
  threads: number;
  queue: number;
  /** Heap limits of each thread: a render that needs more fails alone, its thread replaced. */
  resourceLimits?: ResourceLimits;
}

export class RenderQueueFullError extends Error {}

interface Pending {
  job: RenderJob;
  resolve(pdf: RenderedPdf): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  busy: Pending | null;
  failure?: Error;
}

type Reply = { ok: true; bytes: Uint8Array; sha256: string; pageCount: number } | { ok: false; message: string };

/**
 * The compiled worker beside this file; under vitest, which runs the TypeScript sources, the copy
 * `npm run build` put in dist/ (the integration tests' global setup builds it), since a worker
 * thread loads plain JavaScript only.
 */
function workerScript(): string {
  const beside = join(__dirname, 'render-worker.js');
  if (existsSync(beside)) return beside;
  const built = join(__dirname, '..', '..', 'dist', 'src', 'pdf', 'render-worker.js');
  if (existsSync(built)) return built;
  throw new Error(`no compiled render worker at ${beside} or ${built}: run npm run build`);
}

export class RenderPool {
  private readonly threads: Thread[] = [];
  private readonly waiting: Pending[] = [];
  private closed = false;
  /** Renders the threads have finished since the pool started: what tests and the bench count. */
  rendered = 0;

  constructor(private readonly options: RenderPoolOptions) {}

  /** Renders running now, one per busy thread. */
  get running(): number {
    return this.threads.filter((t) => t.busy).length;
  }

  render(job: RenderJob): Promise<RenderedPdf> {
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(new Error('the render pool is closed'));
      const pending = { job, resolve, reject };
      const idle = this.threads.find((t) => !t.busy) ?? (this.threads.length < this.options.threads ? this.start() : undefined);
      if (idle) return this.run(idle, pending);
      if (this.waiting.length >= this.options.queue) {
        return reject(
          new RenderQueueFullError(`${this.options.threads} render thread(s) busy and ${this.waiting.length} render(s) waiting`),
        );
      }
      this.waiting.push(pending);
    });
  }

  /**
   * Starts every thread now, so the first renders do not wait for (nor compete for the CPU with) a
   * thread loading pdfkit and parsing the fonts: the server calls it when it starts listening.
   */
  warm(): void {
    while (!this.closed && this.threads.length < this.options.threads) this.start();
  }

  /** Stops every thread; renders still waiting or running are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.waiting.splice(0)) pending.reject(new Error('the render pool is closed'));
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }

  private start(): Thread {
    const thread: Thread = { worker: new Worker(workerScript(), { resourceLimits: this.options.resourceLimits }), busy: null };
    const { worker } = thread;
    // An idle thread must not keep a CLI or a test process alive; a busy one does (see run).
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const pending = thread.busy!;
      thread.busy = null;
      worker.unref();
      this.rendered++;
      if (reply.ok) {
        // A Buffer crosses the thread boundary as a plain Uint8Array: give callers a Buffer back.
        const bytes = Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength);
        pending.resolve({ bytes, sha256: reply.sha256, pageCount: reply.pageCount });
      } else {
        pending.reject(new Error(`render failed: ${reply.message}`));
      }
      this.next(thread);
    });
    worker.on('error', (error) => (thread.failure = error));
    worker.on('exit', (code) => {
      this.threads.splice(this.threads.indexOf(thread), 1);
      thread.busy?.reject(new Error(`the render thread stopped (exit code ${code}${thread.failure ? `: ${thread.failure.message}` : ''})`));
      // A thread that died leaves its place to a new one, so waiting renders still run.
      const pending = this.closed ? undefined : this.waiting.shift();
      if (pending) this.run(this.start(), pending);
    });
    this.threads.push(thread);
    return thread;
  }

  private run(thread: Thread, pending: Pending): void {
    thread.busy = pending;
    thread.worker.ref();
    thread.worker.postMessage(pending.job);
  }

  private next(thread: Thread): void {
    const pending = this.waiting.shift();
    if (pending) this.run(thread, pending);
  }
}
