import type { Readable } from 'node:stream';
import { IngestFileError } from './record';

/** The reason a batch is rejected with when the server stops before its upload is read (French, as operators asked). */
export const SHUTDOWN_REASON =
  "l'envoi a été interrompu par l'arrêt du serveur avant la fin du fichier ; rien n'a été compté : renvoyez le fichier";

/**
 * The most an upload may hold (INGEST_MAX_BYTES), checked on the declared Content-Length before
 * reading and on the bytes as they arrive (a chunked body declares nothing). Passing it mid-stream
 * fails the read like an unreadable file, so the ingest rejects the batch and counts nothing;
 * `exceeded` tells the route to answer 413 rather than 400.
 */
export class UploadCap {
  exceeded = false;
  /** The server stopped reading the upload: its grace period ended before the body did. */
  interrupted = false;

  constructor(readonly maxBytes: number) {}

  get reason(): string {
    return `the upload is larger than ${this.maxBytes} bytes (INGEST_MAX_BYTES)`;
  }

  /** Whether the declared length is already over the cap; no header or a bad one declares nothing. */
  declaredOver(contentLength: string | undefined): boolean {
    if (Number(contentLength) > this.maxBytes) this.exceeded = true;
    return this.exceeded;
  }

  /**
   * The body's bytes, failing on the chunk that passes the cap. A body cut short (the client went
   * away) fails the same way: an upload cannot be taken up again like a file on disk, so its batch
   * is rejected with the reason rather than left STAGING. When `stopping` aborts (the shutdown's
   * grace period is over), the read fails at once, even while waiting on a slow client.
   */
  async *read(input: Readable, fileName: string, stopping?: AbortSignal): AsyncGenerator<Buffer> {
    let bytes = 0;
    const stop = () => {
      this.interrupted = true;
      return new IngestFileError(fileName, null, null, SHUTDOWN_REASON);
    };
    let onAbort = () => {};
    const stopped = new Promise<never>((_, reject) => (onAbort = () => reject(stop())));
    stopped.catch(() => undefined);
    stopping?.addEventListener('abort', onAbort, { once: true });
    // Not destroyed when the reader stops early: destroying an unfinished request closes its
    // socket, and the client would never see the answer.
    const chunks = (input.iterator({ destroyOnReturn: false }) as AsyncIterableIterator<Buffer>)[Symbol.asyncIterator]();
    try {
      for (;;) {
        if (stopping?.aborted) throw stop();
        const next = await (stopping ? Promise.race([chunks.next(), stopped]) : chunks.next());
        if (next.done) break;
        bytes += next.value.length;
        if (bytes > this.maxBytes) {
          this.exceeded = true;
          throw new IngestFileError(fileName, null, null, this.reason);
        }
        yield next.value;
      }
    } catch (error) {
      if (error instanceof IngestFileError) throw error;
      throw new IngestFileError(fileName, null, null, `the upload was cut short after ${bytes} bytes`);
    } finally {
      stopping?.removeEventListener('abort', onAbort);
      // Not awaited: while a read is pending (a stop mid-wait) the return waits for it.
      chunks.return?.().catch(() => undefined);
    }
  }
}
